/// The cover block of a Council document as one edition shows it.
struct Cover: Equatable {
    /// "Brussels, 1 September 2025".
    var placeAndDate: String?
    /// "(OR. en)".
    var language: String
    /// "11809/1/25".
    var number: String?
    /// "REV 1".
    var numberSuffix: String?
    /// "LIMITE" for a LIMITE document: in the LIMITE edition, and beside the partial-access
    /// stamp in the public edition, as the Council's public versions keep it.
    var marking: String?
    /// "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (16.02.2026)" in the public edition.
    var partialAccess: String?
    /// Distribution codes.
    var codes: [String]
    /// "NOTE".
    var type: String?
    /// From / To / No. prev. doc. / Subject rows, those present.
    var rows: [(label: String, value: String)]

    /// The cover of a document in an edition; nil when the metadata has nothing for one.
    static func of(_ m: CouncilMetadata, edition: Edition) -> Cover? {
        var rows: [(String, String)] = []
        if let from = m.from { rows.append(("From", from)) }
        if let to = m.to { rows.append(("To", to)) }
        if !m.previous.isEmpty { rows.append(("No. prev. doc.", m.previous.joined(separator: ", "))) }
        if let subject = m.subject { rows.append(("Subject", subject)) }
        guard m.number != nil || m.date != nil || !rows.isEmpty else { return nil }
        let isLimite = m.classification == .limite
        return Cover(
            placeAndDate: m.date.map { "\(m.place), \($0.long)" },
            language: "(OR. \(m.language))",
            number: m.number?.value.coverLine,
            numberSuffix: m.number.map(\.value.suffixLine).flatMap { $0.isEmpty ? nil : $0 },
            marking: isLimite ? "LIMITE" : nil,
            partialAccess: isLimite && edition == .public
                ? m.publicRelease.map { "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (\($0.dotted))" } : nil,
            codes: m.codes, type: m.type, rows: rows)
    }

    /// The view-model dictionary the cover template sees.
    var view: [String: Any] {
        var v: [String: Any] = ["language": language, "codes": codes, "hasCodes": !codes.isEmpty, "hasRows": !rows.isEmpty,
                                "rows": rows.map { ["label": $0.label, "value": $0.value] }]
        if let placeAndDate { v["placeAndDate"] = placeAndDate }
        if let number { v["number"] = number }
        if let numberSuffix { v["numberSuffix"] = numberSuffix }
        if let marking { v["marking"] = marking }
        if let partialAccess { v["partialAccess"] = partialAccess }
        if let type { v["type"] = type }
        return v
    }

    /// The cover as Markdown lines.
    var markdown: [String] {
        var lines = ["Council of the European Union", ""]
        if let placeAndDate { lines.append("\(placeAndDate)  ") }
        lines.append(language)
        lines.append("")
        if let number {
            lines.append(numberSuffix == nil ? number : "\(number)  ")
            if let numberSuffix { lines.append(numberSuffix) }
            lines.append("")
        }
        if let marking { lines += ["**\(marking)**", ""] }
        if !codes.isEmpty { lines += [codes.map { MarkdownWriter.render([Inline.text($0)]) }.joined(separator: "  \n"), ""] }
        if let type { lines += ["**\(MarkdownWriter.render([Inline.text(type)]))**", ""] }
        if !rows.isEmpty {
            lines += ["| | |", "| --- | --- |"]
            lines += rows.map { "| \($0.label): | \(MarkdownWriter.render([Inline.text($0.value)])) |" }
            lines.append("")
        }
        if let partialAccess { lines += ["**\(partialAccess)**", ""] }
        return lines
    }
}

extension Cover {
    static func == (a: Cover, b: Cover) -> Bool {
        a.placeAndDate == b.placeAndDate && a.language == b.language && a.number == b.number
            && a.numberSuffix == b.numberSuffix && a.marking == b.marking && a.partialAccess == b.partialAccess
            && a.codes == b.codes && a.type == b.type
            && a.rows.count == b.rows.count && zip(a.rows, b.rows).allSatisfy { $0.label == $1.label && $0.value == $1.value }
    }
}
