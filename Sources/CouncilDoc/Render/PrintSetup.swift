/// What a printed document (its PDF and DOCX) shows beyond its text: the footer of every
/// page and the markings, as Council documents print them:
///
///     11809/1/25 REV 1           MM/sl           3
///     JAI.1                     LIMITE          EN
struct PrintSetup: Sendable, Equatable {
    /// "11809/1/25 REV 1".
    var number: String?
    /// "MM/sl".
    var initials: String?
    /// "JAI.1".
    var dg: String?
    /// The footer's marking: LIMITE in the LIMITE edition of a LIMITE document, PUBLIC in
    /// the public edition of a partially accessible one.
    var marking: String?
    /// A page break after the cover note (a plan's cover note is a page of its own).
    var breakAfterCover: Bool = false
    /// The document's date: the PDF's creation date, and the date the converters stamp.
    var date: CouncilDate?

    /// The print setup of a document in an edition.
    static func of(_ m: CouncilMetadata, edition: Edition, breakAfterCover: Bool = false) -> PrintSetup {
        let isLimite = m.classification == .limite
        return PrintSetup(number: m.number?.value.description, initials: m.initials, dg: m.dg,
                          marking: isLimite ? (edition == .limite ? "LIMITE" : "PUBLIC") : nil,
                          breakAfterCover: breakAfterCover, date: m.date)
    }
}
