/// Escaping for the Markdown writer: enough backslashes that text stays text when parsed
/// again, few enough that the Markdown stays readable.
enum MarkdownEscaping {
    /// Escapes a text node. `atLineStart`: the text begins a line, where `#`, `-`, `+`, `=`,
    /// `>`, `:::` and `1.` would start a block.
    static func text(_ text: String, atLineStart: Bool, inTable: Bool) -> String {
        // Most text needs no escape: say so after one pass over its bytes.
        if !needsEscaping(text, atLineStart: atLineStart) { return text }
        var out = ""
        let chars = Array(text)
        var lineStart = atLineStart
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            if lineStart {
                // Leading whitespace would be stripped or start a code block.
                if c == " " || c == "\t" {
                    out += c == " " ? "&#32;" : "&#9;"
                    i += 1
                    continue
                }
                if c == "-" || c == "+" || c == "=" || c == "#" || c == ">" || c == ":" {
                    out += "\\\(c)"
                    i += 1
                    lineStart = false
                    continue
                }
                if c.isASCII && c.isNumber {
                    // `1.` or `1)` followed by a space or the end starts an ordered list.
                    var j = i
                    while j < chars.count && chars[j].isASCII && chars[j].isNumber { j += 1 }
                    if j < chars.count && (chars[j] == "." || chars[j] == ")") && j - i <= 9
                        && (j + 1 == chars.count || chars[j + 1] == " " || chars[j + 1] == "\t") {
                        out += String(chars[i..<j]) + "\\" + String(chars[j])
                        i = j + 1
                        lineStart = false
                        continue
                    }
                }
            }
            lineStart = false
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", "~", "|", "#":
                out += "\\\(c)"
            case "!" where next == "[":
                out += "\\!"
            case "&" where next.map { $0.isLetter || $0 == "#" } ?? false:
                out += "\\&"
            case "\n":
                out += "&#10;"
            case "\r":
                out += "&#13;"
            default:
                if let ascii = c.asciiValue, ascii < 0x20 {
                    out += "&#\(ascii);"
                } else {
                    out.append(c)
                }
            }
            i += 1
        }
        return out
    }

    /// Whether `text` holds a character `text(_:atLineStart:inTable:)` would escape.
    private static func needsEscaping(_ text: String, atLineStart: Bool) -> Bool {
        var first = atLineStart
        for byte in text.utf8 {
            if first {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="),
                     UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: ":"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    return true
                default: first = false
                }
            }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "#"),
                 UInt8(ascii: "!"), UInt8(ascii: "&"), 0..<0x20:
                return true
            default: continue
            }
        }
        return false
    }

    /// A code span with enough backticks, padded where its content starts or ends with a
    /// backtick or is surrounded by spaces.
    static func codeSpan(_ code: String, inTable: Bool) -> String {
        var longest = 0, run = 0
        var runs = Set<Int>()
        for c in code {
            if c == "`" { run += 1 } else {
                if run > 0 { runs.insert(run) }
                run = 0
            }
            longest = max(longest, run)
        }
        if run > 0 { runs.insert(run) }
        var n = 1
        while runs.contains(n) { n += 1 }
        let fence = String(repeating: "`", count: n)
        let allSpaces = !code.isEmpty && code.allSatisfy { $0 == " " }
        let pad = code.hasPrefix("`") || code.hasSuffix("`")
            || (!allSpaces && code.hasPrefix(" ") && code.hasSuffix(" "))
        var body = pad ? " \(code) " : code
        if inTable { body = body.replacingAll("|", with: "\\|") }
        return fence + body + fence
    }

    /// A link destination: bare when it can be, in angle brackets otherwise.
    static func destination(_ url: String) -> String {
        if url.isEmpty { return "<>" }
        let needsBrackets = url.contains { $0 == " " || $0 == "\t" || ($0.asciiValue ?? 0x20) < 0x20 || $0 == "<" || $0 == ">" }
        if needsBrackets {
            var out = "<"
            for c in url {
                if c == "<" || c == ">" || c == "\\" { out += "\\" }
                out.append(c)
            }
            return out + ">"
        }
        var out = ""
        for c in url {
            if c == "(" || c == ")" || c == "\\" { out += "\\" }
            out.append(c)
        }
        return out
    }

    /// ` "title"` with quotes and backslashes escaped, or nothing.
    static func title(_ title: String) -> String {
        guard !title.isEmpty else { return "" }
        var out = " \""
        for c in title {
            if c == "\"" || c == "\\" { out += "\\" }
            out.append(c)
        }
        return out + "\""
    }
}
