/// Defence in depth: after rendering, every byte of the public edition (file names
/// included) is searched for the text of every LIMITE part that does not also occur in
/// public text. Text is compared as runs of words (lower case, letters and digits), so HTML
/// entities, Markdown escapes and markup between words do not hide a leak.
public struct LeakScanner: Sendable {
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

    /// The withheld parts.
    private let records: [RedactionRecord]
    /// Every secret run of words: its hash → (part, the words), for the report.
    private let runs: [UInt64: (record: Int, words: [String])]
    /// The run lengths the secrets use.
    private let lengths: [Int]
    /// Asked before `runs`: most runs are not secret.
    private let filter: HashFilter

    /// A scanner for the withheld parts, minus every run of words the public edition's own
    /// text contains (those are public anyway).
    public init(records: [RedactionRecord], publicText: [String]) {
        var wanted: [(Int, Int, [String])] = []
        for (index, record) in records.enumerated() {
            let tokens = Self.words(record.text)
            let n = min(Self.shingle, tokens.count)
            // A single short word ("FR") identifies nothing; keep runs that say something.
            guard n >= 2 || (n == 1 && tokens[0].count >= 8) else { continue }
            wanted.append((index, n, tokens))
        }
        let lengths = Array(Set(wanted.map(\.1))).sorted()
        var runs: [UInt64: (Int, [String])] = [:]
        for (record, n, tokens) in wanted {
            Self.forEachRun(Self.hashes(tokens), n) { hash, start in
                if runs[hash] == nil { runs[hash] = (record, Array(tokens[start..<(start + n)])) }
            }
        }
        // The public text is large and the secrets few: look each public run up among the
        // secrets (on every core) rather than collecting every public run.
        let candidates = runs
        var filter = HashFilter(capacity: runs.count)
        for hash in runs.keys { filter.insert(hash) }
        let candidateFilter = filter
        let published = publicText.parallelMap { text -> [UInt64] in
            var hits: [UInt64] = []
            let hashes = Self.wordHashes(text)
            for n in lengths {
                Self.forEachRun(hashes, n) { hash, _ in
                    if candidateFilter.mayContain(hash), candidates[hash] != nil { hits.append(hash) }
                }
            }
            return hits
        }
        for hits in published { for hash in hits { runs[hash] = nil } }
        self.filter = filter
        self.records = records
        self.runs = runs
        self.lengths = lengths
    }

    /// Every leak in the files (path → bytes as text): one per file and part.
    public func scan(_ files: [(path: String, text: String)]) -> [Leak] {
        guard !runs.isEmpty else { return [] }
        return files.flatMap { scan(path: $0.path, text: $0.text) }
    }

    /// Every leak in the output files, scanned on every core: one per file and part, in
    /// the files' order.
    public func scan(_ files: [OutputFile]) -> [Leak] {
        guard !runs.isEmpty else { return [] }
        return files.parallelMap { scan(path: $0.path, text: String(decoding: $0.contents, as: UTF8.self)) }
            .flatMap { $0 }
    }

    /// The leaks in one file.
    private func scan(path: String, text: String) -> [Leak] {
        // Runs of words never cross from one segment to another: the file name; for HTML
        // the text with tags removed, and each attribute value; for other files the text.
        var segments = [Self.wordHashes(path)]
        if path.hasSuffix(".html") {
            let (text, attributes) = Self.htmlSegments(text)
            segments.append(Self.wordHashes(text))
            segments += attributes.map(Self.wordHashes)
        } else {
            segments.append(Self.wordHashes(text))
        }
        var found: [Int: [String]] = [:]
        for hashes in segments {
            for n in lengths {
                Self.forEachRun(hashes, n) { hash, _ in
                    if filter.mayContain(hash), let hit = runs[hash], found[hit.record] == nil { found[hit.record] = hit.words }
                }
            }
        }
        return found.sorted(by: { $0.key < $1.key }).map { record, words in
            Leak(file: path, record: records[record], words: words.joined(separator: " "))
        }
    }

    /// A 64-bit FNV-1a hash per word.
    static func hashes(_ words: [String]) -> [UInt64] {
        words.map { word in
            var h = WordHash()
            h.add(word.utf8)
            return h.value
        }
    }

    /// `hashes(words(text))` without making a string per word: ASCII is lower-cased and
    /// hashed byte by byte; a word with other letters takes the slow path.
    static func wordHashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        var utf8 = Array(text.utf8)
        if utf8.contains(where: { $0 >= 0x80 }) { return hashes(words(text)) }
        utf8.append(UInt8(ascii: " "))
        var h = WordHash()
        var inWord = false
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            if b == UInt8(ascii: "&"), let length = asciiEntityLength(utf8, i) {
                if inWord { out.append(h.value); h = WordHash(); inWord = false }
                i += length
                continue
            }
            let lower = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
            if (lower >= 0x30 && lower <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
                h.add(lower)
                inWord = true
            } else if inWord {
                out.append(h.value)
                h = WordHash()
                inWord = false
            }
            i += 1
        }
        return out
    }

    /// `entityLength` for ASCII bytes.
    private static func asciiEntityLength(_ bytes: [UInt8], _ i: Int) -> Int? {
        var j = i + 1
        while j < bytes.count, j - i <= 10 {
            let c = bytes[j]
            if c == UInt8(ascii: ";") { return j > i + 1 ? j - i + 1 : nil }
            let isName = c == UInt8(ascii: "#") || (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
            guard isName else { return nil }
            j += 1
        }
        return nil
    }

    /// Calls `body` with the hash of every run of `n` consecutive words (the length mixed
    /// in, so runs of different lengths never collide) and the run's start.
    static func forEachRun(_ hashes: [UInt64], _ n: Int, _ body: (UInt64, Int) -> Void) {
        guard n > 0, hashes.count >= n else { return }
        for i in 0...(hashes.count - n) {
            var h: UInt64 = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
            for j in i..<(i + n) { h = (h ^ hashes[j]) &* 0x0000_0100_0000_01B3 &+ 0x632B_E59B_D9B4_E019 }
            body(h, i)
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

    /// An HTML text split in one pass: its text with every tag replaced by a space, and the
    /// quoted attribute values inside its tags.
    static func htmlSegments(_ html: String) -> (text: String, attributes: [String]) {
        var text: [UInt8] = []
        var attributes: [String] = []
        var value: [UInt8] = []
        var inTag = false, inValue = false
        text.reserveCapacity(html.utf8.count)
        for byte in html.utf8 {
            if inValue {
                if byte == UInt8(ascii: "\"") {
                    attributes.append(String(decoding: value, as: UTF8.self))
                    value.removeAll(keepingCapacity: true)
                    inValue = false
                } else {
                    value.append(byte)
                }
            } else if inTag {
                if byte == UInt8(ascii: "\"") { inValue = true } else if byte == UInt8(ascii: ">") { inTag = false }
            } else if byte == UInt8(ascii: "<") {
                inTag = true
                text.append(UInt8(ascii: " "))
            } else {
                text.append(byte)
            }
        }
        return (String(decoding: text, as: UTF8.self), attributes)
    }
}
