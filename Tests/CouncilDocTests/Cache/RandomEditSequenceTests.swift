import Foundation
import Testing
@testable import CouncilDoc

/// Property: whatever a build keeps from the builds before it (the live output when the
/// inputs' fingerprint is unchanged, and any other cache), a rebuild writes what a clean
/// build writes. A seeded random sequence of edits on the repository's sample project
/// (words in action bodies, strategy objectives, notes and reports; LIMITE spans and blocks
/// added and removed; LIMITE text alone changed; actions added and deleted; a template
/// edited and reverted; files touched without a change; a word changed for one of the same
/// length with the mtime kept; a warning added or removed; an edit that breaks the build,
/// then its revert); after each edit, the incremental build into `output` and a clean build
/// (`useCache: false`) into a fresh folder must give both editions byte for byte, and the
/// same diagnostics. A failed build must leave the live output as the last good build left
/// it; an edit of LIMITE text alone must leave every public byte as it was.
@Suite struct RandomEditSequenceTests {
    /// Seeds and edits per sequence; `everyKindIsDrawn` checks that together they draw
    /// every kind of edit.
    static let seeds: [UInt64] = [1, 2, 3]
    static let editsPerSequence = 11

    /// The kinds of edit; each sequence draws them from a deck shuffled by its seed, so
    /// a sequence repeats no kind before it has drawn all of them.
    enum Kind: String, CaseIterable, Sendable {
        case actionWord = "a word of an action's body"
        case objectiveText = "a word of a strategy objective"
        case noteOrReport = "a word of a note or report"
        case addSpan = "a LIMITE span added"
        case removeSpan = "a LIMITE span removed"
        case addBlock = "a LIMITE block added around a paragraph"
        case removeBlock = "a LIMITE block removed"
        case limiteTextOnly = "LIMITE text only"
        case addAction = "an action added"
        case deleteAction = "an action deleted"
        case template = "templates/page.mustache"
        case touch = "a file touched (same bytes, new mtime)"
        case sameSizeSameMtime = "a word of an action's body changed, same size, mtime kept"
        case warning = "a warning added or removed"
        case error = "an error"
    }

    /// What the builds after an edit must show.
    enum Expectation: Sendable {
        /// Both builds succeed.
        case builds
        /// Both succeed, the public edition is as it was and the LIMITE edition changed.
        case limiteOnly
        /// Both succeed, and the output is as it was.
        case unchanged
        /// Both fail; the live output is as the last good build left it.
        case fails
    }

    /// The deck of kinds of one seed, for `count` edits (independent of the project).
    static func kinds(seed: UInt64, count: Int) -> [Kind] {
        var random = SeededRandom(seed: seed ^ 0x5EED_DECC)
        var drawn: [Kind] = []
        while drawn.count < count { drawn += Kind.allCases.shuffled(using: &random) }
        return Array(drawn.prefix(count))
    }

    /// Edits one project at random.
    struct Editor {
        let project: TempProject
        let seed: UInt64
        var random: SeededRandom
        var counter = 0
        var nextAction = 11
        /// Actions the sequence added (deletable).
        var added: [String] = []
        /// The page template's bytes before the sequence edited it.
        var templateOriginal: String?
        /// The undeclared annex the sequence added (a warning).
        var undeclaredAnnex: String?
        /// The file an error edit broke, and its bytes before.
        var broken: (file: String, original: Data)?

        init(project: TempProject, seed: UInt64) {
            self.project = project
            self.seed = seed
            random = SeededRandom(seed: seed)
        }

        mutating func pick<T>(_ items: [T]) -> T? {
            items.isEmpty ? nil : items[Int.random(in: 0..<items.count, using: &random)]
        }

        /// A word no file holds yet (letters only, so that a later edit may pick it).
        mutating func freshWord() -> String {
            counter += 1
            var n = counter, suffix = ""
            repeat { suffix.append(Character(UnicodeScalar(UInt8(97 + n % 26)))); n /= 26 } while n > 0
            let stems = ["revised", "amended", "further", "joint", "updated", "specific", "operational"]
            return "\(pick(stems)!)q\(seed)\(suffix)"
        }

        // MARK: files

