import Testing
@testable import CouncilDoc

@Suite struct CoverTests {
    func metadata() -> CouncilMetadata {
        var m = CouncilMetadata()
        m.number = Located(DocumentNumber("11809/1/25 REV 1")!, at: .startOf("x"))
        m.date = CouncilDate("2025-09-01")
        m.classification = .limite
        m.publicRelease = CouncilDate("2026-02-16")
        m.codes = ["ENFOCUSTOM 119", "EPPO"]
        m.type = "NOTE"
        m.from = "Presidency"
        m.to = "Delegations"
        m.previous = ["11259/25"]
        m.subject = "Draft 13th action plan"
        return m
    }

    @Test func theLimiteCoverCarriesTheMarking() throws {
        let cover = try #require(Cover.of(metadata(), edition: .limite))
        #expect(cover.placeAndDate == "Brussels, 1 September 2025")
        #expect(cover.language == "(OR. en)")
        #expect(cover.number == "11809/1/25")
        #expect(cover.numberSuffix == "REV 1")
        #expect(cover.marking == "LIMITE")
        #expect(cover.partialAccess == nil)
        #expect(cover.rows.map(\.label) == ["From", "To", "No. prev. doc.", "Subject"])
    }

    @Test func thePublicCoverSaysPartiallyAccessible() throws {
        let cover = try #require(Cover.of(metadata(), edition: .public))
        #expect(cover.marking == "LIMITE")
        #expect(cover.partialAccess == "DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (16.02.2026)")
    }

    @Test func aPublicDocumentHasNoMarking() throws {
        var m = metadata()
        m.classification = .public
        m.publicRelease = nil
        for edition in Edition.allCases {
            let cover = try #require(Cover.of(m, edition: edition))
            #expect(cover.marking == nil && cover.partialAccess == nil)
        }
    }

    @Test func theHTMLCoverThroughTheDefaultTemplate() throws {
        let templates = try TemplateSet.builtIn()
        var view = try #require(Cover.of(metadata(), edition: .limite)).view
        view["hasCodes"] = true
        view["hasRows"] = true
        let html = templates.render("cover", view)
        #expect(html.contains("<p class=\"place-date\">Brussels, 1 September 2025<br>(OR. en)</p>"))
        #expect(html.contains("<p class=\"number\">11809/1/25<br>REV 1</p>"))
        #expect(html.contains("<li>ENFOCUSTOM 119</li>"))
        #expect(html.contains("<tr><th scope=\"row\">No. prev. doc.:</th><td>11259/25</td></tr>"))
    }

    @Test func templatesFolderMatchesTheBuiltInDefaults() throws {
        for (name, text) in DefaultTemplates.files {
            let onDisk = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("templates/\(name)"), encoding: .utf8)
            #expect(onDisk == text + "\n", "templates/\(name) differs from the built-in default: run scripts/embed-templates.sh")
        }
    }
}
