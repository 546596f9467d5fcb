/// A format every page of an edition is written in, with the writer that writes it
/// (`PageWriter`). The PDF and the DOCX of a document are converted from its `print` file
/// (`ConvertedFormat`), after the redaction proof has compared that file.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    /// A web page through the `page` template.
    case html
    /// A GitHub Flavored Markdown twin of the page.
    case markdown
    /// The printed document, for documents only: one self-contained HTML file (its
    /// stylesheet inside, footnotes where they are called, no link or image to fetch),
    /// the whole input of the PDF and DOCX converters.
    case print

    /// The extension of a page's file in this format, and of the links between such files.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .print: "print.html"
        }
    }
}
