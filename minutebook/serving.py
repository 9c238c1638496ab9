"""`build.py serve`: serve the built site, watch the archive, rebuild after an edit, reload the browser.

The site folder is only ever replaced whole (`sitefolder.swap`), so a failed rebuild (a broken
record) leaves the last good pages served. Live reload exists only in what this server sends: each
HTML page it serves gets a small script that asks `/.minutebook/build` for the build's id and
reloads the page when the id changes; the files on disk, and so anything published, never carry it.
The watcher is watchdog's (MkDocs's own dependency): inotify on Linux, never a polling loop of ours.
"""

from __future__ import annotations

import errno
import functools
import http.server
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

BUILD_ID_PATH = "/.minutebook/build"
QUIET = 0.3  # seconds without a further change before rebuilding: an editor's save is several events
IGNORED_SUFFIXES = ("~", ".swp", ".swx", ".tmp", ".part")  # editors' and downloaders' scratch files
RELOAD_SCRIPT = """<script>/* build.py serve only: reload when the site is rebuilt */
(function(){var id=%s;function poll(){fetch(%s,{cache:"no-store"}).then(function(r){return r.text()})
.then(function(t){if(t!==id){location.reload()}else{setTimeout(poll,500)}},function(){setTimeout(poll,2000)})}
setTimeout(poll,500)})();</script>"""


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as GitHub Pages does: any missing address gets the site's 404 page."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().send_error(code, message, explain)


