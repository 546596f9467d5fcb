/// Decodes a prose annex: optional front matter (`title`, `classification`) and a body.
enum ProseAnnexDecoder {
    static func decode(_ f: YAMLFields?, _ context: DecodeContext, log: inout DiagnosticLog) -> ProseAnnex {
        var metadata = CouncilMetadata()
        var title: String?
        if let f {
            title = f.string("title")
            metadata.classification = f.choice("classification", default: Classification.public) ?? .public
            f.finish()
            log.merge(f.log)
        }
        return ProseAnnex(title: title, classification: metadata.classification,
                          source: context.source(metadata, log: &log))
    }
}
