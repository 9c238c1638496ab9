"""Original documents: the source texts records were imported from, published beside the pages.

A record names its sources relative to the archive's project folder (`sources/harrow/…txt`). Only
files inside that folder, with plain path characters, are ever read: a record cannot make the build
copy `/etc/passwd` or `../../secret` into a public site.
"""

from __future__ import annotations

import re
from pathlib import Path

from .model import Archive

SAFE_PATH = re.compile(r"^(?!/)(?!.*(?:^|/)\.\.?(?:/|$))[A-Za-z0-9_./ -]+$")


def referenced(archive: Archive) -> list[str]:
    files = {s.file for m in archive.meetings for s in m.sources}
    files |= {i.source.file for m in archive.meetings for i in m.items if i.source}
    return sorted(files)


def published_sources(archive: Archive, root: Path | None) -> dict[str, bytes]:
    """Site path -> content for every referenced source file that exists under `root`."""
    if root is None:
        return {}
    root = root.resolve()
    found: dict[str, bytes] = {}
    for name in referenced(archive):
        if not SAFE_PATH.match(name):
            continue
        path = (root / name).resolve()
        if path.is_file() and path.is_relative_to(root):
            found[name] = path.read_bytes()
    return found
