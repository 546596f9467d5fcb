import Foundation
import Testing
@testable import CouncilDoc

/// Bad input gets a clear, positioned error; every problem of a run is reported.
@Suite struct LoadDiagnosticsTests {
    @Test func theMinimalProjectIsClean() {
        #expect(Diagnose.lines(Sources.minimal()) == [])
    }

    @Test func noConfigIsAMissingProject() {
        #expect(Diagnose.lines(["content/notes/a.md": "---\nkind: note\n---\n"]) == [
            "councildoc: error: no councildoc.yml in the project folder (use --project DIR) [missing-project]",
        ])
    }

    @Test func anUnclosedFrontMatter() {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/notes/a.md": "---\nkind: note\nsubject: x\n\nBody.\n"]))
        #expect(lines == [
            "content/notes/a.md:1:1: error: front matter is never closed: add a line '---' after its YAML [unclosed-front-matter]",
            "content/notes/a.md:1:1: note: the front matter opens here",
        ])
    }

    @Test func aMissingFrontMatterAndAnEmptyFile() {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/notes/a.md": "Just text.\n", "content/notes/b.md": ""]))
        #expect(lines == [
            "content/notes/a.md:1:1: error: missing front matter: a source starts with a line '---', its YAML, and a line '---' [missing-front-matter]",
            "content/notes/b.md:1:1: error: file is empty: a source starts with front matter between two lines '---' [missing-front-matter]",
        ])
    }

    @Test func aYAMLSyntaxErrorPointsIntoTheFile() {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/notes/a.md": "---\nkind: note\nsubject: [unclosed\n---\n"]))
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("content/notes/a.md:4:1: error: YAML syntax error:"))
        #expect(lines[0].hasSuffix("[yaml-syntax]"))
    }

    @Test func anUnknownKindWithADidYouMean() {
        #expect(Diagnose.lines(Sources.minimal(extra: ["content/notes/a.md": "---\nkind: noet\nsubject: x\n---\n"])) == [
            "content/notes/a.md:2:7: error: unknown kind 'noet'; the kinds are strategy, empact, plan, action, report, note [unknown-kind]",
            "content/notes/a.md:2:7: note: did you mean 'note'?",
        ])
    }

    @Test func aKindInTheWrongFolder() {
        #expect(Diagnose.lines(Sources.minimal(extra: ["content/notes/a.md": "---\nkind: report\ntitle: x\n---\n"])) == [
            "content/notes/a.md:2:7: error: a report does not belong here: files at this place are of kind note [misplaced-document]",
        ])
    }

    @Test func missingRequiredFieldsAreAllReported() {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/actions/13.2.md": "---\nkind: action\nid: \"13.2\"\n---\n"]))
        #expect(lines == [
            "content/plans/13/actions/13.2.md:2:1: error: missing required field 'status' [missing-field]",
            "content/plans/13/actions/13.2.md:2:1: error: missing required field 'title' [missing-field]",
        ])
    }

    @Test func aValueOfTheWrongType() {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/notes/a.md": "---\nkind: note\nsubject:\n  nested: map\ncodes: {a: b}\n---\n",
        ]))
        #expect(lines.contains("content/notes/a.md:4:3: error: field 'subject' must be text, found a mapping [wrong-type]"))
        #expect(lines.contains("content/notes/a.md:5:8: error: field 'codes' must be a list, found a mapping [wrong-type]"))
    }

    @Test func invalidValuesAreExplained() {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/notes/a.md": "---\nkind: note\nsubject: x\ndate: 1 May 2025\nclassification: secret\nnumber: 8617-23\n---\n",
        ]))
        #expect(lines == [
            "content/notes/a.md:4:7: error: field 'date': '1 May 2025' is not a date (YYYY-MM-DD) [invalid-value]",
            "content/notes/a.md:5:17: error: field 'classification' must be one of public, limite, found 'secret' [invalid-value]",
            "content/notes/a.md:6:9: error: '8617-23' is not a Council document number (e.g. 8617/23, 11809/1/25 REV 1) [malformed-document-number]",
        ])
    }

    @Test func anUnknownFieldIsAnErrorWithADidYouMean() {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/plans/13/actions/13.1.md": Sources.action("13.1", extra: "co-leader: [BE]"),
        ]))
        #expect(lines == [
            "content/plans/13/actions/13.1.md:10:1: error: unknown field 'co-leader' [unknown-field]",
            "content/plans/13/actions/13.1.md:10:1: note: did you mean 'co-leaders'?",
        ])
    }

    @Test(arguments: [
        ("Classification: limite", "did you mean 'classification'? Field names are lower case"),
        ("clasification: limite", "did you mean 'classification'?"),
        ("coleaders: [BE]", "did you mean 'co-leaders'?"),
    ])
    func aMisspeltFieldDoesNotBuild(field: String, note: String) {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/plans/13/actions/13.1.md": Sources.action("13.1", extra: field),
        ]))
        #expect(lines.first?.hasPrefix("content/plans/13/actions/13.1.md:10:1: error: unknown field") == true, "\(lines)")
        #expect(lines.contains("content/plans/13/actions/13.1.md:10:1: note: \(note)"), "\(lines)")
    }

    @Test func aYAMLMergeKeyIsRefused() {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/plans/13/actions/13.1.md": Sources.action("13.1", extra: "<<: {title: X}"),
        ]))
        #expect(lines.contains { $0.contains("error: YAML merge keys ('<<') are not used") }, "\(lines)")
    }

    @Test func anUnknownMemberStateCodeSuggestsEL() {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/plans/13/actions/13.1.md": Sources.action("13.1", leader: "GR"),
        ]))
        #expect(lines == [
            "content/plans/13/actions/13.1.md:6:9: error: 'GR' is neither a member-state code nor a known body [unknown-member-state]",
            "content/plans/13/actions/13.1.md:6:9: note: Council documents write EL for Greece",
        ])
    }

    @Test func invalidUTF8AndBinaryFilesAreRefusedWithTheirPosition() {
        var data = Data("---\nkind: note\nsubject: caf".utf8)
        data.append(contentsOf: [0xE9, 0x0A])
        data.append(Data("---\n".utf8))
        var tree = InMemorySourceTree(Sources.minimal())
        tree.contents["content/notes/latin1.md"] = data
        tree.contents["content/notes/binary.md"] = Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01])
        let lines = Pipeline.check(tree).log.sorted.map(DiagnosticFormatter.format)
            .flatMap { $0.split(separator: "\n").map(String.init) }
        #expect(lines == [
            "content/notes/binary.md:2:1: error: file holds binary data (a NUL byte), not text [binary-file]",
            "content/notes/latin1.md:3:13: error: file is not valid UTF-8 (save it as UTF-8) [invalid-utf8]",
        ])
    }

    @Test func aByteOrderMarkAndCRLFLineEndingsSimplyWork() {
        let note = "\u{FEFF}---\r\nkind: note\r\nsubject: Windows\r\n---\r\n\r\nText.\r\n"
        #expect(Diagnose.lines(Sources.minimal(extra: ["content/notes/a.md": note])) == [])
    }

    @Test func fenceProblemsPointAtTheBodyLineInTheFile() {
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/notes/a.md": "---\nkind: note\nsubject: x\n---\n\nText.\n\n::: limite\nSecret.\n",
            "content/notes/b.md": "---\nkind: note\nsubject: x\n---\n:::\n::: limit\n:::\n",
        ]))
        #expect(lines == [
            "content/notes/a.md:8:1: error: fenced div '::: limite' is never closed: add a line ':::' after its content [unterminated-fence]",
            "content/notes/b.md:5:1: error: closing fence ':::' has no open '::: name' before it in the same block [stray-fence]",
            "content/notes/b.md:6:1: error: unknown fenced div '::: limit'; known: actions, dropped-actions, limite, objectives, timeline, chart ID [unknown-fence]",
            "content/notes/b.md:6:1: note: did you mean 'limite'?",
        ])
    }

    @Test func unexpectedFilesAreWarnedAboutAndDotFilesIgnored() {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/readme.txt": "x", "content/notes/.DS_Store": "x"]))
        #expect(lines == [
            "content/readme.txt:1:1: warning: file is not a councildoc source here and is ignored (see docs/FORMAT.md for the layout) [unexpected-file]",
        ])
    }

    @Test func aPlanIDMustMatchItsFolder() {
        let lines = Diagnose.lines(Sources.minimal(extra: ["content/plans/13/plan.md": Sources.plan(id: "14")]))
        #expect(lines.contains("content/plans/13/plan.md:3:5: error: plan id '14' does not match its folder plans/13/ [misplaced-document]"))
    }

    @Test func aMissingProseAnnexSource() {
        let plan = Sources.plan(extra: "annexes:\n  - {id: III, title: Guidance, source: guidance.md}")
        let lines = Diagnose.lines(Sources.minimal(extra: [
            "content/plans/13/plan.md": plan, "content/plans/13/annexes/guidence.md": "Text.\n",
        ]))
        #expect(lines == [
            "content/plans/13/annexes/guidence.md:1:1: warning: annex file is not declared in plans/13/plan.md 'annexes' and is ignored [unexpected-file]",
            "content/plans/13/plan.md:12:40: error: annex source 'guidance.md' not found in content/plans/13/annexes/ [missing-annex-source]",
            "content/plans/13/plan.md:12:40: note: did you mean 'guidence.md'?",
        ])
    }
}
