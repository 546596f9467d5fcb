import Foundation
import Testing
import Yams
@testable import CouncilDoc

/// The built-in registers against the reference facts they were made from
/// (Fixtures/registers, copied from shared/registers).
@Suite struct RegisterTests {
    @Test func presidenciesMatchTheReferenceRegister() throws {
        let yaml = try Fixtures.text("registers/presidencies.yml")
        let root = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let rows = try #require(root["presidencies"] as? [[String: Any]])
        #expect(rows.count == 40)
        for row in rows {
            let text = try #require(row["semester"] as? String)
            let semester = try #require(Semester(text))
            #expect(PresidencyRegister.builtIn.presidency(semester) == row["code"] as? String, "\(semester)")
        }
        #expect(PresidencyRegister.builtIn.presidency(Semester("2031-S1")!) == nil)
    }

    @Test func memberStatesMatchTheReferenceRegister() throws {
        let yaml = try Fixtures.text("registers/member-state-codes.yml")
        let root = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let rows = try #require(root["member_states"] as? [[String: Any]])
        let register = MemberStateRegister.builtIn
        #expect(register.current.count == 27)
        for row in rows {
            let code = try #require(row["code"] as? String)
            let ms = try #require(register.memberState(code))
            #expect(ms.order == row["order"] as? Int)
            #expect(ms.name == row["name"] as? String)
        }
        #expect(register.memberState("GR") == nil)
        #expect(register.memberState("UK")?.memberUntil == CouncilDate("2020-01-31"))
    }

    @Test func participantsAreMemberStatesOrBodies() {
        let r = Registers.builtIn
        #expect(r.participant("EL") == .memberState(r.memberStates.memberState("EL")!))
        #expect(r.participant("europol")?.description == "Europol")
        #expect(r.participant("COM")?.description == "Commission")
        #expect(r.participant("XX") == nil)
    }
}
