/// A 64-bit FNV-1a hash, for the leak scanner's words and runs of words.
struct WordHash {
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
}
