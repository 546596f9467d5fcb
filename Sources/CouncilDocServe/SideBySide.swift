import CouncilDoc

/// The page that shows the LIMITE and PUBLIC versions of one page side by side, scrolling
/// together, so that a reviewer sees exactly what the public will read.
enum SideBySide {
    /// The page for the output page at `path` (relative to an edition); `printed` holds the
    /// editions whose PDF of the page's document is linked (`serve --pdf`).
    static func page(path: String, printed: [Edition] = []) -> String {
        let encoded = PreviewPath.encoded(path)
        func pdf(_ edition: Edition) -> String {
            guard printed.contains(edition), let document = PreviewPath.printedDocument(of: path) else { return "" }
            return " <a href=\"/\(edition.rawValue)/\(PreviewPath.encoded(document))\" target=\"_blank\" style=\"color:#fff\">PDF</a>"
        }
        return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LIMITE and PUBLIC: \(encoded)</title>
        <style>
        html,body{margin:0;height:100%;font:14px sans-serif}
        header{display:flex;height:2em}
        header div{flex:1;padding:.3em .6em;color:#fff}
        #limite-label{background:#8a1c1c}#public-label{background:#1f3b73}
        main{display:flex;height:calc(100% - 2em)}
        iframe{flex:1;border:0;border-right:1px solid #999;height:100%}
        </style></head><body>
        <header><div id="limite-label">LIMITE edition: \(encoded)\(pdf(.limite))</div><div id="public-label">PUBLIC edition: what the public reads\(pdf(.public))</div></header>
        <main><iframe id="limite" src="/limite/\(encoded)" title="LIMITE edition"></iframe><iframe id="public" src="/public/\(encoded)" title="PUBLIC edition"></iframe></main>
        <script>
        (function () {
          var frames = [document.getElementById('limite'), document.getElementById('public')];
          var following = false;
          function follow(from, to) {
            if (following) { following = false; return; }
            try {
              var a = from.contentWindow, b = to.contentWindow;
              var range = a.document.documentElement.scrollHeight - a.innerHeight;
              var ratio = range > 0 ? a.scrollY / range : 0;
              following = true;
              b.scrollTo(0, ratio * (b.document.documentElement.scrollHeight - b.innerHeight));
            } catch (e) {}
          }
          frames.forEach(function (frame, i) {
            frame.addEventListener('load', function () {
              frame.contentWindow.addEventListener('scroll', function () { follow(frame, frames[1 - i]); });
            });
          });
        })();
        </script>
        </body></html>
        """
    }
}
