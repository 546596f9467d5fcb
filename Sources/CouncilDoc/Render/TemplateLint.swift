/// Mustache renders a key the view model does not have as nothing, silently: the lint
/// reports every key a template uses that its view model never provides.
public enum TemplateLint {
    /// The keys each template's view model provides (section keys include those of the
    /// objects inside them).
    static let keys: [String: Set<String>] = [
        "page": ["lang", "title", "cssHref", "footerNumberCSS", "edition", "indexHref", "siteTitle", "editionLabel",
                 "markdownHref", "cover", "heading", "body", "annexes", "wide", "anchor", "label", "footerNumber", "limiteMark",
                 // the cover partial's keys are visible inside {{#cover}}
                 "placeAndDate", "language", "number", "numberSuffix", "marking", "hasCodes", "codes", "type", "hasRows",
                 "rows", "value", "partialAccess", "."],
        "cover": ["placeAndDate", "language", "number", "numberSuffix", "marking", "hasCodes", "codes", "type", "hasRows",
                  "rows", "label", "value", "partialAccess", "."],
        "index": ["lang", "siteTitle", "cssHref", "edition", "workingParty", "editionLabel", "groups", "heading", "entries",
                  "number", "date", "title", "href", "markdownHref", "."],
    ]

    /// The tags `{{name}}`, `{{{name}}}`, `{{#name}}`, `{{^name}}`, `{{/name}}` of a template
    /// with their line and column (comments `{{! }}` and partials `{{> }}` are not keys).
    static func tags(_ text: String) -> [(key: String, line: Int, column: Int)] {
        var out: [(String, Int, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            var offset = 0
            while let open = rest.range(of: "{{") {
                let column = offset + rest.distance(from: rest.startIndex, to: open.lowerBound) + 1
                var inner = rest[open.upperBound...]
                guard let close = inner.range(of: "}}") else { break }
                var tag = inner[..<close.lowerBound]
                let consumed = rest.distance(from: rest.startIndex, to: close.upperBound)
                rest = rest[close.upperBound...]
                offset += consumed
                if tag.hasPrefix("{") { tag = tag.dropFirst(); if rest.hasPrefix("}") { rest = rest.dropFirst(); offset += 1 } }
                guard let first = tag.first, first != "!", first != ">" else { continue }
                if "#^/&".contains(first) { tag = tag.dropFirst() }
                let key = tag.trimmingCharacters(in: .whitespaces)
                if !key.isEmpty { out.append((key.split(separator: ".").first.map(String.init) ?? key, index + 1, column)) }
                inner = rest
            }
        }
        return out
    }

    /// Warnings for every key of `text` (the template `name`) that its view model lacks.
    public static func check(name: String, text: String, path: String) -> [Diagnostic] {
        guard let known = keys[name] else { return [] }
        return tags(text).filter { !known.contains($0.key) }.map { tag in
            Diagnostic(.unknownTemplateKey, "template key '\(tag.key)' is not in the view model, so it would render as nothing",
                       at: SourceLocation(file: path, line: tag.line, column: tag.column),
                       notes: Suggestion.note(for: tag.key, in: known.subtracting(["."])))
        }
    }
}
