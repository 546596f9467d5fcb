import Foundation
import Testing
@testable import CouncilDoc

/// Crawls the whole output of the sample content: every internal href and fragment points
/// at something that exists, and HTML and Markdown link the same targets.
@Suite struct OutputLinkTests {
    static let editions: [Edition: [String: String]] = {
        let rendered = Pipeline.render(DiskSourceTree(root: Fixtures.repositoryRoot), templates: try! TemplateSet.builtIn())
        var out: [Edition: [String: String]] = [:]
        for (edition, files) in rendered.editions {
            out[edition] = Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        }
        return out
    }()

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    }

    static func hrefs(inHTML text: String) -> [String] { matches(#"href="([^"]*)""#, in: text) }

    static func hrefs(inMarkdown text: String) -> [String] {
        matches(#"\]\((<[^>]*>|[^)\s]+)"#, in: text).map { $0.hasPrefix("<") ? String($0.dropFirst().dropLast()) : $0 }
    }

    /// The path an href leads to from a file, and its fragment; nil for external links.
    static func resolve(_ href: String, from file: String) -> (path: String, fragment: String)? {
        if href.contains(":") { return nil }
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let fragment = parts.count > 1 ? parts[1] : ""
        if parts[0].isEmpty { return (file, fragment) }
        var components = file.split(separator: "/").dropLast().map(String.init)
        for part in parts[0].split(separator: "/") {
            if part == ".." { components.removeLast() } else if part != "." { components.append(String(part)) }
        }
        return (components.joined(separator: "/"), fragment)
    }

    @Test func everyInternalLinkAndFragmentResolves() throws {
        var broken: [String] = []
        var checked = 0
        for (edition, files) in Self.editions {
            for (file, text) in files where file.hasSuffix(".html") || file.hasSuffix(".md") {
                let hrefs = file.hasSuffix(".html") ? Self.hrefs(inHTML: text) : Self.hrefs(inMarkdown: text)
                for href in hrefs {
                    guard let (path, fragment) = Self.resolve(href, from: file) else { continue }
                    checked += 1
                    guard let target = files[path] else {
                        broken.append("\(edition)/\(file): \(href) (no file)")
                        continue
                    }
                    if !fragment.isEmpty && !target.contains("id=\"\(fragment)\"") {
                        broken.append("\(edition)/\(file): \(href) (no anchor)")
                    }
                }
            }
        }
        #expect(checked > 1000, "only \(checked) links checked")
        #expect(broken.isEmpty, "\(broken.count) broken:\n\(broken.prefix(20).joined(separator: "\n"))")
    }

    @Test func htmlAndMarkdownLinkTheSameTargets() throws {
        var differences: [String] = []
        for (edition, files) in Self.editions {
            for (file, html) in files where file.hasSuffix(".html") {
                let twin = String(file.dropLast(5)) + ".md"
                guard let markdown = files[twin], let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { continue }
                let main = String(html[start.lowerBound..<end.upperBound])
                // The HTML index links each document twice (page and Markdown twin).
                let fromHTML = Self.hrefs(inHTML: main).filter { !$0.hasPrefix("#") }.map {
                    $0.replacingOccurrences(of: ".html", with: ".md")
                }.enumerated().filter { index, href in
                    !(file == "index.html" && index % 2 == 1)
                }.map(\.element)
                let fromMarkdown = Self.hrefs(inMarkdown: markdown).filter { !$0.hasPrefix("#") }
                if fromHTML != fromMarkdown { differences.append("\(edition)/\(file): \(fromHTML) vs \(fromMarkdown)") }
            }
        }
        #expect(differences.isEmpty, "\(differences)")
    }

    @Test func thePublicEditionNeverLinksToWhatItLacks() throws {
        let publicFiles = try #require(Self.editions[.public])
        #expect(publicFiles["strategies/customs-2023.html"] == nil)
        let plan = try #require(publicFiles["plans/13/index.html"])
        #expect(!plan.contains("strategies/customs-2023"))
        #expect(!plan.contains("objectives/customs-2023"))
    }
}
