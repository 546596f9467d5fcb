/// The LIMITE edition's manifest of what the public edition withholds: where (document,
/// section, source position) and by which marker, with an excerpt, so the General
/// Secretariat can review the public version before release.
struct RedactionManifest {
    let records: [RedactionRecord]
    let language: String

    /// Where the manifest goes.
    static let page = PagePath(["redactions"])

    func page() -> PageContent {
        let rows: [[[Inline]]] = records.enumerated().map { index, r in
            [[.text("\(index + 1)")], [.text(r.title)], [.text(r.section ?? "")], [.text(r.marker.rawValue)],
             [.code("\(r.location)")], [.text(Self.excerpt(r.text))]]
        }
        var blocks: [Block] = [
            Generated.paragraph("What the PUBLIC edition withholds from this LIMITE edition, part by part: review it before release."),
            Generated.paragraph("\(records.count) part\(records.count == 1 ? "" : "s") withheld."),
        ]
        if !rows.isEmpty {
            blocks.append(.table(MarkdownTable(alignments: [.right, .none, .none, .none, .none, .none],
                                               header: ["No.", "Document", "Section", "Marker", "Source", "Excerpt"].map { [.text($0)] },
                                               rows: rows)))
        }
        return PageContent(page: Self.page, title: "Redaction manifest", heading: "Redaction manifest", cover: nil,
                           scope: Scope(strategy: nil, cycle: nil, owner: .note("redactions")), blocks: blocks, annexes: [],
                           footerNumber: nil, language: language)
    }

    /// The first words of a withheld text, on one line.
    static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= 100 ? line : String(line.prefix(100)) + "…"
    }
}
