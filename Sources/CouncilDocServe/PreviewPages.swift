import CouncilDoc
import Foundation
import Hummingbird

/// The responses of the preview server: the editions' files (HTML pages with the live-reload
/// script), a home page, the side-by-side page, the build status and the stream of builds.
struct PreviewPages: Sendable {
    /// The output folder (with `limite/` and `public/`).
    let output: URL
    let broadcast: BuildBroadcast
    /// Whether documents are printed to PDF after each build (`serve --pdf`).
    var printing = false

    /// The response to a GET of `rawPath` (percent-encoded, as requested).
    func respond(to rawPath: String) -> Response {
        guard let path = rawPath.removingPercentEncoding, !path.contains("\0") else { return notFound(nil) }
        if path == "/" || path.isEmpty { return html(home(), edition: nil, page: nil) }
        if path == "/_councildoc/events" { return events() }
        if path == "/_councildoc/status" {
            return Response(status: .ok, headers: headers("application/json"), body: body(broadcast.status?.json ?? "null"))
        }
        if path.hasPrefix("/_councildoc/compare/") {
            let page = String(path.dropFirst("/_councildoc/compare/".count))
            guard let safe = PreviewPath.relative(page) else { return notFound(nil) }
            let shown = safe.isEmpty ? "index.html" : safe
            // A document's PDF is linked in the editions that print it.
            let printed = printing ? Edition.allCases.filter { edition in
                PreviewPath.printedSource(of: shown).map { exists(edition, $0) } ?? false
            } : []
            return html(SideBySide.page(path: shown, printed: printed), edition: nil, page: nil, withScript: false)
        }
        let parts = path.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: true)
        guard let first = parts.first, let edition = Edition(rawValue: String(first)),
              let relative = PreviewPath.relative(parts.count > 1 ? String(parts[1]) : "") else { return notFound(nil) }
        let root = output.appendingPathComponent(edition.rawValue)
        var file = relative.isEmpty ? root : root.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            // A folder's page is its index.html, at the folder's URL with its final slash
            // (the page's relative links count from there).
            guard path.hasSuffix("/") else {
                return Response(status: .movedPermanently, headers: [.location: PreviewPath.encoded(path) + "/", .cacheControl: "no-store"])
            }
            file = file.appendingPathComponent("index.html")
        }
        let served = isDirectory.boolValue ? (relative.isEmpty ? "index.html" : relative + "/index.html") : relative
        guard let data = FileManager.default.contents(atPath: file.path) else {
            // A PDF whose printed source is there is being printed: this page reloads when it is.
            if printing, relative.hasSuffix(".pdf"), exists(edition, String(relative.dropLast(4)) + ".print.html") {
                return html("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Printing</title></head><body><h1>Printing</h1><p>The PDF of this document is being printed; this page shows it when it is ready.</p></body></html>",
                            edition: nil, page: nil, status: .notFound)
            }
            return notFound(edition)
        }
        let type = PreviewPath.contentType(of: file.lastPathComponent)
        if type.hasPrefix("text/html") {
            return html(String(decoding: data, as: UTF8.self), edition: edition.rawValue, page: served)
        }
        return Response(status: .ok, headers: headers(type), body: ResponseBody(byteBuffer: ByteBuffer(bytes: [UInt8](data))))
    }

    /// Whether the edition holds the file at `relative`.
    private func exists(_ edition: Edition, _ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(edition.rawValue).appendingPathComponent(relative).path)
    }

    private func headers(_ type: String) -> HTTPFields {
        [.contentType: type, .cacheControl: "no-store"]
    }

    private func body(_ text: String) -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(string: text))
    }

    /// An HTML page with the live-reload script.
    private func html(_ text: String, edition: String?, page: String?, withScript: Bool = true, status: HTTPResponse.Status = .ok) -> Response {
        let generation = broadcast.status?.generation ?? 0
        let text = withScript
            ? LiveReload.inject(LiveReload.script(generation: generation, edition: edition, path: page.map(PreviewPath.encoded) ?? ""), into: text)
            : text
        return Response(status: status, headers: headers("text/html; charset=utf-8"), body: body(text))
    }

    /// A page that is not there (yet): it reloads when a build writes it.
    private func notFound(_ edition: Edition?) -> Response {
        let note = edition == .public ? "<p>Not in the PUBLIC edition (a LIMITE document without a public release date is left out).</p>" : ""
        return html("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1>\(note)<p><a href=\"/\">Preview home</a></p></body></html>",
                    edition: nil, page: nil, status: .notFound)
    }

    /// The home page: both editions, and both side by side.
    private func home() -> String {
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>councildoc preview</title>
        <style>body{font:16px sans-serif;max-width:40em;margin:2em auto}li{margin:.4em 0}</style></head><body>
        <h1>councildoc preview</h1>
        <ul>
        <li><a href="/limite/">LIMITE edition</a></li>
        <li><a href="/public/">PUBLIC edition</a></li>
        <li><a href="/_councildoc/compare/index.html">Both side by side</a> (every page has a link to its side-by-side view)</li>
        </ul>
        <p>Served on this computer only. Pages reload when you save a source; when a build fails, its diagnostics are shown over the last good page.</p>
        </body></html>
        """
    }

    /// Server-sent events: `event: build` with the status of the latest build, then of each
    /// one to come.
    private func events() -> Response {
        let stream = broadcast.subscribe()
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                        body: ResponseBody { writer in
                            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                            for await status in stream {
                                try await writer.write(ByteBuffer(string: "event: build\ndata: \(status.json)\n\n"))
                            }
                            try await writer.finish(nil)
                        })
    }
}

/// Paths the preview takes from requests: relative, inside an edition, no `.` or `..`.
enum PreviewPath {
    /// `path` as a relative path inside an edition ("" for its root); nil when it would leave it.
    static func relative(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard part != "..", part != ".", !part.contains("\\") else { return nil }
            parts.append(part)
        }
        return parts.joined(separator: "/")
    }

    /// The printed source of a page's document (`plans/13/index.html` →
    /// `plans/13/index.print.html`), when the page is an HTML page.
    static func printedSource(of page: String) -> String? {
        guard page.hasSuffix(".html"), !page.hasSuffix(".print.html") else { return nil }
        return String(page.dropLast(5)) + ".print.html"
    }

    /// The PDF of a page's document (`plans/13/index.html` → `plans/13/index.pdf`).
    static func printedDocument(of page: String) -> String? {
        printedSource(of: page).map { String($0.dropLast(".print.html".count)) + ".pdf" }
    }

    /// A relative path percent-encoded for a URL in a script or an attribute: letters,
    /// digits, `-._~/` as they are, everything else encoded (quotes and brackets included).
    static func encoded(_ path: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The content type of an output file, by its extension. Markdown is shown as text.
    static func contentType(of name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "md", "txt": "text/plain; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "pdf": "application/pdf"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: "application/octet-stream"
        }
    }
}
