import Foundation

/// Markings of EU classified information (RESTREINT UE/EU RESTRICTED and above). Such
/// information never belongs in these sources: a source that carries a marking is refused.
enum ClassifiedMarkings {
    /// The markings, in the forms Council documents print them; matched without regard to
    /// case, as whole words.
    static let phrases = [
        "RESTREINT UE", "EU RESTRICTED", "CONFIDENTIEL UE", "EU CONFIDENTIAL", "SECRET UE", "EU SECRET",
        "TRÈS SECRET UE", "TRES SECRET UE", "EU TOP SECRET",
    ]
    /// Their abbreviations (`R-UE/EU-R`), matched in capitals only.
    static let abbreviations = ["R-UE", "EU-R", "C-UE", "EU-C", "S-UE", "EU-S", "TS-UE", "EU-TS"]

    /// Every marking in a source, with its position.
    static func find(in source: SourceText) -> [(String, SourceLocation)] {
        // An ASCII text (the usual case) has ASCII capitals: when no " UE", "EU ", "-UE" or
        // "EU-" stands in it in any case, it holds no marking, and nothing is upper-cased.
        if source.text.utf8.allSatisfy({ $0 < 0x80 }), !asciiMayHoldMarking(source.text) { return [] }
        let upperText = source.text.uppercased()
        // Most sources carry no marking word at all: look no further.
        guard upperText.containsBytes(" UE") || upperText.containsBytes("EU ") || upperText.containsBytes("-UE") || upperText.containsBytes("EU-") else {
            return []
        }
        var found: [(String, SourceLocation)] = []
        for (index, line) in source.text.lineFeedSeparatedSlices.enumerated() {
            let upper = line.uppercased()
            guard upper.containsBytes("UE") || upper.containsBytes("EU") else { continue }
            for phrase in phrases {
                for column in occurrences(of: phrase, in: upper) {
                    found.append((phrase, SourceLocation(file: source.path, line: index + 1, column: column)))
                }
            }
            for abbreviation in abbreviations {
                for column in occurrences(of: abbreviation, in: String(line)) {
                    found.append((abbreviation, SourceLocation(file: source.path, line: index + 1, column: column)))
                }
            }
        }
        // "TRÈS SECRET UE" also contains "SECRET UE": report the longest marking at a place once.
        return found.filter { candidate in
            !found.contains { other in
                other.1.line == candidate.1.line && other.0.count > candidate.0.count && other.0.hasSuffix(candidate.0)
                    && other.1.column < candidate.1.column
            }
        }
    }

    /// Whether an ASCII text holds " UE", "EU ", "-UE" or "EU-" in any case: every marking
    /// and abbreviation does.
    static func asciiMayHoldMarking(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            func capital(_ byte: UInt8) -> UInt8 { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte }
            let (space, hyphen, e, u) = (UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "E"), UInt8(ascii: "U"))
            for i in 0..<(bytes.count - 2) {
                let (a, b, c) = (capital(bytes[i]), capital(bytes[i + 1]), capital(bytes[i + 2]))
                if (a == space || a == hyphen) && b == u && c == e { return true }
                if a == e && b == u && (c == space || c == hyphen) { return true }
            }
            return false
        }
    }

    /// The 1-based columns (in characters) where `word` stands as a whole word in `line`.
    private static func occurrences(of word: String, in line: String) -> [Int] {
        var columns: [Int] = []
        var searchStart = line.startIndex
        while let range = line.range(of: word, range: searchStart..<line.endIndex) {
            let before = range.lowerBound == line.startIndex ? " " : line[line.index(before: range.lowerBound)]
            let after = range.upperBound == line.endIndex ? " " : line[range.upperBound]
            if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber && before != "-" && after != "-" {
                columns.append(line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
            searchStart = line.index(after: range.lowerBound)
        }
        return columns
    }
}
