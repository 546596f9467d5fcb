/// Rules for the ids authors choose (strategy ids, OAP ids, file slugs): they become file
/// names, so only lower-case letters, digits and dashes, never a path.
public enum Identifier {
    /// `customs-2023`: lower-case ASCII letters, digits and inner dashes, 1-64 characters.
    public static func isSlug(_ s: String) -> Bool {
        guard (1...64).contains(s.count), s.first != "-", s.last != "-" else { return false }
        return s.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// A safe file-name stem from any text: lower-case, other characters as dashes.
    public static func slug(_ s: String) -> String {
        var out = ""
        for c in s.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) || c == "." {
                out.append(c)
            } else if out.last != "-" {
                out.append("-")
            }
        }
        while out.hasPrefix("-") || out.hasPrefix(".") { out.removeFirst() }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        return String(out.prefix(80))
    }
}
