import Foundation

extension StringProtocol {
    /// Whether the text holds `needle`, compared byte for byte in UTF-8: what the hot paths
    /// need (markers, sentinels), without Foundation's locale-aware search.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            guard n.count > 0 else { return true }
            // memchr for the first byte, memcmp for the rest: vectorised, where a byte loop
            // was a hot spot of loading.
            let search = { (h: UnsafeBufferPointer<UInt8>) -> Bool in
                guard h.count >= n.count, let base = h.baseAddress else { return false }
                let first = Int32(n[0])
                var offset = 0
                let last = h.count - n.count
                while offset <= last {
                    guard let hit = memchr(base + offset, first, last - offset + 1) else { return false }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, n.baseAddress!, n.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
            if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
            return Array(utf8).withUnsafeBufferPointer(search)
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement`, compared byte for byte in
    /// UTF-8 (as Foundation's literal search does), without Foundation's locale machinery.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let t = Array(target.utf8)
        guard let first = t.first else { return self }
        let bytes = Array(utf8)
        guard bytes.count >= t.count, bytes.contains(first) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0, changed = false
        let last = bytes.count - t.count
        while i < bytes.count {
            if i <= last, bytes[i] == first, bytes[i..<(i + t.count)].elementsEqual(t) {
                out.append(contentsOf: replacement.utf8)
                i += t.count
                changed = true
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : self
    }

    /// The text split at every line feed, empty pieces kept: `"a\n\nb"` → `["a", "", "b"]`.
    var lineFeedSeparated: [String] {
        lineFeedSeparatedSlices.map(String.init)
    }

    /// `lineFeedSeparated` as slices of the text, without copying it.
    var lineFeedSeparatedSlices: [Substring] {
        // The line feeds' offsets by memchr, then one slice per line (a UTF-8 offset is an
        // index in constant time).
        let feeds: [Int]? = utf8.withContiguousStorageIfAvailable { buffer in
            var feeds: [Int] = []
            guard let base = buffer.baseAddress else { return feeds }
            var offset = 0
            while offset < buffer.count, let hit = memchr(base + offset, 0x0A, buffer.count - offset) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                feeds.append(at)
                offset = at + 1
            }
            return feeds
        }
        var lines: [Substring] = []
        var start = utf8.startIndex
        if let feeds {
            lines.reserveCapacity(feeds.count + 1)
            for feed in feeds {
                let end = utf8.index(utf8.startIndex, offsetBy: feed)
                lines.append(self[start..<end])
                start = utf8.index(after: end)
            }
        } else {
            var i = start
            while i != utf8.endIndex {
                if utf8[i] == UInt8(ascii: "\n") {
                    lines.append(self[start..<i])
                    start = utf8.index(after: i)
                }
                i = utf8.index(after: i)
            }
        }
        lines.append(self[start..<utf8.endIndex])
        return lines
    }

    /// Whether the text holds the ASCII character `c`.
    func containsByte(_ c: Unicode.Scalar) -> Bool {
        let byte = UInt8(c.value)
        if let found = utf8.withContiguousStorageIfAvailable({ buffer in
            buffer.count > 0 && memchr(buffer.baseAddress!, Int32(byte), buffer.count) != nil
        }) { return found }
        return utf8.contains(byte)
    }
}
