/// A document as printed: one self-contained HTML file, the whole input of the PDF and DOCX
/// converters. Its stylesheet is inside it and the footer's strings are set in it, so the
/// converters read nothing else; it holds no link and no image to fetch. The redaction
/// proof compares this file like every other, so what is converted from the public one
/// cannot depend on LIMITE content.
struct PrintPageWriter: PageWriter {
    let edition: Edition
    let templates: TemplateSet
    var format: OutputFormat { .print }

    func writes(_ page: PageContent) -> Bool { page.print != nil }

    func write(_ page: PageContent, links: LinkProvider) -> String {
        let setup = page.print ?? PrintSetup()
        var out = "<!DOCTYPE html>\n<html lang=\"\(HTMLEscaping.text(page.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(HTMLEscaping.text(page.title))</title>\n"
        if let date = setup.date { out += "<meta name=\"\(Self.dateMeta)\" content=\"\(date)\">\n" }
        out += "<style>\n"
        out += templates.printStylesheet
        out += Self.footer(setup)
        out += "</style>\n</head>\n<body class=\"edition-\(edition.rawValue)\">\n"
        if let cover = page.cover { out += templates.render("cover", cover.view) }
        var footnotes = 0
        var blocks = page.blocks
        // A plan's cover note (the text before its first heading) ends the cover's page.
        if setup.breakAfterCover, page.cover != nil,
           let cut = blocks.firstIndex(where: { if case .heading(1, _, _) = $0 { true } else { false } }), cut > 0 {
            blocks.insert(GeneratedGroup.coverBreak.block([]), at: cut)
        }
        if let heading = page.heading {
            out += "<h1 class=\"document-title\">\(HTMLEscaping.text(heading))</h1>\n"
        }
        let body = HTMLWriter.render(blocks, options: .printed, links: links, footnoteBase: footnotes)
        footnotes += body.footnotes
        out += "<div class=\"document-body\">\n" + body.html + "</div>\n"
        for annex in page.annexes {
            let text = HTMLWriter.render(annex.blocks, options: .printed, links: links, footnoteBase: footnotes)
            footnotes += text.footnotes
            out += "<section class=\"annex\(annex.wide ? " wide" : "")\">\n"
            out += "<div class=\"annex-label\" data-custom-style=\"Annex label\"><p>\(HTMLEscaping.text(annex.label))</p></div>\n"
            // A title that only repeats the label ("ANNEX", "Annex") is printed once.
            if annex.title.uppercased() != annex.label.uppercased() {
                out += "<h1 class=\"annex-title\">\(HTMLEscaping.text(annex.title))</h1>\n"
            }
            out += text.html + "</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// The meta element that dates the document: WeasyPrint makes it the PDF's creation
    /// date, and the converters' stamp (`SOURCE_DATE_EPOCH`) is read from it, so that what
    /// they write depends on this file alone.
    static let dateMeta = "dcterms.created"

    /// The footer of every page, as margin boxes of two lines each: number and DG code on
    /// the left, initials and marking in the centre, page and EN on the right.
    static func footer(_ setup: PrintSetup) -> String {
        func lines(_ first: String?, _ second: String?) -> String {
            CSSString.quoted((first ?? "") + "\n" + (second ?? ""), lineBreaks: true)
        }
        return """
        @page {
          @bottom-left { content: \(lines(setup.number, setup.dg)); }
          @bottom-center { content: \(lines(setup.initials, setup.marking)); }
          @bottom-right { content: counter(page) "\\A EN"; }
        }

        """
    }
}
