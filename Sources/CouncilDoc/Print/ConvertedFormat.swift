/// A format a document is converted into from its printed source (`OutputFormat.print`),
/// by a program councildoc runs: what `build --pdf` and `build --docx` add.
public enum ConvertedFormat: String, CaseIterable, Sendable, Hashable, Comparable {
    /// PDF through WeasyPrint (CSS paged media: footnotes at the foot of the page, the
    /// footer in margin boxes).
    case pdf
    /// Word through pandoc, with councildoc's reference document (styles) and filter
    /// (footnotes as Word footnotes, page breaks).
    case docx

    /// The extension of the converted file, which replaces `print.html`.
    public var fileExtension: String { rawValue }

    /// The program that converts, as a user installs it.
    var program: String {
        switch self {
        case .pdf: "weasyprint"
        case .docx: "pandoc"
        }
    }

    /// How to install the program on Debian, or from PyPI.
    var installHint: String {
        switch self {
        case .pdf: "install WeasyPrint: apt-get install weasyprint (or pip install weasyprint)"
        case .docx: "install pandoc: apt-get install pandoc"
        }
    }

    /// Why this format cannot be converted here (its program is not on `PATH`), with what
    /// to install; nil when it can.
    public var missingConverter: String? {
        ExternalProgram.find(program) == nil ? "\(program) is not on PATH: \(installHint)" : nil
    }

    /// The converted file of a printed source: `plans/13/index.print.html` → `plans/13/index.pdf`.
    func path(of printPath: String) -> String? {
        let suffix = "." + OutputFormat.print.fileExtension
        guard printPath.hasSuffix(suffix) else { return nil }
        return String(printPath.dropLast(suffix.count)) + "." + fileExtension
    }

    public static func < (a: ConvertedFormat, b: ConvertedFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
