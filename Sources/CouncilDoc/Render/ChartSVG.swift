/// Bar charts as inline SVG with a text alternative: a title and description inside the
/// SVG, and the same data as a table in the figure, for readers who cannot see the bars.
enum ChartSVG {
    /// The figure of a chart, captioned "Chart n. Title" as Council reports number them;
    /// `id` makes its title and description ids unique on the page.
    static func figure(_ chart: Chart, id: String, number: Int) -> String {
        // Room for the longest label (about 6.3 px a character at 11 px), so none is clipped.
        let longest = chart.bars.map(\.label.count).max() ?? 0
        let barHeight = 22, gap = 6, labelWidth = max(260, Int((Double(longest) * 6.3).rounded(.up)) + 12)
        let plotWidth = 320, valueWidth = 70
        let width = labelWidth + plotWidth + valueWidth
        let height = chart.bars.count * (barHeight + gap) + gap
        let maximum = chart.unit == "%" ? 100 : max(chart.bars.map(\.value).max() ?? 1, 1)
        var svg = "<figure class=\"chart\">\n"
        svg += "<figcaption>Chart \(number). \(HTMLEscaping.text(chart.title))</figcaption>\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
        // The text's font set on the drawing itself, which a PDF engine honours where a
        // stylesheet's font for SVG text may not reach it (labels sized for 11 px).
        svg += "width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
        svg += "font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"11\">\n"
        svg += "<title id=\"\(id)-title\">\(HTMLEscaping.text(chart.title))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(HTMLEscaping.text(description(chart)))</desc>\n"
        for (index, bar) in chart.bars.enumerated() {
            let y = gap + index * (barHeight + gap)
            let length = Int((bar.value / maximum * Double(plotWidth)).rounded())
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\">\(HTMLEscaping.text(bar.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(max(length, 1))\" height=\"\(barHeight)\" class=\"bar\" fill=\"#1b3f8b\"/>"
            svg += "<text x=\"\(labelWidth + max(length, 1) + 6)\" y=\"\(y + 16)\">\(value(bar.value, chart.unit))</text>\n"
        }
        svg += "</svg>\n"
        svg += HTMLWriter.render([.table(table(chart))], options: .site)
            .replacingOccurrences(of: "<table>", with: "<table class=\"chart-data\">")
        svg += "</figure>\n"
        return svg
    }

    /// The chart's data as a table.
    static func table(_ chart: Chart) -> MarkdownTable {
        MarkdownTable(alignments: [.none, .right], header: [[.text("")], [.text(chart.unit)]],
                      rows: chart.bars.map { [[.text($0.label)], [.text(number($0.value))]] })
    }

    /// "Member States: 43 %; international organisations: 51 %."
    static func description(_ chart: Chart) -> String {
        chart.bars.map { "\($0.label): \(value($0.value, chart.unit))" }.joined(separator: "; ") + "."
    }

    static func value(_ v: Double, _ unit: String) -> String {
        unit == "%" ? "\(number(v)) %" : number(v)
    }

    /// 43 → "43", 12.5 → "12.5".
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
