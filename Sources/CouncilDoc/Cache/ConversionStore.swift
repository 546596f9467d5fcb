import Crypto
import Foundation

/// The PDF and DOCX files converted by earlier builds, kept in the output's bookkeeping
/// folder (`output/.councildoc/converted/`) so that a document is converted again only when
/// its printed source, the converter or councildoc changed: a save in `serve`, or a build
/// after an edit, converts the edited documents only.
///
/// A converted file is stored under the digest of what made it (`key`: the format, the
/// converter's identity, councildoc's identity, which holds the converter's resources, and
/// the printed source's bytes) and of its own bytes: `<key>-<bytes digest>.<extension>`.
/// A file is taken only when its bytes have the digest its name says, so a truncated or
/// damaged file is converted again, never trusted. The converters are run so that their
/// output is a function of these inputs (`Converter`), which is what makes a stored file
/// equal to a new conversion.
struct ConversionStore: @unchecked Sendable {
    /// The store's folder inside the bookkeeping folder.
    static let folderName = "converted"

    let folder: URL
    /// Stored files by key, listed once.
    private let files: [String: String]

    /// The store of an output folder (empty when it has none yet).
    init(output: URL) {
        folder = output.appendingPathComponent(SiteWriter.bookkeeping).appendingPathComponent(Self.folderName)
        var files: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            if let key = Self.parse(name)?.key { files[key] = name }
        }
        self.files = files
    }

    /// The key of a conversion.
    static func key(format: ConvertedFormat, converter: String, source: OutputFile, tool: String = ToolIdentity.current) -> String {
        var hash = SHA256()
        func add(_ data: Data) {
            withUnsafeBytes(of: UInt64(data.count).littleEndian) { hash.update(bufferPointer: $0) }
            hash.update(data: data)
        }
        add(Data("councildoc conversion 1 \(format.rawValue)".utf8))
        add(Data(converter.utf8))
        add(Data(tool.utf8))
        source.withBytes { add(Data($0)) }
        return hex(hash.finalize())
    }

    /// The stored bytes for `key`, when there are some whose digest is the one their name says.
    func bytes(for key: String) -> Data? {
        guard let name = files[key], let parsed = Self.parse(name),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
              Self.hex(SHA256.hash(data: data)) == parsed.digest else { return nil }
        return data
    }

    /// Stores `bytes` under `key` (written beside, then renamed: a reader sees the whole file
    /// or none). A failure to store is no failure of the build: the file is converted again.
    func put(_ bytes: Data, for key: String, format: ConvertedFormat) {
        let name = "\(key)-\(Self.hex(SHA256.hash(data: bytes))).\(format.fileExtension)"
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        unlink(temporary.path)
        guard FileOutput.write(bytes, to: temporary.path) == nil else { unlink(temporary.path); return }
        if rename(temporary.path, folder.appendingPathComponent(name).path) != 0 { unlink(temporary.path) }
    }

    /// Removes every stored file of `formats` whose key is not in `used` (what the last build
    /// with those formats did not need), and temporary files: the store holds one build's
    /// conversions, not every version ever converted.
    func prune(keeping used: Set<String>, of formats: Set<ConvertedFormat>) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let stale: Bool
            if let parsed = Self.parse(name) {
                stale = formats.contains(parsed.format) && !used.contains(parsed.key)
            } else {
                stale = name.hasSuffix(".tmp")
            }
            if stale { unlink(folder.appendingPathComponent(name).path) }
        }
    }

    /// The key, the bytes' digest and the format of a stored file's name.
    static func parse(_ name: String) -> (key: String, digest: String, format: ConvertedFormat)? {
        guard let dot = name.lastIndex(of: "."), let format = ConvertedFormat(rawValue: String(name[name.index(after: dot)...])) else { return nil }
        let parts = name[..<dot].split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 64 && $0.allSatisfy(\.isHexDigit) }) else { return nil }
        return (String(parts[0]), String(parts[1]), format)
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
