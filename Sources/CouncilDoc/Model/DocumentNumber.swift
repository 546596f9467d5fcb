/// A Council document number: `8617/23`, `11809/1/25 REV 1`, `DS 1372/13`, `6855/1/2022`.
public struct DocumentNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A suffix after the number: `REV 1`, `COR 1`, `ADD 2`.
    public struct Suffix: Hashable, Sendable {
        /// `REV`, `COR` or `ADD`.
        public var kind: String
        /// Its number.
        public var number: Int
    }

    /// A series prefix such as `DS` or `CM`, empty for ordinary documents.
    public var series: String
    /// The serial number (11809).
    public var serial: Int
    /// The revision index between the slashes (1 in 11809/1/25), nil when absent.
    public var revisionIndex: Int?
    /// The year as written: two digits (25) or four (2022).
    public var year: String
    /// REV / COR / ADD suffixes in order.
    public var suffixes: [Suffix]

    /// Parses a number; nil when it is not one. `REV1` and `REV 1` are both accepted.
    public init?(_ text: String) {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !tokens.isEmpty else { return nil }
        series = ""
        if let first = tokens.first, first.allSatisfy({ $0.isUppercase && $0.isASCII }), first.count <= 3,
           tokens.count > 1 {
            series = first
            tokens.removeFirst()
        }
        let parts = tokens.removeFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
              let serial = Int(parts[0]), serial > 0, parts[0].count <= 6 else { return nil }
        self.serial = serial
        let yearText = parts[parts.count - 1]
        guard yearText.count == 2 || yearText.count == 4 else { return nil }
        year = yearText
        revisionIndex = parts.count == 3 ? Int(parts[1]) : nil
        suffixes = []
        var i = 0
        while i < tokens.count {
            var word = tokens[i].uppercased()
            var numberText = ""
            for kind in ["REV", "COR", "ADD"] where word.hasPrefix(kind) && word.count > kind.count {
                numberText = String(word.dropFirst(kind.count))
                word = kind
            }
            guard ["REV", "COR", "ADD"].contains(word) else { return nil }
            if numberText.isEmpty {
                i += 1
                guard i < tokens.count else { return nil }
                numberText = tokens[i]
            }
            guard let n = Int(numberText), n > 0 else { return nil }
            suffixes.append(Suffix(kind: word, number: n))
            i += 1
        }
        // The index between the slashes counts revisions: 11809/1/25 goes with REV 1.
        if let index = revisionIndex, let rev = suffixes.first(where: { $0.kind == "REV" }), rev.number != index {
            return nil
        }
        if revisionIndex == nil, suffixes.contains(where: { $0.kind == "REV" }) { return nil }
    }

    /// The number as a Council document writes it: `11809/1/25 REV 1`.
    public var description: String {
        var s = series.isEmpty ? "" : series + " "
        s += "\(serial)"
        if let index = revisionIndex { s += "/\(index)" }
        s += "/\(year)"
        for suffix in suffixes { s += " \(suffix.kind) \(suffix.number)" }
        return s
    }

    /// The document's identity without revision: `11809/25` for `11809/1/25 REV 1`.
    public var base: String {
        (series.isEmpty ? "" : series + " ") + "\(serial)/\(year)"
    }

    /// The first line of the cover's number block: `11809/1/25`.
    public var coverLine: String {
        var s = series.isEmpty ? "" : series + " "
        s += "\(serial)"
        if let index = revisionIndex { s += "/\(index)" }
        return s + "/\(year)"
    }

    /// The second line: `REV 1`, empty when none.
    public var suffixLine: String {
        suffixes.map { "\($0.kind) \($0.number)" }.joined(separator: " ")
    }

    /// Orders by description.
    public static func < (a: DocumentNumber, b: DocumentNumber) -> Bool { a.description < b.description }
}
