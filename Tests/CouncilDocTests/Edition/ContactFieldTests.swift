import Foundation
import Testing
import Yams
@testable import CouncilDoc

/// The `contact` field is LIMITE by definition: the public sources do not hold it, and the
/// lines around it keep their bytes and numbers, in the public sources and in the proof's
/// swapped ones alike.
@Suite struct ContactFieldTests {
    static func publicText(_ files: [String: String], _ path: String) throws -> String {
        let tree = InMemorySourceTree(files)
        let (sources, problems) = PublicSources.redacting(tree)
        #expect(problems.isEmpty)
        return String(decoding: try sources.read(path), as: UTF8.self)
    }

    @Test func thePublicSourcesHoldNoContactAndKeepEveryOtherLine() throws {
        let files = Sources.minimal()
        let original = files["content/plans/13/actions/13.1.md"]!
        let cut = try Self.publicText(files, "content/plans/13/actions/13.1.md")
        #expect(!cut.contains("contact"))
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = cut.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        for (a, b) in zip(before, after) where !a.hasPrefix("contact:") { #expect(a == b) }
    }

    @Test func aContactOverSeveralLinesGoesWhole() throws {
        let yaml = "kind: action\ncontact: >\n  first line\n  second line\n# a comment\nstatus: agreed"
        let removed = try #require(ContactField.replaced(in: yaml, path: "a.md", firstLine: 2, filling: .nothing))
        #expect(removed == "kind: action\n\n\n\n\nstatus: agreed")
        let last = try #require(ContactField.replaced(in: "kind: action\ncontact: |\n  a\n  b", path: "a.md", firstLine: 2, filling: .nothing))
        #expect(last == "kind: action\n\n\n")
    }

    @Test func aContactInAFlowMappingIsWrittenOutAgainWithout() throws {
        let removed = try #require(ContactField.replaced(in: "{kind: action, contact: x@y.invalid, status: agreed}", path: "a.md", firstLine: 2, filling: .nothing))
        #expect(!removed.contains("x@y.invalid"))
        let node = try #require(try Yams.compose(yaml: removed))
        #expect(node["kind"]?.string == "action")
        #expect(node["status"]?.string == "agreed")
        #expect(node["contact"] == nil)
    }

    @Test func noContactNoChange() {
        #expect(ContactField.replaced(in: "kind: action\nstatus: agreed", path: "a.md", firstLine: 2, filling: .nothing) == nil)
        #expect(ContactField.replaced(in: "kind: action\ntitle: the contact point", path: "a.md", firstLine: 2, filling: .nothing) == nil)
    }

    /// A document whose only LIMITE content is its contact reads the same in the public
    /// sources and in the redacted swapped sources, so the proof's load takes it decoded.
    @Test func aContactOnlyDocumentHasTheSamePublicAndSwappedBytes() throws {
        let tree = InMemorySourceTree(Sources.minimal())
        let swapped = CanarySources.swap(tree, writer: CanaryWriter(), asOf: BuildDate.endOfTime)
        let path = "content/plans/13/actions/13.1.md"
        #expect(try swapped.read(path) != tree.read(path), "the swap should change the contact")
        let real = PublicSources.redacting(tree).sources, fromSwapped = PublicSources.redacting(swapped).sources
        #expect(try real.read(path) == fromSwapped.read(path))
    }
}

extension ContactFieldTests {
    /// Cut by lines, the YAML keeps its number of lines; written out again, it ends as it
    /// did, so that the front matter around it is rebuilt the same way.
    @Test func theYAMLKeepsItsLinesOrItsEnding() throws {
        for yaml in ["kind: action\ncontact: x", "kind: action\ncontact: x\n", "contact: x\nkind: action"] {
            let removed = try #require(ContactField.replaced(in: yaml, path: "a.md", firstLine: 2, filling: .nothing))
            #expect(removed.split(separator: "\n", omittingEmptySubsequences: false).count
                    == yaml.split(separator: "\n", omittingEmptySubsequences: false).count, "\(yaml.debugDescription) → \(removed.debugDescription)")
        }
        for yaml in ["{kind: action, contact: x}", "{kind: action, contact: x}\n"] {
            let removed = try #require(ContactField.replaced(in: yaml, path: "a.md", firstLine: 2, filling: .nothing))
            #expect(removed.hasSuffix("\n") == yaml.hasSuffix("\n"), "\(yaml.debugDescription) → \(removed.debugDescription)")
        }
    }
}
