/// What the preview adds to every HTML page it serves (never to the files of the output):
/// a script that listens for builds, reloads the page when one succeeds (keeping the scroll
/// position), lays the diagnostics over the last good page when one fails, and shows a small
/// bar to switch edition or see both side by side.
enum LiveReload {
    /// The script for a page of `edition` at `path`, served after build `generation`.
    static func script(generation: Int, edition: String?, path: String) -> String {
        let other = edition == "limite" ? "public" : "limite"
        let bar = edition.map { edition in
            """
            if (window.top === window) {
              var bar = document.createElement('div');
              bar.id = 'councildoc-preview-bar';
              bar.style.cssText = 'position:fixed;right:.5em;bottom:.5em;z-index:2147483646;background:#1f3b73;color:#fff;padding:.3em .6em;font:12px sans-serif;border-radius:3px';
              bar.innerHTML = 'preview: \(edition.uppercased()) · <a style="color:#fff" href="/\(other)/\(path)">\(other.uppercased())</a> · <a style="color:#fff" href="/_councildoc/compare/\(path)">side by side</a>';
              document.body.appendChild(bar);
            }
            """
        } ?? ""
        return """
        <script id="councildoc-live-reload">
        (function () {
          var generation = \(generation);
          var key = 'councildoc-scroll:' + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.addEventListener('load', function () { window.scrollTo(0, +saved); }); }
          \(bar)
          function overlay(status) {
            var o = document.getElementById('councildoc-overlay');
            if (!o) {
              o = document.createElement('div');
              o.id = 'councildoc-overlay';
              o.setAttribute('role', 'alert');
              o.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(255,255,255,.97);color:#111;padding:2em;font:14px/1.4 monospace';
              document.body.appendChild(o);
            }
            o.innerHTML = '<h2 style="color:#a00;font-family:sans-serif">The build failed: ' + status.errors + ' error(s). Below is the last good page; fix the sources and it reloads.</h2>';
            var pre = document.createElement('pre');
            pre.id = 'councildoc-diagnostics';
            pre.style.whiteSpace = 'pre-wrap';
            pre.textContent = status.diagnostics;
            o.appendChild(pre);
          }
          var events = new EventSource('/_councildoc/events');
          events.addEventListener('build', function (event) {
            var status = JSON.parse(event.data);
            if (!status.ok) { overlay(status); return; }
            var o = document.getElementById('councildoc-overlay');
            if (o) o.remove();
            if (status.generation !== generation) {
              sessionStorage.setItem(key, String(window.scrollY));
              events.close();
              location.reload();
            }
          });
        })();
        </script>
        """
    }

    /// `html` with the script before its closing body tag (or at its end).
    static func inject(_ script: String, into html: String) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script)
    }
}
