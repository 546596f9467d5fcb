import Foundation

/// A 64-bit FNV-1a hash, for naming output generations by their content and for the leak
/// scanner's word hashes.
struct ContentHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes bytes in.
    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for byte in bytes { add(byte) }
    }

    /// Mixes one byte in.
    @inline(__always)
    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    /// Mixes the bytes of `data` in, without going through Data's iterator.
    mutating func add(_ data: Data) {
        data.withUnsafeBytes { raw in for byte in raw { add(byte) } }
    }

    /// 16 hex digits.
    var hex: String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
