/// Decodes `kind: note`.
enum NoteDecoder {
    static func decode(_ f: YAMLFields, _ context: DecodeContext, log: inout DiagnosticLog) -> Note? {
        let metadata = MetadataDecoder.decode(f, defaultLanguage: context.language)
        let title = f.string("title")
        if title == nil && metadata.subject == nil {
            f.report(.missingField, "a note needs a 'subject' or a 'title'", at: f.location)
        }
        f.finish()
        log.merge(f.log)
        let source = context.source(metadata, log: &log)
        return Note(key: context.stem, title: title ?? metadata.subject ?? context.stem, source: source)
    }
}