        func read(_ path: String) throws -> String { try project.read(path) }
        func write(_ path: String, _ text: String) throws { try project.write(path, text) }
        func lines(_ path: String) throws -> [String] { try read(path).components(separatedBy: "\n") }
        func write(_ path: String, lines: [String]) throws { try write(path, lines.joined(separator: "\n")) }

        /// Every file of the project's content, sorted.
        var contentFiles: [String] { project.files(under: "content").map { "content/\($0)" } }
        var markdownFiles: [String] { contentFiles.filter { $0.hasSuffix(".md") } }
        /// Numbered actions (not the dropped proposals).
        var actionFiles: [String] {
            markdownFiles.filter { $0.contains("/actions/") && !$0.contains("/dropped-") }
        }
        /// Documents with public text a LIMITE part can be cut from.
        var publicDocuments: [String] {
            markdownFiles.filter { $0.hasPrefix("content/plans/5/") || $0.hasPrefix("content/reports/") || $0 == "content/plans/13/plan.md" }
        }

        /// The index of a file's first body line (after its front matter).
        static func bodyStart(_ lines: [String]) -> Int {
            guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return 0 }
            return end + 1
        }

        static func isWord(_ token: Substring) -> Bool {
            token.count >= 4 && token.allSatisfy { $0.isASCII && $0.isLetter }
        }

