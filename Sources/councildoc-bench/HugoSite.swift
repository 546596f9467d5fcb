import Foundation

/// The same Markdown files as a Hugo site: each body with a minimal front matter (Hugo
/// reserves some of councildoc's keys) and layouts that render the content.
enum HugoSite {
    static func write(bodies: [URL], projectContent: URL, to site: URL) throws {
        try? FileManager.default.removeItem(at: site)
        let manager = FileManager.default
        try manager.createDirectory(at: site.appendingPathComponent("layouts/_default"), withIntermediateDirectories: true)
        try "baseURL = 'https://example.invalid/'\ntitle = 'bench'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n[markup.goldmark.renderer]\nunsafe = true\n"
            .write(to: site.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n"
            .write(to: site.appendingPathComponent("layouts/_default/single.html"), atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><body>{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</body></html>\n"
            .write(to: site.appendingPathComponent("layouts/_default/list.html"), atomically: true, encoding: .utf8)
        let base = projectContent.path
        for body in bodies {
            var text = try String(contentsOf: body, encoding: .utf8)
            if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex) {
                text = String(text[end.upperBound...])
            }
            let relative = String(body.path.dropFirst(base.count + 1))
            let target = site.appendingPathComponent("content").appendingPathComponent(relative)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try ("---\ntitle: \"\(relative)\"\n---\n" + text).write(to: target, atomically: false, encoding: .utf8)
        }
    }
}
