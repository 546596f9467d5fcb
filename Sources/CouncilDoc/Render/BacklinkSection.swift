/// "What refers to this": a target page's backlinks, grouped by how they relate.
enum BacklinkSection {
    /// The heading of each role, seen from the target.
    static func heading(_ role: Backlink.Role) -> String {
        switch role {
        case .leads: "Leads"
        case .coLeads: "Co-leads"
        case .participates: "Participates in"
        case .implements: "Implemented by"
        case .linksTo: "Referred to by"
        case .continues: "Continued by"
        case .reportsOn: "Reported on by"
        }
    }

    /// The blocks listing the backlinks of `target`; empty when nothing points at it.
    static func blocks(for target: TargetID, in linked: LinkedCorpus, level: Int = 2) -> [Block] {
        let backlinks = linked.backlinks[target] ?? []
        guard !backlinks.isEmpty else { return [] }
        var blocks: [Block] = [Generated.heading(level, "References to this page")]
        for role in Backlink.Role.allCases {
            let sources = TargetID.sorted(Set(backlinks.filter { $0.role == role }.map(\.source)))
            guard !sources.isEmpty else { continue }
            blocks.append(Generated.paragraph([.strong([.text(heading(role))])]))
            blocks.append(Generated.bullets(sources.map { [Generated.reference($0.description)] }))
        }
        return blocks
    }
}
