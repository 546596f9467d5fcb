import Foundation
import Mustache

/// The Mustache templates and stylesheet of a build: the project's `templates/` files
/// where present, the built-in defaults otherwise.
public struct TemplateSet: Sendable {
    /// The names a template set has.
    static let templateNames = ["page", "cover", "index"]
    /// The stylesheet's file name.
    static let stylesheetName = "council.css"
    /// The file name of the stylesheet of printed documents (PDF), set inside each one.
    static let printStylesheetName = "print.css"

    private let library: MustacheLibrary
    /// The stylesheet copied into each edition.
    public let stylesheet: String
    /// The stylesheet of printed documents.
    public let printStylesheet: String
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
            for name in templateNames.map({ "\($0).mustache" }) + [stylesheetName, printStylesheetName] {
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
        if let cycle = partialCycle(files) {
            log.add(.templateError,
                    "template includes itself through partials (\(cycle.chain.joined(separator: " → "))): Mustache would recurse until it crashes; remove the '{{> \(cycle.chain.last ?? "")}}'",
                    at: cycle.location)
            return nil
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

    /// A chain of partials that leads back to where it started, with the place of the
    /// partial tag that closes it; nil when there is none.
    static func partialCycle(_ files: [String: String]) -> (chain: [String], location: SourceLocation)? {
        /// The partials a template includes, each with its line and column.
        func partials(_ name: String) -> [(name: String, line: Int, column: Int)] {
            guard let text = files["\(name).mustache"] else { return [] }
            var found: [(String, Int, Int)] = []
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = Substring(line)
                while let open = rest.range(of: "{{>") {
                    let after = rest[open.upperBound...]
                    guard let close = after.range(of: "}}") else { break }
                    let target = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                    found.append((target, index + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                    rest = after[close.upperBound...]
                }
            }
            return found
        }
        func visit(_ name: String, _ chain: [String]) -> (chain: [String], location: SourceLocation)? {
            for partial in partials(name) {
                let next = chain + [partial.name]
                if chain.contains(partial.name) {
                    return (next, SourceLocation(file: "templates/\(name).mustache", line: partial.line, column: partial.column))
                }
                if let cycle = visit(partial.name, next) { return cycle }
            }
            return nil
        }
        for name in templateNames {
            if let cycle = visit(name, [name]) { return cycle }
        }
        return nil
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
        printStylesheet = files[Self.printStylesheetName] ?? ""
        sources = files.keys.sorted().compactMap { files[$0] }
    }

    /// Renders a named template with a view model.
    func render(_ name: String, _ view: [String: Any]) -> String {
        library.render(view, withTemplate: name) ?? ""
    }
}
