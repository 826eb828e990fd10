"""A small driver for a real headless Chromium over the DevTools protocol on a pipe.

Chromium started with `--remote-debugging-pipe` reads protocol messages on fd 3 and writes
them on fd 4, each a JSON text ended by a NUL byte, so no WebSocket library is needed.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    return next((p for p in map(shutil.which, CANDIDATES) if p), None)


@dataclass
class PageLoad:
    url: str
    errors: list[str] = field(default_factory=list)  # console errors, exceptions, failed loads
    values: dict[str, object] = field(default_factory=dict)  # expression -> its value


def _above(fd: int, low: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, low)
    os.close(fd)
    return moved


class Chromium:
    def __init__(self, exe: str, timeout: float = 60.0, log=subprocess.DEVNULL) -> None:
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="ofsted-chromium-")
        to_child, self._write = os.pipe()
        self._read, from_child = os.pipe()
        # Numbers above 4, so that moving them onto 3 and 4 in the child never meets itself.
        to_child, from_child = (_above(fd, 10) for fd in (to_child, from_child))

        def wire() -> None:  # in the child: the protocol's fds 3 and 4
            os.dup2(to_child, 3)
            os.dup2(from_child, 4)

        self.proc = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--no-first-run", "--no-default-browser-check",
             "--disable-extensions", f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
            close_fds=False, preexec_fn=wire)
        os.close(to_child)
        os.close(from_child)
        self._buf = b""
        self._next_id = 0
        self._events: list[dict] = []

    # -- protocol -----------------------------------------------------------------------
    def _send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        self._next_id += 1
        msg = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._write, json.dumps(msg).encode() + b"\0")
        return self._next_id

    def _receive(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._read], [], [], left)[0]:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self._read, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        wanted = self._send(method, params, session)
        deadline = time.monotonic() + self.timeout
        while True:
            msg = self._receive(deadline)
            if msg.get("id") == wanted:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._events.append(msg)

    def _wait_event(self, name: str, session: str) -> None:
        deadline = time.monotonic() + self.timeout
        while not any(e.get("method") == name and e.get("sessionId") == session
                      for e in self._events):
            self._events.append(self._receive(deadline))

    # -- pages --------------------------------------------------------------------------
    def load(self, url: str, expressions: tuple[str, ...] = ()) -> PageLoad:
        """Open `url` in a fresh tab, wait for its load event, evaluate the expressions."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=session)
        self._events = []
        self.call("Page.navigate", {"url": url}, session=session)
        self._wait_event("Page.loadEventFired", session)
        result = PageLoad(url)
        for expr in expressions:
            answer = self.call("Runtime.evaluate", {"expression": expr, "returnByValue": True},
                               session=session)
            if "exceptionDetails" in answer:
                result.errors.append(f"evaluating {expr}: {answer['exceptionDetails']}")
            result.values[expr] = answer.get("result", {}).get("value")
        # Errors already reported by now, including those that scripts threw at load.
        for e in self._events:
            if e.get("sessionId") != session:
                continue
            p = e.get("params", {})
            if e.get("method") == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                result.errors.append(d.get("exception", {}).get("description") or d.get("text"))
            elif e.get("method") == "Runtime.consoleAPICalled" and p.get("type") in (
                    "error", "assert"):
                result.errors.append(" ".join(str(a.get("value", a.get("description")))
                                              for a in p.get("args", [])))
            elif e.get("method") == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                entry = p["entry"]
                result.errors.append(f"{entry.get('text')} {entry.get('url', '')}".strip())
        self.call("Target.closeTarget", {"targetId": target})
        return result

    def screenshot(self, url: str, width: int, height: int, script: str = "") -> bytes:
        """A PNG of the page's viewport after load and after running `script`."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable", session=session)
        self.call("Emulation.setDeviceMetricsOverride", {"width": width, "height": height,
                  "deviceScaleFactor": 1, "mobile": False}, session=session)
        self._events = []
        self.call("Page.navigate", {"url": url}, session=session)
        self._wait_event("Page.loadEventFired", session)
        if script:
            self.call("Runtime.evaluate", {"expression": script}, session=session)
        time.sleep(0.5)  # let the page paint what the script changed
        png = self.call("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
        self.call("Target.closeTarget", {"targetId": target})
        return base64.b64decode(png)

    def close(self) -> None:
        try:
            self._send("Browser.close")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        finally:
            os.close(self._write)
            os.close(self._read)
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
