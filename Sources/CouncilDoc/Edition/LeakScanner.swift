/// Defence in depth: after rendering, every byte of the public edition (file names
/// included) is searched for the text of every LIMITE part that does not also occur in
/// public text. Text is compared as runs of words (lower case, letters and digits), so HTML
/// entities, Markdown escapes and markup between words do not hide a leak.
public struct LeakScanner {
    /// A withheld text found in the public edition.
    public struct Leak: Hashable, Sendable {
        /// The public file it was found in.
        public var file: String
        /// The part it comes from.
        public var record: RedactionRecord
        /// The words found.
        public var words: String
    }

    /// Runs of this many words identify a text; shorter parts are searched whole.
    static let shingle = 5

    /// Each part with the hashes of its word runs that public text does not contain.
    private let secrets: [(record: RedactionRecord, runs: [Run])]
    /// The run lengths the secrets use.
    private let lengths: [Int]

    /// A run of words: its length and hash (the words are kept for the report).
    struct Run: Hashable {
        let length: Int
        let hash: UInt64
        let words: [String]

        static func == (a: Run, b: Run) -> Bool { a.length == b.length && a.hash == b.hash }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// A scanner for the withheld parts, minus every run of words the public edition's own
    /// text contains (those are public anyway).
    public init(records: [RedactionRecord], publicText: [String]) {
        var wanted: [(RedactionRecord, Int, [String])] = []
        for record in records {
            let tokens = Self.words(record.text)
            let n = min(Self.shingle, tokens.count)
            // A single short word ("FR") identifies nothing; keep runs that say something.
            guard n >= 2 || (n == 1 && tokens[0].count >= 8) else { continue }
            wanted.append((record, n, tokens))
        }
        let lengths = Array(Set(wanted.map(\.1))).sorted()
        var allowed = Set<UInt64>()
        for text in publicText {
            let hashes = Self.hashes(Self.words(text))
            for n in lengths { Self.forEachRun(hashes, n) { allowed.insert($0) } }
        }
        secrets = wanted.map { record, n, tokens in
            let hashes = Self.hashes(tokens)
            var runs: [Run] = []
            var seen = Set<UInt64>()
            var start = 0
            Self.forEachRun(hashes, n) { hash in
                if !allowed.contains(hash), seen.insert(hash).inserted {
                    runs.append(Run(length: n, hash: hash, words: Array(tokens[start..<(start + n)])))
                }
                start += 1
            }
            return (record, runs)
        }
        self.lengths = lengths
    }

    /// Every leak in the files (path → bytes as text).
    public func scan(_ files: [(path: String, text: String)]) -> [Leak] {
        var leaks: [Leak] = []
        for file in files {
            // Runs of words never cross from one segment to another: the file name; for HTML
            // the text with tags removed, and each attribute value; for other files the text.
            var segments = [Self.words(file.path)]
            if file.path.hasSuffix(".html") {
                segments.append(Self.words(Self.withoutTags(file.text)))
                segments += Self.attributeValues(file.text).map(Self.words)
            } else {
                segments.append(Self.words(file.text))
            }
            var present = Set<UInt64>()
            for segment in segments {
                let hashes = Self.hashes(segment)
                for n in lengths { Self.forEachRun(hashes, n) { present.insert($0) } }
            }
            for secret in secrets {
                if let run = secret.runs.first(where: { present.contains($0.hash) }) {
                    leaks.append(Leak(file: file.path, record: secret.record, words: run.words.joined(separator: " ")))
                }
            }
        }
        return leaks
    }

    /// A 64-bit FNV-1a hash per word.
    static func hashes(_ words: [String]) -> [UInt64] {
        words.map { word in
            var h = ContentHash()
            h.add(word.utf8)
            return h.value
        }
    }

    /// Calls `body` with the hash of every run of `n` consecutive words (and the length in
    /// it, so runs of different lengths never collide).
    static func forEachRun(_ hashes: [UInt64], _ n: Int, _ body: (UInt64) -> Void) {
        guard n > 0, hashes.count >= n else { return }
        for i in 0...(hashes.count - n) {
            var h: UInt64 = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
            for j in i..<(i + n) { h = (h ^ hashes[j]) &* 0x0000_0100_0000_01B3 &+ 0x632B_E59B_D9B4_E019 }
            body(h)
        }
    }

    /// Lower-case words of letters and digits. The entities councildoc writes (`&amp;`,
    /// `&#x27;`, `&#32;` …) stand for characters that are not letters: they separate words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "&", let length = entityLength(scalars, i) {
                flush()
                i += length
                continue
            }
            let v = scalar.value
            let isWordScalar = v < 0x80
                ? (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar { current.append(scalar) } else { flush() }
            i += 1
        }
        flush()
        return words
    }

    /// The length of an entity at `i` (`&amp;`, `&#x27;`, `&#32;`), nil when there is none.
    private static func entityLength(_ scalars: [Unicode.Scalar], _ i: Int) -> Int? {
        var j = i + 1
        while j < scalars.count, j - i <= 10 {
            let c = scalars[j]
            if c == ";" { return j > i + 1 ? j - i + 1 : nil }
            guard c == "#" || (c.value < 0x80 && (c.properties.isAlphabetic || ("0"..."9").contains(c))) else { return nil }
            j += 1
        }
        return nil
    }

    /// The quoted attribute values inside the tags of an HTML text.
    static func attributeValues(_ html: String) -> [String] {
        var values: [String] = []
        var inTag = false, inValue = false
        var current = ""
        for c in html {
            if inValue {
                if c == "\"" { values.append(current); current = ""; inValue = false } else { current.append(c) }
            } else if inTag {
                if c == "\"" { inValue = true } else if c == ">" { inTag = false }
            } else if c == "<" {
                inTag = true
            }
        }
        return values
    }

    static func withoutTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true; out.append(" "); continue }
            if c == ">" { inTag = false; continue }
            if !inTag { out.append(c) }
        }
        return out
    }
}
