/// Did-you-mean: the candidate nearest to a misspelt word, if it is near enough.
public enum Suggestion {
    /// The closest candidate by edit distance (case-insensitive), within a third of the
    /// word's length (at least 1, at most 3); nil when none is that close.
    public static func nearest<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        // Long words are no typos of an id, and edit distance grows with the square of length.
        guard word.count <= 64 else { return nil }
        let limit = min(3, max(1, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates where abs(candidate.count - word.count) <= limit {
            let d = distance(word.lowercased(), candidate.lowercased())
            if d <= limit, d < (best?.1 ?? Int.max) || (d == best?.1 && candidate < best!.0) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// A note "did you mean 'x'?" when a near candidate exists.
    public static func note<S: Sequence>(for word: String, in candidates: S) -> [Diagnostic.Note]
    where S.Element == String {
        guard let match = nearest(to: word, in: candidates), match != word else { return [] }
        return [Diagnostic.Note("did you mean '\(match)'?")]
    }

    /// Edit distance between two strings, a swap of two neighbours counting as one edit
    /// (optimal string alignment), so "noet" is one edit from "note".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
