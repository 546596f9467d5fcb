/// A format every page of an edition is written in, with the writer that writes it
/// (`PageWriter`). PDF and DOCX plug in here: a case, its file extension, its writer.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    /// A web page through the `page` template.
    case html
    /// A GitHub Flavored Markdown twin of the page.
    case markdown

    /// The extension of a page's file in this format, and of the links between such files.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        }
    }
}
