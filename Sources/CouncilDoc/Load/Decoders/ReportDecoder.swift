/// Decodes `kind: report`.
enum ReportDecoder {
    static func decode(_ f: YAMLFields, _ context: DecodeContext, log: inout DiagnosticLog) -> Report? {
        let metadata = MetadataDecoder.decode(f, defaultLanguage: context.language)
        let title = f.string("title", required: true)
        let action = f.parsed("action", expected: "an action id such as \"13.4\"", ActionID.init)
        var recommendations: [Report.Recommendation] = []
        for item in f.sequence("recommendations") {
            let r = f.nested(item, of: "recommendations", what: "a recommendation")
            let id = r.string("id", required: true) ?? ""
            let text = r.located("text", required: true)
            let rec = Report.Recommendation(
                id: id, text: text.map { context.markdown($0.value, at: $0.location, log: &log) } ?? .empty,
                by: r.string("by") ?? "", how: r.string("how") ?? "", when: r.string("when") ?? "")
            r.finish()
            f.absorb(r)
            recommendations.append(rec)
        }
        var roadmap: Report.Roadmap?
        if let node = f.node("roadmap") {
            let r = f.nested(node, of: "roadmap", what: "field 'roadmap'")
            roadmap = Report.Roadmap(title: r.string("roadmap-title"), actionNumber: r.string("action-number"),
                                     actionTitle: r.string("action-title"), groupLeader: r.string("group-leader"))
            r.finish()
            f.absorb(r)
        }
        var outcomes: Report.Outcomes?
        if let node = f.node("outcomes") {
            let o = f.nested(node, of: "outcomes", what: "field 'outcomes'")
            var seizures: [Report.Seizure] = []
            for item in o.sequence("seizures") {
                let s = o.nested(item, of: "seizures", what: "a seizure")
                let seizure = Report.Seizure(what: s.string("what", required: true) ?? "",
                                             amount: s.number("amount") ?? 0, unit: s.string("unit", required: true) ?? "")
                s.finish()
                o.absorb(s)
                seizures.append(seizure)
            }
            outcomes = Report.Outcomes(arrests: o.number("arrests").map { Int($0) }, seizures: seizures,
                                       cases: o.number("cases").map { Int($0) }, others: o.strings("others"),
                                       examples: o.strings("examples"))
            o.finish()
            f.absorb(o)
        }
        var charts: [Report.Chart] = []
        for item in f.sequence("questionnaire") {
            let c = f.nested(item, of: "questionnaire", what: "a questionnaire chart")
            let chartID = c.located("id")
            let chartTitle = c.string("title", required: true) ?? ""
            let unit = c.choice("unit", default: Report.Chart.Unit.count) ?? .count
            var data: [Report.Chart.Datum] = []
            for d in c.sequence("data", required: true) {
                let dd = c.nested(d, of: "data", what: "a data point")
                let datum = Report.Chart.Datum(label: dd.string("label", required: true) ?? "",
                                               value: dd.number("value") ?? 0)
                dd.finish()
                c.absorb(dd)
                data.append(datum)
            }
            c.finish()
            f.absorb(c)
            charts.append(Report.Chart(id: chartID, title: chartTitle, unit: unit, data: data))
        }
        f.finish()
        log.merge(f.log)
        let source = context.source(metadata, log: &log)
        GeneratedPlacement.checkCharts(charts, in: source, log: &log)
        guard let title else { return nil }
        var report = Report(key: context.stem, title: title, action: action, recommendations: recommendations,
                      outcomes: outcomes, questionnaire: charts, source: source)
        report.roadmap = roadmap
        return report
    }
}
