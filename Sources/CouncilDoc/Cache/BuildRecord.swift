import Foundation

/// What a successful build leaves beside its output (`output/.councildoc/build-record.json`):
/// the fingerprint of its inputs and its diagnostics. A later build with the same
/// fingerprint has nothing to do but to report the same diagnostics again.
struct BuildRecord: Codable {
    /// The file's name in the generation folder.
    static let fileName = "build-record.json"

    /// `InputFingerprint.format` when written.
    var format: Int
    /// The inputs' fingerprint.
    var inputs: String
    /// The build's diagnostics (warnings; a build with errors writes nothing).
    var log: DiagnosticLog
    /// The digest of the files written (`SiteWriter.digest`), set by the writer: a later
    /// build whose files have the same digest only replaces the record.
    var contents: String?

    init(inputs: String, log: DiagnosticLog) {
        format = InputFingerprint.format
        self.inputs = inputs
        self.log = log
    }

    /// The record as JSON, keys sorted: the same build writes the same bytes.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// The record of the live output, if there is a readable one of this format.
    static func current(in output: URL) -> BuildRecord? {
        let url = output.appendingPathComponent(SiteWriter.bookkeeping).appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: url),
              let record = try? JSONDecoder().decode(BuildRecord.self, from: data),
              record.format == InputFingerprint.format else { return nil }
        return record
    }
}