        /// A token a span may hold: letters, digits and plain punctuation.
        static func isPlain(_ token: Substring) -> Bool {
            !token.isEmpty && token.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || ",.;-'".contains($0) }
        }

        /// A plain paragraph line: starts with a letter, no Markdown syntax that a span or
        /// block could cut in two.
        static func isPlainParagraph(_ line: String) -> Bool {
            guard let first = line.first, first.isASCII, first.isLetter else { return false }
            return !line.contains { "[]{}`*_<>\\|^~!".contains($0) }
        }

        /// Replaces one word (letters only) of a line chosen by `choose` among `lines`
        /// indices; returns the description, or nil when there is none.
        mutating func replaceWord(in path: String, sameLength: Bool = false, lines candidates: (([String]) -> [Int])? = nil) throws -> String? {
            var lines = try lines(path)
            let indices = candidates?(lines) ?? (Self.bodyStart(lines)..<lines.count).filter {
                !lines[$0].hasPrefix(":::") && !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty
            }
            var places: [(Int, Int)] = []
            for i in indices {
                let tokens = lines[i].split(separator: " ", omittingEmptySubsequences: false)
                for (t, token) in tokens.enumerated() where Self.isWord(token) { places.append((i, t)) }
            }
            guard let (i, t) = pick(places) else { return nil }
            var tokens = lines[i].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let old = tokens[t]
            // Same length: each letter the next one of the alphabet.
            let new = sameLength ? String(old.unicodeScalars.map { c -> Character in
                let base: UInt32 = c.value >= 97 ? 97 : 65
                return Character(UnicodeScalar(base + (c.value - base + 1) % 26)!)
            }) : freshWord()
            tokens[t] = new
            lines[i] = tokens.joined(separator: " ")
            try write(path, lines: lines)
            return "\(path):\(i + 1): '\(old)' → '\(new)'"
        }

        /// The LIMITE spans of a text without brackets inside: (range of the whole span,
        /// range of its content).
        static func spans(_ text: String) -> [(whole: Range<String.Index>, inner: Range<String.Index>)] {
            var found: [(Range<String.Index>, Range<String.Index>)] = []
            var from = text.startIndex
            while let close = text.range(of: "]{.limite}", range: from..<text.endIndex) {
                var open = close.lowerBound
                var ok = false
                while open > text.startIndex {
                    open = text.index(before: open)
                    let c = text[open]
                    if c == "[" { ok = true; break }
                    if c == "]" || c == "\n" { break }
                }
                if ok { found.append((open..<close.upperBound, text.index(after: open)..<close.lowerBound)) }
                from = close.upperBound
            }
            return found
        }

        /// The LIMITE blocks of one paragraph, as this editor writes them: the index of
        /// their `::: limite` line.
        static func blocks(_ lines: [String]) -> [Int] {
            lines.indices.filter { i in
                i + 4 < lines.count && lines[i] == "::: limite" && lines[i + 1].isEmpty && !lines[i + 2].isEmpty
                    && !lines[i + 2].hasPrefix(":::") && lines[i + 3].isEmpty && lines[i + 4] == ":::"
            }
        }

        // MARK: edits

        /// Makes the sample warn (a leader also listed as co-leader), so that every build
        /// has diagnostics to compare, an up-to-date build's replayed ones included.
        func warn() throws {
            let file = "content/plans/13/actions/13.1.md"
            var lines = try lines(file)
            guard let i = lines.firstIndex(where: { $0.hasPrefix("co-leaders: [BE]") }) else {
                throw FailureMessage("the fixture changed: 'co-leaders: [BE]' is not in \(file)")
            }
            lines[i] = "co-leaders: [BE, FR]"
            try write(file, lines: lines)
        }

        /// Applies one edit of `kind`; returns its description and what the builds must show.
        mutating func apply(_ kind: Kind) throws -> (String, Expectation) {
            switch kind {
            case .actionWord:
                for _ in 0..<10 {
                    if let file = pick(actionFiles), let done = try replaceWord(in: file) { return (done, .builds) }
                }
            case .sameSizeSameMtime:
                // What a cache keyed on size and mtime would miss.
                for _ in 0..<10 {
                    guard let file = pick(actionFiles) else { break }
                    let path = project.root.appendingPathComponent(file).path
                    var before = stat(), after = stat()
                    guard stat(path, &before) == 0, let done = try replaceWord(in: file, sameLength: true) else { continue }
                    // The mtime to the nanosecond (a Date would round it).
                    let times = [before.st_atim, before.st_mtim]
                    guard utimensat(AT_FDCWD, path, times, 0) == 0, stat(path, &after) == 0, after.st_size == before.st_size,
                          after.st_mtim.tv_sec == before.st_mtim.tv_sec, after.st_mtim.tv_nsec == before.st_mtim.tv_nsec else {
                        throw FailureMessage("could not keep the size and mtime of \(file)")
                    }
                    return ("\(done) (same size, mtime kept)", .builds)
                }
            case .objectiveText:
                let file = pick(["content/strategies/customs-2023.md", "content/strategies/customs-third-pillar-2009.md"])!
                if let done = try replaceWord(in: file, lines: { lines in
                    lines.indices.filter { lines[$0].trimmingCharacters(in: .whitespaces).hasPrefix("text: ") }
                }) { return (done, .builds) }
            case .noteOrReport:
                let files = markdownFiles.filter { $0.hasPrefix("content/notes/") || $0.hasPrefix("content/reports/") }
                for _ in 0..<10 {
                    if let file = pick(files), let done = try replaceWord(in: file) { return (done, .builds) }
                }
            case .addSpan:
                var places: [(String, Int, Int)] = []
                for file in publicDocuments {
                    let lines = try lines(file)
                    for i in Self.bodyStart(lines)..<lines.count where Self.isPlainParagraph(lines[i]) {
                        let tokens = lines[i].split(separator: " ", omittingEmptySubsequences: false)
                        for t in tokens.indices where Self.isPlain(tokens[t]) { places.append((file, i, t)) }
                    }
                }
                if let (file, i, start) = pick(places) {
                    var lines = try lines(file)
                    var tokens = lines[i].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                    var end = start
                    let length = Int.random(in: 1...4, using: &random)
                    while end + 1 < tokens.count, end - start + 1 < length, Self.isPlain(tokens[end + 1][...]) { end += 1 }
                    let words = tokens[start...end].joined(separator: " ")
                    tokens.replaceSubrange(start...end, with: ["[\(words)]{.limite}"])
                    lines[i] = tokens.joined(separator: " ")
                    try write(file, lines: lines)
                    return ("\(file):\(i + 1): '\(words)' marked LIMITE", .builds)
                }
            case .removeSpan:
                var places: [(String, String)] = []
                for file in markdownFiles {
                    let text = try read(file)
                    for span in Self.spans(text) { places.append((file, String(text[span.whole]))) }
                }
                if let (file, span) = pick(places) {
                    let text = try read(file)
                    let whole = text.range(of: span)!
                    let inner = Self.spans(String(text[whole])).first!.inner
                    let content = String(span[inner])
                    try write(file, text.replacingCharacters(in: whole, with: content))
                    return ("\(file): LIMITE span '\(content)' made public", .builds)
                }
            case .addBlock:
                var places: [(String, Int)] = []
                for file in publicDocuments {
                    let lines = try lines(file)
                    var depth = 0
                    for i in lines.indices {
                        let line = lines[i]
                        if line.hasPrefix(":::") {
                            depth += line.trimmingCharacters(in: .whitespaces) == ":::" ? -1 : 1
                            continue
                        }
                        if i >= Self.bodyStart(lines), depth == 0, i > 0, i + 1 < lines.count, lines[i - 1].isEmpty, lines[i + 1].isEmpty,
                           Self.isPlainParagraph(line) { places.append((file, i)) }
                    }
                }
                if let (file, i) = pick(places) {
                    var lines = try lines(file)
                    let paragraph = lines[i]
                    lines.replaceSubrange(i...i, with: ["::: limite", "", paragraph, "", ":::"])
                    try write(file, lines: lines)
                    return ("\(file):\(i + 1): paragraph '\(paragraph.prefix(40))…' put in a LIMITE block", .builds)
                }
            case .removeBlock:
                var places: [(String, Int)] = []
                for file in markdownFiles { for i in Self.blocks(try lines(file)) { places.append((file, i)) } }
                if let (file, i) = pick(places) {
                    var lines = try lines(file)
                    let paragraph = lines[i + 2]
                    lines.replaceSubrange(i...(i + 4), with: [paragraph])
                    try write(file, lines: lines)
                    return ("\(file):\(i + 1): LIMITE block around '\(paragraph.prefix(40))…' removed", .builds)
                }
            case .limiteTextOnly:
                // A word added at the end of a LIMITE span's or LIMITE block's text, in a
                // document the public edition shows (else in any).
                var places: [(String, String.Index)] = []
                let shown = publicDocuments
                for file in shown + markdownFiles.filter({ !shown.contains($0) }) {
                    if !places.isEmpty, !shown.contains(file) { break }
                    let text = try read(file)
                    for span in Self.spans(text) { places.append((file, span.inner.upperBound)) }
                    let lines = text.components(separatedBy: "\n")
                    for i in Self.blocks(lines) {
                        let offset = lines[...(i + 2)].map { $0.utf8.count + 1 }.reduce(0, +) - 1
                        places.append((file, text.utf8.index(text.startIndex, offsetBy: offset)))
                    }
                }
                if let (file, at) = pick(places) {
                    var text = try read(file)
                    let word = freshWord()
                    let line = text[..<at].filter { $0 == "\n" }.count + 1
                    text.insert(contentsOf: " \(word)", at: at)
                    try write(file, text)
                    return ("\(file):\(line): '\(word)' added to LIMITE text", .limiteOnly)
                }
            case .addAction:
                let id = "5.\(nextAction)"
                nextAction += 1
                let file = "content/plans/5/actions/\(id).md"
                let secret = Bool.random(using: &random) ? " [\(freshWord()) of the project group]{.limite}" : ""
                try write(file, """
                    ---
                    kind: action
                    id: "\(id)"
                    title: To examine the \(freshWord()) cooperation of customs authorities
                    status: proposed
                    strategic-objectives: ["\(Int.random(in: 1...3, using: &random))"]
                    performance-indicator: Report and recommendations presented to and adopted by the CCWP.
                    possible-outcomes:
                      - Improved cooperation and exchange of information
                    ---

                    ## Terms of reference

                    The project group will examine the \(freshWord()) methods of customs authorities.\(secret)

                    """)
                added.append(file)
                return ("\(file) added", .builds)
            case .deleteAction:
                let candidates = added + markdownFiles.filter { $0.contains("/dropped-") }
                if let file = pick(candidates) {
                    try FileManager.default.removeItem(at: project.root.appendingPathComponent(file))
                    added.removeAll { $0 == file }
                    return ("\(file) deleted", .builds)
                }
            case .template:
                let file = "templates/page.mustache"
                if let original = templateOriginal {
                    try write(file, original)
                    templateOriginal = nil
                    return ("\(file) reverted", .builds)
                }
                let text = try read(file)
                templateOriginal = text
                let marker = "<!-- \(freshWord()) -->"
                try write(file, text.replacingOccurrences(of: "</main>", with: "</main>\n\(marker)"))
                return ("\(file): \(marker) added after </main>", .builds)
            case .touch:
                let file = pick(contentFiles + ["councildoc.yml", "templates/page.mustache"])!
                counter += 1
                // A fixed date per touch: new, yet the same in every run.
                let date = Date(timeIntervalSince1970: 1_700_000_000 + Double(counter) * 3_600)
                try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: project.root.appendingPathComponent(file).path)
                return ("\(file) touched", .unchanged)
            case .warning:
                if let file = undeclaredAnnex {
                    try FileManager.default.removeItem(at: project.root.appendingPathComponent(file))
                    undeclaredAnnex = nil
                    return ("\(file), an undeclared annex, deleted (one warning less)", .builds)
                }
                let file = "content/plans/13/annexes/draft-\(freshWord()).md"
                try write(file, "---\ntitle: Draft\n---\n\nA draft annex the plan does not declare.\n")
                undeclaredAnnex = file
                return ("\(file), an annex the plan does not declare, added (a warning)", .builds)
            case .error:
                return try breakTheBuild()
            }
            return ("no place for \(kind.rawValue): nothing edited", .unchanged)
        }

        /// An edit that makes the build fail; remembered, so that the next step reverts it.
        mutating func breakTheBuild() throws -> (String, Expectation) {
            let ways = ["leader of a plan 13 action", "leader added to a plan 5 action", "front matter"]
            let way = pick(ways)!
            let file: String
            var lines: [String]
            switch way {
            case "leader of a plan 13 action":
                file = pick(actionFiles.filter { $0.hasPrefix("content/plans/13/") })!
                lines = try self.lines(file)
                let i = lines.firstIndex { $0.hasPrefix("leader: ") }!
                lines[i] = "leader: XX"
            case "leader added to a plan 5 action":
                file = pick(actionFiles.filter { $0.hasPrefix("content/plans/5/") })!
                lines = try self.lines(file)
                let i = lines.firstIndex { $0.hasPrefix("status: ") }!
                lines.insert("leader: QQ", at: i + 1)
            default:
                file = pick(actionFiles)!
                lines = try self.lines(file)
                let i = lines.firstIndex { $0.hasPrefix("title: ") }!
                lines[i] = "title: [an unclosed flow sequence"
            }
            broken = (file, try Data(contentsOf: project.root.appendingPathComponent(file)))
            try write(file, lines: lines)
            return ("error: \(way), in \(file)", .fails)
        }

        /// Reverts the error edit, if any.
        mutating func repair() throws -> String? {
            guard let (file, original) = broken else { return nil }
            broken = nil
            try project.write(file, data: original)
            return "\(file) repaired"
        }
    }

    /// Every entry of one edition's folder, path → bytes (folders and links marked).
    static func tree(_ folder: URL) throws -> [String: Data] {
        var entries: [String: Data] = [:]
        let manager = FileManager.default
        guard let paths = manager.enumerator(atPath: folder.path) else { return [:] }
        for case let path as String in paths {
            let url = folder.appendingPathComponent(path)
            let type = try manager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
            switch type {
            case .typeDirectory?: entries[path + "/"] = Data()
            case .typeSymbolicLink?: entries[path] = Data("symbolic link to \(try manager.destinationOfSymbolicLink(atPath: url.path))".utf8)
            default: entries[path] = try Data(contentsOf: url)
            }
        }
        return entries
    }

    /// Both editions of an output folder, `edition/path` → bytes.
    static func editions(_ output: URL) throws -> [String: Data] {
        var all: [String: Data] = [:]
        for edition in ["limite", "public"] {
            let folder = output.appendingPathComponent(edition)
            guard FileManager.default.fileExists(atPath: folder.path) else { continue }
            for (path, data) in try tree(folder) { all["\(edition)/\(path)"] = data }
        }
        return all
    }

    static func publicPart(_ files: [String: Data]) -> [String: Data] { files.filter { $0.key.hasPrefix("public/") } }
    static func limitePart(_ files: [String: Data]) -> [String: Data] { files.filter { $0.key.hasPrefix("limite/") } }

    /// Nil when equal; else the first differing path and the bytes around the first
    /// difference.
    static func difference(_ a: [String: Data], _ b: [String: Data], _ nameA: String, _ nameB: String) -> String? {
        for path in Set(a.keys).union(b.keys).sorted() where a[path] != b[path] {
            guard let x = a[path] else { return "\(path) is only in \(nameB) (\(Set(b.keys).subtracting(a.keys).count) such paths, \(Set(a.keys).subtracting(b.keys).count) only in \(nameA))" }
            guard let y = b[path] else { return "\(path) is only in \(nameA) (\(Set(a.keys).subtracting(b.keys).count) such paths, \(Set(b.keys).subtracting(a.keys).count) only in \(nameB))" }
            let offset = zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
            func context(_ d: Data) -> String {
                let from = max(0, offset - 120), to = min(d.count, offset + 120)
                return String(decoding: d[d.startIndex + from ..< d.startIndex + to], as: UTF8.self)
            }
            let differing = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.count
            return "\(differing) paths differ; the first, \(path), at byte \(offset) (\(x.count) vs \(y.count) bytes):\n--- \(nameA):\n\(context(x))\n--- \(nameB):\n\(context(y))"
        }
        return nil
    }

    /// One sequence: its steps, checked one after the other; stops at the first failure.
    static func run(seed: UInt64, kinds: [Kind]) throws -> [String] {
        let project = try IncrementalBuildTests.sampleProject()
        let output = project.root.appendingPathComponent("output")
        var editor = Editor(project: project, seed: seed)
        var history: [String] = []
        var cleanCount = 0
        var cleanWarnings = 0

        // The incremental builds run in one session, as `serve` runs them: each takes the
        // unchanged pages of the last proven build.
        let session = BuildSession()
        var reusedPages = 0
        func build(into folder: URL, useCache: Bool) -> Pipeline.BuildOutcome {
            guard useCache else { return Pipeline.build(project: project.root, output: folder, templates: nil, useCache: false) }
            let outcome = Pipeline.build(project: project.root, output: folder, templates: nil, useCache: true, session: session)
            if !outcome.upToDate, !outcome.log.hasErrors { reusedPages += session.reusedPages }
            return outcome
        }
        func fail(_ message: String) -> [String] {
            let steps = history.enumerated().map { "  \($0.offset). \($0.element)" }.joined(separator: "\n")
            return ["seed \(seed), after edit \(history.count - 1) of:\n\(steps)\n\(message)"]
        }

        /// Builds incrementally and cleanly; checks them against each other and `expectation`;
        /// returns the live output, or the failure.
        func step(_ expectation: Expectation, previous: [String: Data]?) throws -> Result<[String: Data], FailureMessage> {
            let incremental = build(into: output, useCache: true)
            cleanCount += 1
            let cleanFolder = project.root.appendingPathComponent("clean-\(cleanCount)")
            let clean = build(into: cleanFolder, useCache: false)
            defer { try? FileManager.default.removeItem(at: cleanFolder) }
            let (incrementalLog, cleanLog) = (DiagnosticFormatter.format(incremental.log), DiagnosticFormatter.format(clean.log))
            cleanWarnings = clean.log.count(.warning)
            if ProcessInfo.processInfo.environment["COUNCILDOC_TRACE_EDITS"] != nil {
                print("seed \(seed): upToDate \(incremental.upToDate), \(DiagnosticFormatter.summary(incremental.log))")
            }
            let live = try editions(output), reference = try editions(cleanFolder)
            if incrementalLog != cleanLog {
                return .failure(FailureMessage("the diagnostics differ:\n--- incremental:\n\(incrementalLog)--- clean:\n\(cleanLog)"))
            }
            if expectation == .fails {
                guard incremental.log.hasErrors, clean.log.hasErrors else {
                    return .failure(FailureMessage("the error edit built:\n\(incrementalLog)"))
                }
                if !reference.isEmpty { return .failure(FailureMessage("the failed clean build wrote \(reference.count) files")) }
                if let previous, let d = difference(previous, live, "last good output", "live output after the failed build") {
                    return .failure(FailureMessage("a failed build changed the live output: \(d)"))
                }
                return .success(live)
            }
            guard !incremental.log.hasErrors, !clean.log.hasErrors else {
                return .failure(FailureMessage("the edit should build:\n\(incrementalLog)"))
            }
            if let d = difference(live, reference, "incremental", "clean") {
                return .failure(FailureMessage("the incremental build differs from a clean build (upToDate: \(incremental.upToDate)): \(d)"))
            }
            if live.count < 100 { return .failure(FailureMessage("only \(live.count) files in the output")) }
            if let previous {
                switch expectation {
                case .limiteOnly:
                    if let d = difference(publicPart(previous), publicPart(live), "public edition before", "public edition after") {
                        return .failure(FailureMessage("an edit of LIMITE text alone changed the public edition: \(d)"))
                    }
                    if limitePart(previous) == limitePart(live) {
                        return .failure(FailureMessage("the edit of LIMITE text changed nothing in the LIMITE edition: the check proves nothing"))
                    }
                case .unchanged:
                    if let d = difference(previous, live, "before", "after") {
                        return .failure(FailureMessage("an edit that changed no byte changed the output: \(d)"))
                    }
                default: break
                }
            }
            return .success(live)
        }

        try editor.warn()
        history.append("initial build of the sample project, 13.1's leader also a co-leader (a warning)")
        var good: [String: Data]
        switch try step(.builds, previous: nil) {
        case .failure(let f): return fail(f.text)
        case .success(let live): good = live
        }
        guard cleanWarnings > 0 else { return fail("the initial build has no warning: the diagnostics compared prove little") }
        var index = 0
        while index < kinds.count || editor.broken != nil {
            var description: String, expectation: Expectation
            if let repaired = try editor.repair() {
                // After an error, the next edit repairs it, and at times edits more.
                description = repaired
                expectation = .builds
                if index < kinds.count, kinds[index] != .error, Bool.random(using: &editor.random) {
                    let (more, moreExpectation) = try editor.apply(kinds[index])
                    index += 1
                    description += "; \(more)"
                    if moreExpectation == .fails { expectation = .fails }  // (never: an error is not drawn here)
                }
            } else {
                (description, expectation) = try editor.apply(kinds[index])
                index += 1
            }
            history.append(description)
            if ProcessInfo.processInfo.environment["COUNCILDOC_TRACE_EDITS"] != nil { print("seed \(seed), edit \(history.count - 1): \(description)") }
            switch try step(expectation, previous: good) {
            case .failure(let f): return fail(f.text)
            case .success(let live): good = live
            }
        }
        // The session's reuse was exercised: pages were taken from earlier builds.
        guard reusedPages > 0 else { return fail("no build of the session took a page from the one before: the session went untested") }
        return []
    }

    struct FailureMessage: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }

    @Test(arguments: seeds)
    func anIncrementalBuildAfterEveryRandomEditEqualsACleanBuild(seed: UInt64) throws {
        let start = ContinuousClock.now
        let failures = try Self.run(seed: seed, kinds: Self.kinds(seed: seed, count: Self.editsPerSequence))
        print("random edit sequence, seed \(seed): \(Self.editsPerSequence) edits, \(ContinuousClock.now - start)")
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The redaction invariant, every time: LIMITE text edited in documents the public
    /// edition shows (the sample's spans in plan 13, then spans and blocks this sequence
    /// adds) leaves every public byte as it was.
    @Test func limiteTextAloneLeavesEveryPublicByte() throws {
        let failures = try Self.run(seed: 4, kinds: [.limiteTextOnly, .addSpan, .limiteTextOnly, .addBlock, .limiteTextOnly])
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The seeds together draw every kind of edit (the draws do not depend on the project).
    @Test func everyKindIsDrawn() {
        let drawn = Set(Self.seeds.flatMap { Self.kinds(seed: $0, count: Self.editsPerSequence) })
        #expect(drawn == Set(Kind.allCases), "never drawn: \(Set(Kind.allCases).subtracting(drawn).map(\.rawValue))")
    }
}
