/// The project's settings from `councildoc.yml`.
public struct ProjectConfig: Hashable, Sendable {
    /// The title of the index page.
    public var title: String
    /// "Law Enforcement Working Party (Customs)".
    public var workingParty: String
    /// Default language of documents.
    public var language: String
    /// The published site's absolute URL, if any.
    public var baseURL: String?

    /// Creates a configuration.
    public init(title: String, workingParty: String, language: String = "en", baseURL: String? = nil) {
        self.title = title
        self.workingParty = workingParty
        self.language = language
        self.baseURL = baseURL
    }
}
