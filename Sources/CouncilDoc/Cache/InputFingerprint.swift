import Crypto
import Foundation

/// The SHA-256 of everything a build's output depends on: the councildoc program itself,
/// the as-of date, the templates, and every file of the project (path and bytes, or the reason it could not
/// be read). Two builds with the same fingerprint write the same output and diagnostics.
enum InputFingerprint {
    /// Bumped when the cache's meaning changes.
    static let format = 2

    /// The fingerprint as 64 hex digits.
    static func of(_ snapshot: SourceSnapshot, templates: TemplateSet, asOf: CouncilDate = BuildDate.endOfTime,
                   formats: Set<ConvertedFormat> = [], tool: String = ToolIdentity.current) -> String {
        var hash = SHA256()
        func add(_ text: String) { add(Data(text.utf8)) }
        func add(_ data: Data) {
            withUnsafeBytes(of: UInt64(data.count).littleEndian) { hash.update(bufferPointer: $0) }
            hash.update(data: data)
        }
        add("councildoc build inputs \(format)")
        add(tool)
        // The public edition holds the documents released by this date.
        add("as-of \(asOf)")
        // The converted formats asked for (`--pdf`, `--docx`): the output holds them or not.
        add("converted \(formats.sorted().map(\.rawValue).joined(separator: ","))")
        add("templates \(templates.sources.count)")
        for source in templates.sources { add(source) }
        do {
            let paths = try snapshot.files()
            add("files \(paths.count)")
            for path in paths {
                add(path)
                do { add("bytes"); add(try snapshot.read(path)) } catch { add("error \(error)") }
            }
        } catch {
            add("no listing \(error)")
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The fingerprint recorded for an output written without some of its converted files:
    /// never equal to a fingerprint of inputs, so the next build writes the output again.
    static func incomplete(_ inputs: String) -> String { "incomplete " + inputs }
}
