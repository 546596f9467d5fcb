import Foundation

/// The redaction proof of every build: the public edition built from the real sources and
/// the one built from the swapped sources (`CanarySources`) must be the same files with the
/// same bytes, and hold no canary. It compares the program with itself, so ordinary text can
/// never raise a false alarm; a difference means that some output depends on LIMITE content.
enum RedactionProof {
    /// How many differing files are named before the rest are counted.
    static let shownFiles = 5

    /// The diagnostics of the comparison; empty when the proof holds.
    static func check(_ real: [OutputFile], _ swapped: [OutputFile], canaries: CanaryWriter) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let realFiles = Dictionary(real.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let swappedFiles = Dictionary(swapped.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let differing = realFiles.filter { path, file in swappedFiles[path].map { !$0.sameBytes(as: file) } ?? false }.keys.sorted()
        // Bytes, for the few files reported.
        let realByPath = realFiles.mapValues { file in differing.contains(file.path) ? file.contents : Data() }
        let swappedByPath = swappedFiles.mapValues { file in differing.contains(file.path) ? file.contents : Data() }
        for path in Set(realByPath.keys).symmetricDifference(swappedByPath.keys).sorted() {
            let which = realByPath[path] == nil ? "only when LIMITE content is swapped" : "only with the real LIMITE content"
            problems.append(Diagnostic(.redactionProofFailed,
                                       "the public edition depends on LIMITE content: its file '\(path)' exists \(which); nothing was written",
                                       at: canaryPlace(in: Data(path.utf8), canaries)))
        }
        for path in differing.prefix(shownFiles) {
            guard let a = realByPath[path], let b = swappedByPath[path] else { continue }
            let offset = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            problems.append(Diagnostic(.redactionProofFailed,
                                       "the public edition depends on LIMITE content: '\(path)' changes when LIMITE parts change, at byte \(offset): '\(context(a, offset))' becomes '\(context(b, offset))'; nothing was written",
                                       at: canaryPlace(in: b, canaries)))
        }
        if differing.count > shownFiles {
            problems.append(Diagnostic(.redactionProofFailed,
                                       "\(differing.count - shownFiles) more public files change when LIMITE parts change",
                                       at: nil))
        }
        return problems
    }

    /// A few bytes around an offset, on one line.
    private static func context(_ data: Data, _ offset: Int) -> String {
        let start = max(0, offset - 30), end = min(data.count, offset + 30)
        return String(decoding: data[data.startIndex + start ..< data.startIndex + end], as: UTF8.self)
            .replacingOccurrences(of: "\n", with: "⏎")
    }

    /// The source position of the LIMITE part whose canary appears in `data`, if one does.
    private static func canaryPlace(in data: Data, _ canaries: CanaryWriter) -> SourceLocation? {
        guard let found = data.range(of: Data(CanaryWriter.mark.utf8)) else { return nil }
        let bytes = [UInt8](data)
        let start = found.lowerBound - data.startIndex
        var end = start
        while end < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end]) { end += 1 }
        return canaries.place(ofWord: Substring(String(decoding: bytes[start..<end], as: UTF8.self)))
    }
}
