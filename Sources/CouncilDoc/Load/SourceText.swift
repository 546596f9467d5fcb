import Foundation

/// The text of a source file as every later step sees it: valid UTF-8, no byte-order mark,
/// LF line endings.
public struct SourceText: Sendable {
    /// The project-relative path.
    public let path: String
    /// The normalised text.
    public let text: String

    /// The largest source file read: 16 MB (a Council document's text is a few hundred kB).
    public static let maximumSize = 16_000_000

    /// Decodes `data`; reports invalid UTF-8 and binary content at their position and
    /// returns nil for them.
    public static func decode(_ data: Data, path: String, log: inout DiagnosticLog) -> SourceText? {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let nulAt = bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0, buffer.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        if let nul = nulAt {
            log.add(.binaryFile, "file holds binary data (a NUL byte), not text",
                    at: position(of: nul, in: bytes, path: path))
            return nil
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes) ?? 0
            log.add(.invalidUTF8, "file is not valid UTF-8 (save it as UTF-8)",
                    at: position(of: bad, in: bytes, path: path))
            return nil
        }
        var text = decoded
        if text.containsByte("\r") {
            text = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        }
        return SourceText(path: path, text: text)
    }

    /// Line and column (bytes, 1-based) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: path, line: line, column: column)
    }

    /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            var j = 1
            while j < length {
                guard bytes[i + j] & 0xC0 == 0x80 else { return i }
                j += 1
            }
            if String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return i }
            i += length
        }
        return nil
    }
}