class LiveSiteHandler(SiteHandler):
    """SiteHandler plus live reload: the build id at BUILD_ID_PATH, the reload script in every HTML page,
    and nothing cached by the browser (a reload must show the new build)."""

    build_id: Callable[[], str] = staticmethod(lambda: "0")

    def log_message(self, format, *args):  # the terminal is for builds and problems, not every request
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self):
        if self.path.split("?", 1)[0] == BUILD_ID_PATH:
            self._send(200, "text/plain; charset=utf-8", self.build_id().encode())
            return
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        if target.suffix == ".html" and target.is_file() and self.path.split("?", 1)[0].endswith(("/", ".html")):
            try:
                page = target.read_bytes()
            except OSError:  # swapped away between the check and the read: the next request finds it
                super().do_GET()
                return
            self._send(200, "text/html; charset=utf-8", with_reload_script(page, self.build_id()))
            return
        super().do_GET()

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            self._send(404, "text/html; charset=utf-8", with_reload_script(page.read_bytes(), self.build_id()))
        else:
            super().send_error(code, message, explain)

    def _send(self, code: int, kind: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def with_reload_script(page: bytes, build_id: str) -> bytes:
    """The page with the reload script before its closing </body> (at its end if it has none)."""
    script = (RELOAD_SCRIPT % (_js(build_id), _js(BUILD_ID_PATH))).encode()
    at = page.rfind(b"</body>")
    return page + script if at < 0 else page[:at] + script + page[at:]


def _js(text: str) -> str:
    return '"' + "".join(c if c.isalnum() or c in "/._-" else f"\\u{ord(c):04x}" for c in text) + '"'


class ListenError(Exception):
    """The port cannot be listened on; the message says how to choose another."""


class Server(http.server.ThreadingHTTPServer):
    """The standard threading server, quiet when a reader's browser leaves before its answer is sent (a page
    reloaded or closed while polling for the build id): that is no error of the server's, and it printed a
    traceback in the terminal."""

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - socketserver's signature
        if isinstance(sys.exc_info()[1], ConnectionError):  # BrokenPipeError, ConnectionResetError, ...
            return
        super().handle_error(request, client_address)


def listen(host: str, port: int, site_dir: Path, build_id: Callable[[], str] | None) -> http.server.ThreadingHTTPServer:
    """A server bound to host:port (before anything is built, so a port in use is said at once); live
    reload when `build_id` is given."""
    base = SiteHandler if build_id is None else type("Live", (LiveSiteHandler,), {"build_id": staticmethod(build_id)})
    handler = functools.partial(base, directory=str(site_dir))
    try:
        return Server((host, port), handler)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            reason = f"port {port} is in use"
        elif error.errno == errno.EACCES:
            reason = f"port {port} needs administrator rights"
        else:
            reason = f"cannot listen on {host}:{port} ({error.strerror})"
        other = port + 1 if 0 < port < 65535 else 8001
        raise ListenError(f"{reason}; choose another with `make serve PORT={other}` or "
                        f"`python build.py serve --port {other}`") from None


class Changes(FileSystemEventHandler):
    """Collects changed paths from watchdog's thread; `wait` hands them over once the edits pause."""

    def __init__(self, ignored: Iterable[Path] = (), only: Iterable[Path] = ()):
        self.ignored = [p.resolve() for p in ignored]
        self.only = {p.resolve() for p in only}  # in watched folders that are not watched whole (mkdocs.yml)
        self.paths: set[Path] = set()
        self.changed = threading.Event()
        self.lock = threading.Lock()
        self.seen: dict[Path, tuple[int, int]] = {}  # file -> (mtime, size) last seen

    def remember(self, folder: Path) -> None:
        """Note every file's state now: reading a record later (the build does) changes its access time,
        which inotify reports as a modification; only a new modification time or size counts."""
        for path in folder.rglob("*"):
            self.changed_state(path)

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write") or (event.is_directory and event.event_type == "modified"):
            return  # a folder is "modified" whenever a file in it is: the file's own event says which
        if event.event_type in ("modified", "closed") and not self.changed_state(Path(str(event.src_path))):
            return  # the access time or permissions changed, not the content
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            if raw and self.wanted(Path(raw if isinstance(raw, str) else raw.decode())):
                with self.lock:
                    self.paths.add(Path(raw if isinstance(raw, str) else raw.decode()))
                self.changed.set()

    def changed_state(self, path: Path) -> bool:
        try:
            stat = path.stat()
        except OSError:
            return True
        if not path.is_file():
            return False
        with self.lock:
            before, self.seen[path] = self.seen.get(path), (stat.st_mtime_ns, stat.st_size)
        return before != (stat.st_mtime_ns, stat.st_size)

    def wanted(self, path: Path) -> bool:
        if path.name.startswith((".#", "#")) or path.name.endswith(IGNORED_SUFFIXES):
            return False
        if path.name.startswith(".") and path.suffix not in (".md", ".yml", ".yaml"):
            return False
        path = path.resolve()
        if any(path == p or path.is_relative_to(p) for p in self.ignored):
            return False
        return not self.only or path in self.only or not any(path.parent == p.parent for p in self.only)

    def wait(self, timeout: float) -> set[Path]:
        """The paths changed, once no change has come for QUIET seconds; empty after `timeout`."""
        if not self.changed.wait(timeout):
            return set()
        while True:
            self.changed.clear()
            if not self.changed.wait(QUIET):
                break
        with self.lock:
            paths, self.paths = self.paths, set()
        return paths


def watch(folders: Iterable[Path], files: Iterable[Path], ignored: Iterable[Path]) -> tuple[Observer, Changes]:
    """Start watching `folders` (recursively) and `files` (one by one); changes under `ignored` do not count."""
    files = [f.resolve() for f in files if f.exists()]
    changes = Changes(ignored, only=files)
    observer = Observer()
    for folder in {f.resolve() for f in folders if f.is_dir()}:
        changes.remember(folder)
        observer.schedule(changes, str(folder), recursive=True)
    for file in files:
        changes.changed_state(file)
    for parent in {f.parent for f in files}:
        observer.schedule(changes, str(parent), recursive=False)
    observer.daemon = True
    observer.start()
    return observer, changes


def serve_forever(server: http.server.ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


def stamp() -> str:
    """A new build id."""
    return f"{time.time_ns():x}"
