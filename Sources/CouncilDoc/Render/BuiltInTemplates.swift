/// The built-in templates by name, for `councildoc templates`.
public enum BuiltInTemplates {
    /// `council.css`, `cover.mustache`, `index.mustache`, `page.mustache`, `print.css`.
    public static var names: [String] { DefaultTemplates.files.keys.sorted() }

    /// A template's text; `page` finds `page.mustache`.
    public static func text(_ name: String) -> String? {
        (DefaultTemplates.files[name] ?? DefaultTemplates.files["\(name).mustache"]).map { $0 + "\n" }
    }
}
