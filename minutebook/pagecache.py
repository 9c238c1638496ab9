"""What one `build.py serve` session keeps between builds, keyed by a hash of the inputs: rendered pages,
and each meeting's linked text (`Stash`, used by `links.link_archive`).

A generated page's HTML is a function of its path, its Markdown and the renderer (its settings and its
code): the key hashes all of them, so an unchanged page is read back instead of rendered again. The
cache also remembers which key each page had in the build now served (its manifest); an adapter may
then reuse that build's finished page for a page whose key has not changed, when nothing around the
pages (navigation, theme, configuration: its `frame`) has changed either. Entries are written
atomically, from any worker process; a build's manifest counts only once the build is swapped in
(`promote`), and entries no page uses any more are removed then (linked texts: those the build did not use).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
import time
import zlib
from dataclasses import replace
from pathlib import Path

from .pages import Page
from .render import Rendered, Renderer

CODE = ("render.py", "safety.py", "pagecache.py", "pages/markup.py")  # the renderer's code is part of every key


class Stash:
    """Values by key, one compressed pickle a file, written atomically from any process. A value read is
    touched, so that `promote` can tell the entries a build used from those it did not."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def get(self, key: str) -> object | None:
        path = self.folder / key
        try:
            value = pickle.loads(zlib.decompress(path.read_bytes()))
            os.utime(path)
            return value
        except (OSError, zlib.error, pickle.UnpicklingError, EOFError):
            return None

    def put(self, key: str, value: object) -> None:
        _write_atomic(self.folder / key, zlib.compress(pickle.dumps(value, pickle.HIGHEST_PROTOCOL), 1))


class PageCache:
    def __init__(self, folder: Path, settings: str):
        self.folder = folder
        self.pages = folder / "pages"
        self.pages.mkdir(parents=True, exist_ok=True)
        self.links = Stash(folder / "links")
        self.started = time.time()
        code = b"".join((Path(__file__).parent / name).read_bytes() for name in CODE)
        self.salt = hashlib.sha256(code + settings.encode()).hexdigest()

    def key(self, path: str, markdown: str) -> str:
        return hashlib.sha256(f"{self.salt}\0{path}\0{markdown}".encode()).hexdigest()

    def render(self, page: Page, renderer: Renderer) -> Rendered:
        """The page rendered, from the cache when its inputs are unchanged; its `key` set."""
        markdown = page.markdown
        key = self.key(page.path, markdown)
        try:
            return pickle.loads(zlib.decompress((self.pages / key).read_bytes()))
        except (OSError, zlib.error, pickle.UnpicklingError, EOFError):
            pass
        rendered = replace(renderer.render(Page(page.path, markdown, page.in_nav)), key=key)
        _write_atomic(self.pages / key, zlib.compress(pickle.dumps(rendered, pickle.HIGHEST_PROTOCOL), 1))
        return rendered

    # The manifest: {"frame": ..., "pages": {path: key}} of the build being made ("next") and of the one served.
    def served(self) -> dict:
        try:
            return json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"frame": None, "pages": {}}

    def record(self, frame: str, pages: dict[str, str], counts: dict[str, int]) -> None:
        """The build now finishing: its frame, each page's key, and how many pages were rendered or reused."""
        text = json.dumps({"frame": frame, "pages": pages, "counts": counts, "started": self.started})
        _write_atomic(self.folder / "next-manifest.json", text.encode())


def promote(folder: Path) -> dict[str, int]:
    """The build just swapped in becomes the served one; entries no page of it uses are removed.
    Returns its counts (pages rendered, reused), or {} when it recorded none."""
    manifest = folder / "next-manifest.json"
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    os.replace(manifest, folder / "manifest.json")
    used = set(data["pages"].values())
    for entry in (folder / "pages").iterdir():
        if entry.name not in used:
            entry.unlink(missing_ok=True)
    for entry in (folder / "links").iterdir():
        if entry.stat().st_mtime < data["started"] - 1:  # neither read nor written by this build
            entry.unlink(missing_ok=True)
    return data.get("counts", {})


def update_served(folder: Path, pages: dict[str, str]) -> None:
    """Pages written into the served site one by one (`build.py serve`'s edits): their keys join the served
    build's, so the next build reuses them as it would its own, and never reuses a page that has changed."""
    if not pages:
        return
    try:
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    data["pages"].update(pages)
    _write_atomic(folder / "manifest.json", json.dumps(data).encode())


def discard(folder: Path) -> None:
    """A failed build's manifest: the served build stays the one to compare with."""
    (folder / "next-manifest.json").unlink(missing_ok=True)


def _write_atomic(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
