import CouncilDoc
import Foundation

/// A deterministic synthetic project in councildoc's own format that resembles the sample
/// content: a strategy, an EMPACT cycle, plans of 10-30 actions, reports and notes, with
/// references of every scheme, LIMITE blocks and spans, tables and footnotes.
struct SyntheticCorpus {
    /// About how many source files.
    let files: Int

    /// Writes the project into `root` (which must not exist); returns the Markdown bodies'
    /// paths (for the cmark-gfm floor and Hugo).
    func write(to root: URL) throws -> [URL] {
        var random = SeededRandom(seed: 2026)
        var written: [URL] = []
        func put(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            if path.hasSuffix(".md") { written.append(url) }
        }
        try put("councildoc.yml", "title: Synthetic corpus\nworking-party: Law Enforcement Working Party (Customs)\n")
        let objectives = (1...4).map { o in
            "  - id: \"\(o)\"\n    text: objective \(o) of the synthetic strategy\n    sub:\n"
                + (1...5).map { "      - {id: \(Self.roman($0)), text: sub-objective \(o).\(Self.roman($0))}\n" }.joined()
        }.joined()
        try put("content/strategies/s.md", "---\nkind: strategy\nid: s\ntitle: Synthetic strategy\nnumber: 1000/23\nobjectives:\n\(objectives)---\n\n\(paragraphs(3, &random))\n")
        let oaps = ["cash", "drugs", "excise", "ipr", "networks"]
        try put("content/empact/2026-2027.yml", "kind: empact\ncycle: 2026-2027\noaps:\n" + oaps.map {
            "  - id: \($0)\n    title: OAP \($0)\n    actions: [{id: \"1.1\", title: First}, {id: \"2.2\", title: Second}]\n"
        }.joined())
        let ms = ["BE", "BG", "CZ", "DK", "DE", "EE", "IE", "EL", "ES", "FR", "HR", "IT", "CY", "LV", "LT", "LU", "HU",
                  "MT", "NL", "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE"]
        var count = 3
        var plan = 20
        while count < files {
            plan += 1
            let actions = Int.random(in: 10...30, using: &random)
            try put("content/plans/\(plan)/plan.md", """
            ---
            kind: plan
            id: "\(plan)"
            title: Action plan \(plan)
            strategy: s
            empact: 2026-2027
            state: draft
            number: \(2000 + plan)/1/25 REV 1
            date: 2025-09-01
            classification: limite
            public-release: 2026-02-16
            timeline:
              - {semester: 2026-S1, text: "Start of implementation"}
              - {semester: 2026-S2, text: "Implementation [details]{.limite}"}
            annexes:
              - {id: I, title: Overview of actions, generated: actions-overview}
              - {id: II, title: Mandate template, generated: mandate-template}
            ---

            \(paragraphs(4, &random))

            ::: actions
            :::

            ::: timeline
            :::

            """)
            count += 1
            for a in 1...actions where count < files {
                let leader = ms[Int.random(in: 0..<ms.count, using: &random)]
                let others = (0..<4).map { _ in ms[Int.random(in: 0..<ms.count, using: &random)] }.filter { $0 != leader }
                let o = Int.random(in: 1...4, using: &random), sub = Self.roman(Int.random(in: 1...5, using: &random))
                let oap = oaps[Int.random(in: 0..<oaps.count, using: &random)]
                try put("content/plans/\(plan)/actions/\(plan).\(a).md", """
                ---
                kind: action
                id: "\(plan).\(a)"
                title: Synthetic action \(plan).\(a)
                status: agreed
                leader: \(leader)
                participants: [\(Set(others).sorted().joined(separator: ", ")), Europol]
                objectives: ["\(o).\(sub)"]
                empact: {oap: \(oap)/2.2, via: true}
                contact: action-\(plan)-\(a)@example.invalid
                \(a % 7 == 0 ? "classification: limite" : "")
                ---

                ## Objective

                \(paragraphs(2, &random)) It implements [](objective:\(o).\(sub)) with [](ms:\(leader)).[^1]

                ## Rationale

                \(paragraphs(3, &random)) \(Self.boilerplate)

                ::: limite
                \(paragraphs(1, &random)) \(Self.boilerplate)
                :::

                ## Activities and planning

                | Semester | Activity |
                | --- | --- |
                | 2026 S1 | \(sentence(&random)) |
                | 2026 S2 | \(sentence(&random)) [with the details]{.limite} |

                - linked to [](oap:\(oap)/2.2) and [](action:\(plan).\(max(1, a - 1)))
                - see [](doc:\(2000 + plan)/1/25 REV 1) and [](doc:4256/25)

                [^1]: \(sentence(&random))

                """)
                count += 1
            }
            if count < files {
                try put("content/reports/r\(plan).md", """
                ---
                kind: report
                title: Final report on action \(plan).1
                action: "\(plan).1"
                recommendations:
                  - {id: "1", text: "\(sentence(&random))", by: CCWP, how: Project group, when: "2027"}
                ---

                \(paragraphs(6, &random))

                """)
                count += 1
            }
            if count < files {
                // Every other note is LIMITE and left out of the public edition; all share the
                // boilerplate of the public text.
                let withheld = plan % 2 == 0 ? "classification: limite\n" : ""
                try put("content/notes/n\(plan).md", "---\nkind: note\nsubject: Note \(plan)\nnumber: \(5000 + plan)/25\n\(withheld)---\n\n\(paragraphs(5, &random)) \(Self.boilerplate) See [](report:r\(plan)).\n")
                count += 1
            }
        }
        return written
    }

    /// A sentence that public text and LIMITE parts both carry, as real drafts do (the old
    /// word-matching leak scan raised false alarms on such text).
    static let boilerplate = "The leading Member State will report to the working party on the results of the action, in close cooperation with Europol and OLAF."

    static func roman(_ n: Int) -> String { ["i", "ii", "iii", "iv", "v"][n - 1] }

    static let words = ["customs", "authorities", "cooperation", "risk", "analysis", "operation", "joint", "border",
                        "Member", "States", "Europol", "information", "exchange", "threat", "assessment", "cash",
                        "drugs", "containers", "postal", "parcels", "controls", "seizures", "report", "action",
                        "plan", "implementation", "working", "party", "law", "enforcement", "*customs*", "**risk**"]

    func sentence(_ random: inout SeededRandom) -> String {
        let n = Int.random(in: 8...20, using: &random)
        let words = (0..<n).map { _ in Self.words[Int.random(in: 0..<Self.words.count, using: &random)] }
        return words.joined(separator: " ").capitalizedFirst + "."
    }

    func paragraphs(_ n: Int, _ random: inout SeededRandom) -> String {
        (0..<n).map { _ in (0..<Int.random(in: 3...6, using: &random)).map { _ in sentence(&random) }.joined(separator: " ") }
            .joined(separator: "\n\n")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
