/// Reads the Council metadata fields common to every kind.
enum MetadataDecoder {
    /// Reads the metadata of a document; `defaultLanguage` comes from the project.
    static func decode(_ fields: YAMLFields, defaultLanguage: String) -> CouncilMetadata {
        var m = CouncilMetadata()
        if let text = fields.located("number") {
            if let number = DocumentNumber(text.value) {
                m.number = Located(number, at: text.location)
            } else {
                fields.report(.malformedDocumentNumber,
                              "'\(text.value)' is not a Council document number (e.g. 8617/23, 11809/1/25 REV 1)",
                              at: text.location)
            }
        }
        m.date = fields.date("date")
        m.place = fields.string("place") ?? "Brussels"
        m.language = fields.string("language") ?? defaultLanguage
        m.classification = fields.choice("classification", default: Classification.public) ?? .public
        m.publicRelease = fields.date("public-release")
        m.codes = fields.strings("codes")
        m.type = fields.string("type")
        m.from = fields.string("from")
        m.to = fields.string("to")
        m.previous = fields.strings("previous")
        m.subject = fields.string("subject")
        m.initials = fields.string("initials")
        m.dg = fields.string("dg")
        if m.publicRelease != nil && m.classification == .public {
            fields.report(.invalidValue, "'public-release' applies to a limite document only",
                          at: fields.location(ofField: "public-release"))
        }
        return m
    }
}
