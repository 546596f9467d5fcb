/// Decodes `councildoc.yml`.
enum ConfigDecoder {
    static func decode(_ text: SourceText, log: inout DiagnosticLog) -> ProjectConfig? {
        guard case .parsed(let root) = YAMLLoader.compose(text.text, path: text.path, firstLine: 1, log: &log) else {
            return nil
        }
        let f = YAMLFields(root, schema: Schemas.standard.config, path: text.path, firstLine: 1, what: "councildoc.yml")
        let title = f.string("title", required: true)
        let workingParty = f.string("working-party", required: true)
        let language = f.string("language") ?? "en"
        let baseURL = f.string("base-url")
        f.finish()
        log.merge(f.log)
        guard let title, let workingParty else { return nil }
        return ProjectConfig(title: title, workingParty: workingParty, language: language, baseURL: baseURL)
    }
}
