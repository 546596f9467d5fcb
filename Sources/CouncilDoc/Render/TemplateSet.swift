import Foundation
import Mustache

/// The Mustache templates and stylesheet of a build: the project's `templates/` files
/// where present, the built-in defaults otherwise.
public struct TemplateSet: Sendable {
    /// The names a template set has.
    static let templateNames = ["page", "cover", "index"]
    /// The stylesheet's file name.
    static let stylesheetName = "council.css"

    private let library: MustacheLibrary
    /// The stylesheet copied into each edition.
    public let stylesheet: String
    /// The template texts as written (they are part of the build's inputs).
    public let sources: [String]

    /// The built-in defaults.
    public static func builtIn() throws -> TemplateSet {
        try TemplateSet(files: DefaultTemplates.files.mapValues { $0 + "\n" })
    }

    /// Templates from a folder, each file falling back to the default; a template that does
    /// not parse is reported with its file.
    public static func load(directory: URL?, log: inout DiagnosticLog) -> TemplateSet? {
        var files = DefaultTemplates.files.mapValues { $0 + "\n" }
        if let directory {
            for name in templateNames.map({ "\($0).mustache" }) + [stylesheetName] {
                let url = directory.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                do {
                    let text = try String(contentsOf: url, encoding: .utf8)
                    files[name] = text
                    if name.hasSuffix(".mustache") {
                        for d in TemplateLint.check(name: String(name.dropLast(".mustache".count)), text: text,
                                                    path: "templates/\(name)") { log.add(d) }
                    }
                } catch {
                    log.add(.templateError, "cannot read template: \(error.localizedDescription)", at: .startOf("templates/\(name)"))
                    return nil
                }
            }
        }
        do {
            return try TemplateSet(files: files)
        } catch let error as TemplateError {
            log.add(.templateError, "template does not parse: \(error.underlying)", at: .startOf("templates/\(error.name).mustache"))
            return nil
        } catch {
            log.add(.templateError, "templates do not parse: \(error)", at: nil)
            return nil
        }
    }

    private struct TemplateError: Error {
        let name: String
        let underlying: Error
    }

    private init(files: [String: String]) throws {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            do {
                library.register(try MustacheTemplate(string: files["\(name).mustache"] ?? ""), named: name)
            } catch {
                throw TemplateError(name: name, underlying: error)
            }
        }
        self.library = library
        stylesheet = files[Self.stylesheetName] ?? ""
        sources = files.keys.sorted().compactMap { files[$0] }
    }

    /// Renders a named template with a view model.
    func render(_ name: String, _ view: [String: Any]) -> String {
        library.render(view, withTemplate: name) ?? ""
    }
}
