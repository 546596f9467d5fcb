/// A text of the public edition as it reads: each LIMITE block "DELETED", each LIMITE span
/// "(DELETED)", a link or image whose whole text is LIMITE withheld whole. Applied when the
/// public edition's sources are loaded, whose LIMITE parts are empty already (the bytes were
/// cut before parsing): the one rewriter is the `Redactor`'s, whose records of the whole
/// sources the LIMITE edition's manifest lists.
enum PublicText {
    static func deleting(_ blocks: [Block]) -> [Block] {
        Redactor(document: "", title: "", locate: { _ in SourceLocation(file: "", line: 1, column: 1) }).document(blocks)
    }
}
