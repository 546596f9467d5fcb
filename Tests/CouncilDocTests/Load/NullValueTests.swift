import Testing
@testable import CouncilDoc

/// YAML's null (`~`, `null`) is an empty value, as an empty field is: the field readers ask
/// the resolved tag, not the tag as written (none).
@Suite struct NullValueTests {
    @Test(arguments: ["~", "null", ""]) func aNullLeaderIsNoLeader(value: String) {
        let action = Sources.action("13.2").replacingOccurrences(of: "status: agreed\nleader: FR", with: "status: proposed\nleader: \(value)")
            .replacingOccurrences(of: "participants: [DE, Europol]", with: "participants: \(value)")
        #expect(Diagnose.ids(Sources.minimal(extra: ["content/plans/13/actions/13.2.md": action])) == [])
    }
}
