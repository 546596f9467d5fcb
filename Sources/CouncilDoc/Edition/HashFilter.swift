/// A one-hash Bloom filter over 64-bit hashes: a bit array small enough to stay in the
/// processor's cache, asked before the dictionary of secrets, which most runs of public
/// words are not in. "No" is certain; "maybe" is checked in the dictionary.
struct HashFilter: Sendable {
    private var bits: [UInt64]
    private let shift: UInt64

    /// A filter sized for `count` hashes: about 16 bits per hash, a power of two, between
    /// 2^16 and 2^27 bits.
    init(capacity count: Int) {
        var log2 = 16
        while log2 < 27 && (1 << log2) < count * 16 { log2 += 1 }
        bits = [UInt64](repeating: 0, count: (1 << log2) / 64)
        shift = UInt64(64 - log2)
    }

    @inline(__always)
    private func slot(_ hash: UInt64) -> Int {
        // The top bits of a remix: independent of the low bits a dictionary buckets by.
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds a hash.
    mutating func insert(_ hash: UInt64) {
        let s = slot(hash)
        bits[s >> 6] |= 1 << UInt64(s & 63)
    }

    /// False when the hash was certainly never inserted.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let s = slot(hash)
        return bits[s >> 6] & (1 << UInt64(s & 63)) != 0
    }
}
