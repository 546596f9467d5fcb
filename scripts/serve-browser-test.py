#!/usr/bin/env python3
"""Drives headless Chromium against `councildoc serve`, as a drafter would use it.

A new project (`councildoc init`) is served on a free loopback port; Chromium, driven over
the DevTools protocol (through --remote-debugging-pipe, so nothing but the standard
library is needed), opens an action's page; the test then
  1. edits the action and sees the open page reload with the change (the figure printed is
     the time from the save to the new text on screen);
  2. breaks the action's front matter and sees the diagnostics laid over the last good page;
  3. fixes it and sees the page again, without the overlay;
  4. opens the side-by-side page and sees both editions, the LIMITE text on the LIMITE side
     only, and the public side following the LIMITE side's scrolling.
Usage: serve-browser-test.py COUNCILDOC_EXECUTABLE OUTPUT_FOLDER
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

councildoc, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
work = tempfile.mkdtemp(prefix="councildoc-serve-test-")
project = os.path.join(work, "project")
subprocess.run([councildoc, "init", project], check=True, stdout=subprocess.DEVNULL)
# The starter plan is a LIMITE draft without a release date, left out of the public edition;
# the side-by-side check (4.) needs it published: give it a date that has passed, as a drafter would.
plan = os.path.join(project, "content/plans/1/plan.md")
with open(plan, encoding="utf-8") as f:
    text = f.read()
if "# public-release: YYYY-MM-DD" not in text:
    print("FAIL: the starter plan has no commented public-release line")
    sys.exit(1)
with open(plan, "w", encoding="utf-8") as f:
    f.write(text.replace("# public-release: YYYY-MM-DD", "public-release: 2000-01-01", 1))
failures = []


def fail(message):
    print("FAIL: " + message)
    failures.append(message)


# The server, on a port the system chooses.
server = subprocess.Popen([councildoc, "serve", "--port", "0"], cwd=project,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
port = None
deadline = time.time() + 120
while time.time() < deadline and port is None:
    line = server.stdout.readline()
    found = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
    if found:
        port = int(found.group(1))
if port is None:
    print("FAIL: the server did not start")
    server.kill()
    sys.exit(1)
base = f"http://127.0.0.1:{port}"


class Browser:
    """Chromium with the DevTools protocol on file descriptors 3 (commands) and 4 (replies)."""

    def __init__(self):
        commands_read, self.commands = os.pipe()
        self.replies, replies_write = os.pipe()

        def descriptors():
            # Through high numbers first: either pipe end may itself be 3 or 4.
            os.dup2(commands_read, 200)
            os.dup2(replies_write, 201)
            os.dup2(200, 3)
            os.dup2(201, 4)
            os.close(200)
            os.close(201)

        self.process = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--remote-debugging-pipe", "--window-size=900,500", f"--user-data-dir={work}/profile", "about:blank"],
            close_fds=False, preexec_fn=descriptors,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(commands_read)
        os.close(replies_write)
        self.buffer = b""
        self.next_id = 0
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def call(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.replies, 65536)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, self.session)
        return result.get("result", {}).get("value")

    def open(self, url):
        self.call("Page.navigate", {"url": url}, self.session)

    def wait(self, expression, timeout=30.0):
        """Polls a JavaScript expression until it is true; the seconds it took, or None."""
        start = time.time()
        while time.time() - start < timeout:
            try:
                if self.evaluate(expression):
                    return time.time() - start
            except RuntimeError:
                pass  # the page is between two documents
            time.sleep(0.01)
        return None

    def screenshot(self, path):
        import base64
        data = self.call("Page.captureScreenshot", {"format": "png"}, self.session)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        self.process.kill()
        self.process.wait()


browser = Browser()
action = os.path.join(project, "content/plans/1/actions/1.1.md")
original = open(action, encoding="utf-8").read()
text = "document.body && document.body.innerText"
try:
    browser.open(f"{base}/limite/plans/1/1.1.html")
    if browser.wait(f"({text} || '').includes('Detection of tobacco smuggling') && !!document.getElementById('councildoc-preview-bar')") is None:
        fail("the action's page did not open with the preview bar")
    browser.evaluate("window.__stillTheSamePage = true")

    # 1. A save reloads the open page with the change.
    saved = time.time()
    with open(action, "w", encoding="utf-8") as f:
        f.write(original.replace("Detection of tobacco smuggling", "Detection of cigarette smuggling"))
    took = browser.wait(f"!window.__stillTheSamePage && ({text} || '').includes('Detection of cigarette smuggling')")
    if took is None:
        fail("the page did not reload with the edit")
    else:
        print(f"edit-to-reload: {int((time.time() - saved) * 1000)} ms from the save to the new text on screen")
    browser.screenshot(os.path.join(out, "serve-1-reloaded.png"))

    # 2. A broken source: the diagnostics over the last good page.
    with open(action, "w", encoding="utf-8") as f:
        f.write(original.replace("title: Detection", "titel: Detection"))
    overlay = "document.getElementById('councildoc-overlay')"
    if browser.wait(f"!!{overlay} && {overlay}.innerText.includes('content/plans/1/actions/1.1.md:') && {overlay}.innerText.includes('error:')") is None:
        fail("no diagnostics overlay after a failed build")
    if not browser.evaluate(f"({text} || '').includes('Detection of cigarette smuggling')"):
        fail("the last good page is not under the overlay")
    browser.screenshot(os.path.join(out, "serve-2-failed.png"))

    # 3. The fix: the page again, no overlay.
    with open(action, "w", encoding="utf-8") as f:
        f.write(original)
    if browser.wait(f"!{overlay} && ({text} || '').includes('Detection of tobacco smuggling')") is None:
        fail("the page did not come back after the fix")
    browser.screenshot(os.path.join(out, "serve-3-fixed.png"))

    # 4. Side by side: both editions, the LIMITE text on one side only, scrolling together.
    browser.open(f"{base}/_councildoc/compare/plans/1/index.html")
    frames = "document.querySelectorAll('iframe')"
    limite = f"{frames}[0].contentDocument"
    public = f"{frames}[1].contentDocument"
    ready = (f"{limite} && {public} && {limite}.body && {public}.body && "
             f"{limite}.body.innerText.includes('presidency@example.invalid') && {public}.body.innerText.includes('(DELETED)')")
    if browser.wait(ready) is None:
        fail("the side-by-side page does not show both editions")
    elif browser.evaluate(f"{public}.body.innerText.includes('presidency@example.invalid')"):
        fail("the public side shows LIMITE text")
    browser.evaluate(f"{frames}[0].contentWindow.scrollTo(0, 400)")
    if browser.wait(f"{frames}[1].contentWindow.scrollY > 0", timeout=5) is None:
        fail("the public side does not follow the LIMITE side's scrolling")
    browser.screenshot(os.path.join(out, "serve-4-side-by-side.png"))
finally:
    with open(action, "w", encoding="utf-8") as f:
        f.write(original)
    browser.close()
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        fail("the server did not stop on SIGTERM")
    shutil.rmtree(work, ignore_errors=True)

if failures:
    print(f"serve browser test: {len(failures)} failure(s)")
    sys.exit(1)
print("serve browser test: passed")
