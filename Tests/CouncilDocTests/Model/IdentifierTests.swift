import Testing
@testable import CouncilDoc

@Suite struct DocumentNumberTests {
    @Test(arguments: [
        ("8617/23", "8617/23", "8617/23"),
        ("11809/1/25 REV 1", "11809/1/25 REV 1", "11809/25"),
        ("15684/1/14 REV1", "15684/1/14 REV 1", "15684/14"),
        ("DS 1372/13", "DS 1372/13", "DS 1372/13"),
        ("6855/1/2022", "6855/1/2022", "6855/2022"),
        ("13077/2/10 REV 2 COR 1", "13077/2/10 REV 2 COR 1", "13077/10"),
    ])
    func parsesCouncilNumbers(text: String, canonical: String, base: String) throws {
        let number = try #require(DocumentNumber(text))
        #expect(number.description == canonical)
        #expect(number.base == base)
    }

    @Test(arguments: ["", "8617", "8617/2023/x", "abc/23", "8617/23 REV", "8617/23 REV 1", "11809/1/25 REV 2",
                      "8617/123", "1234567/23", "8617/23 FOO 1", "-1/23"])
    func rejectsWhatIsNotANumber(text: String) {
        #expect(DocumentNumber(text) == nil)
    }

    @Test func coverLinesSplitTheRevision() throws {
        let number = try #require(DocumentNumber("11809/1/25 REV 1"))
        #expect(number.coverLine == "11809/1/25")
        #expect(number.suffixLine == "REV 1")
    }
}

@Suite struct IdentifierTests {
    @Test func actionIDsParseAndOrderNumerically() throws {
        let ids = ["5.10", "5.2", "13.1", "5.1"].compactMap(ActionID.init).sorted().map(\.description)
        #expect(ids == ["5.1", "5.2", "5.10", "13.1"])
        #expect(ActionID("13") == nil)
        #expect(ActionID("13.x") == nil)
        #expect(ActionID("../13.1") == nil)
        #expect(ActionID("13.0") == nil)
        for refused in ["13.4.5", ".4", "13.", "13.+4", "+13.4", "13 .4", "١٣.٤", "13.4\u{301}", "13.99999999999999999999"] {
            #expect(ActionID(refused) == nil, "\(refused)")
        }
        #expect(ActionID("13.04")?.description == "13.4")
        #expect(ActionID("013.4")?.plan == "013")
    }

    @Test func objectiveIDsParseQualifiedAndShortForms() throws {
        let short = try #require(ObjectiveID("2.iv"))
        #expect(short.strategy == nil && short.objective == "2" && short.sub == "iv")
        let qualified = try #require(ObjectiveID("customs-2023/2.iv"))
        #expect(qualified.strategy == "customs-2023" && qualified.local == "2.iv")
        #expect(ObjectiveID("2.4") == nil)
        #expect(ObjectiveID("Bad Strategy/1") == nil)
        let sorted = ["1.x", "1.ix", "1.ii", "1"].compactMap(ObjectiveID.init).sorted().map(\.local)
        #expect(sorted == ["1", "1.ii", "1.ix", "1.x"])
    }

    @Test func datesAreRealCalendarDates() throws {
        #expect(CouncilDate("2025-09-01")?.long == "1 September 2025")
        #expect(CouncilDate("2026-02-16")?.dotted == "16.02.2026")
        #expect(CouncilDate("2024-02-29") != nil)
        #expect(CouncilDate("2023-02-29") == nil)
        #expect(CouncilDate("2025-13-01") == nil)
        #expect(CouncilDate("1 September 2025") == nil)
    }

    @Test func semestersParse() {
        #expect(Semester("2026-S1")?.display == "2026 S1")
        #expect(Semester("2026-S3") == nil)
        #expect(Semester("26-S1") == nil)
    }

    @Test func slugsAreSafeFileNames() {
        #expect(Identifier.isSlug("customs-2023"))
        #expect(!Identifier.isSlug("../etc"))
        #expect(!Identifier.isSlug("Customs"))
        #expect(!Identifier.isSlug("-x"))
        #expect(Identifier.slug("Note 15116/22 – Europol") == "note-15116-22-europol")
        #expect(Identifier.slug("../../x") == "x")
    }

    @Test func pathsLinkRelatively() {
        let action = PagePath(["plans", "13", "13.4"])
        #expect(action.href(to: PagePath(["strategies", "s"]), ext: "html", fragment: "objective-1") == "../../strategies/s.html#objective-1")
        #expect(action.href(to: PagePath(["plans", "13", "index"]), ext: "md") == "index.md")
        #expect(PagePath(["index"]).href(to: action, ext: "html") == "plans/13/13.4.html")
        #expect(action.href(to: action, ext: "md") == "13.4.md")
    }
}
