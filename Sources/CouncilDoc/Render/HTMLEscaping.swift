/// The escaping rules of libcmark-gfm's HTML writer (houdini), so our HTML is byte-for-byte
/// what the library would write.
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>` and `"` for text and attribute values.
    static func text(_ s: String, into out: inout String) {
        var start = s.utf8.startIndex
        var i = start
        let utf8 = s.utf8
        while i != utf8.endIndex {
            let replacement: String?
            switch utf8[i] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: replacement = nil
            }
            if let replacement {
                out += s[start..<i]
                out += replacement
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += s[start..<utf8.endIndex]
    }

    /// `text(_:into:)` as a returned string.
    static func text(_ s: String) -> String {
        var out = ""
        text(s, into: &out)
        return out
    }

    /// Escapes a URL as houdini_escape_href does: keeps URL characters, percent-encodes
    /// the rest, and writes `&` and `'` as entities.
    static func href(_ s: String, into out: inout String) {
        let hex: [Character] = Array("0123456789ABCDEF")
        for byte in s.utf8 {
            if isHrefSafe(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == UInt8(ascii: "&") {
                out += "&amp;"
            } else if byte == UInt8(ascii: "'") {
                out += "&#x27;"
            } else {
                out.append("%")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
    }

    /// `href(_:into:)` as a returned string.
    static func href(_ s: String) -> String {
        var out = ""
        href(s, into: &out)
        return out
    }

    private static func isHrefSafe(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.+!*(),%#@?=;:/$~".utf8.contains(b)
        }
    }

    /// Whether safe mode blanks this URL: `javascript:`, `vbscript:`, `file:`, and `data:`
    /// except PNG, GIF, JPEG and WebP images.
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
                .contains { lower.hasPrefix($0) }
        }
        return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:")
    }

    /// The GFM tagfilter: `<` of disallowed raw HTML tags becomes `&lt;`.
    static func tagfilter(_ s: String) -> String {
        guard s.containsByte("<") else { return s }
        let blocked = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                var j = i + 1
                if j < bytes.count && bytes[j] == UInt8(ascii: "/") { j += 1 }
                var matched = false
                for tag in blocked {
                    let t = Array(tag.utf8)
                    guard j + t.count <= bytes.count else { continue }
                    let candidate = bytes[j..<(j + t.count)].map { $0 | 0x20 }
                    guard candidate.elementsEqual(t) else { continue }
                    let k = j + t.count
                    guard k < bytes.count else { continue }
                    let c = bytes[k]
                    let isSpace = c == UInt8(ascii: " ") || (0x09...0x0D).contains(c)
                    let selfClosing = c == UInt8(ascii: "/") && k + 1 < bytes.count && bytes[k + 1] == UInt8(ascii: ">")
                    if c == UInt8(ascii: ">") || isSpace || selfClosing {
                        matched = true
                        break
                    }
                }
                if matched {
                    out.append(contentsOf: Array("&lt;".utf8))
                    i += 1
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
