import Foundation
import Yams

/// The results of a pure function of a text, kept while a build runs: one build composes
/// the same front matter and parses the same body several times (the load, the redactor,
/// the proof's swap), and takes each result once. Outside a build (`scoped`) nothing is
/// kept; when the last build running in the process ends, everything is dropped.
///
/// Texts are told apart by their bytes, never by Swift's string equality, which holds
/// between different bytes (canonically equivalent Unicode) that a parser reads differently.
final class TextMemo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private var builds = 0
    /// The values a session's last build used (`carrying`), taken while builds run.
    private var carried: [Key: Value] = [:]
    /// The values used while a session's build runs, for its next build.
    private var used: [Key: Value]?

    init() {}

    /// Runs `body` with the memo kept.
    func scoped<T>(_ body: () throws -> T) rethrows -> T {
        lock.withLock { builds += 1 }
        defer {
            lock.withLock {
                builds -= 1
                if builds == 0 { values = [:] }
            }
        }
        return try body()
    }

    /// The value for `text` (and `variant`, what else the function reads), made by `make`
    /// the first time. `make` runs outside the lock; two threads may both make a value,
    /// which are equal.
    func value(for text: String, variant: Int = 0, _ make: () -> Value?) -> Value? {
        guard lock.withLock({ builds > 0 }) else { return make() }
        let key = Key(text, variant: variant)
        if let value = lock.withLock({ () -> Value? in
            guard let value = values[key] ?? carried[key] else { return nil }
            used?[key] = value
            return value
        }) { return value }
        guard let value = make() else { return nil }
        lock.withLock {
            if builds > 0 { values[key] = value }
            used?[key] = value
        }
        return value
    }

    /// Runs `body` (a session's build) taking the values `earlier` holds, and returns with
    /// its result every value the build used, for the session's next build: one build's
    /// values are kept, never more. (Values are functions of the text alone, so a build
    /// running beside it may take them too.)
    func carrying<T>(_ earlier: [Key: Value], _ body: () throws -> T) rethrows -> (T, [Key: Value]) {
        lock.withLock {
            carried = earlier
            used = [:]
        }
        let result = try body()
        let kept = lock.withLock { () -> [Key: Value] in
            defer {
                carried = [:]
                used = nil
            }
            return used ?? [:]
        }
        return (result, kept)
    }

    /// A text's bytes, hashed and compared as bytes.
    struct Key: Hashable {
        let text: String
        let variant: Int

        init(_ text: String, variant: Int) {
            var text = text
            text.makeContiguousUTF8()
            self.text = text
            self.variant = variant
        }

        static func == (a: Key, b: Key) -> Bool {
            guard a.variant == b.variant else { return false }
            var x = a.text, y = b.text
            return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(variant)
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}

/// The memos of one build, kept for its duration (`Pipeline.render` and `check`).
enum BuildMemos {
    /// Runs `body` with every memo kept.
    static func scoped<T>(_ body: () throws -> T) rethrows -> T {
        try YAMLLoader.memo.scoped { try MarkdownParser.memo.scoped(body) }
    }

    /// What a session's build used of the memos, for its next build.
    struct Carried {
        var yaml: [TextMemo<Node?>.Key: Node?] = [:]
        var markdown: [TextMemo<MarkdownParser.Result>.Key: MarkdownParser.Result] = [:]
    }

    /// Runs `body` with every memo kept, taking the values `earlier` carried; returns the
    /// values it used.
    static func scoped<T>(carrying earlier: Carried, _ body: () throws -> T) rethrows -> (T, Carried) {
        let ((result, markdown), yaml) = try YAMLLoader.memo.carrying(earlier.yaml) {
            try MarkdownParser.memo.carrying(earlier.markdown) { try scoped(body) }
        }
        return (result, Carried(yaml: yaml, markdown: markdown))
    }
}
