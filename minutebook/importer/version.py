"""The importer's version: a checksum of its own source code, so a cached reading of a file is reused only
by the importer that made it. Any change to a parsing rule invalidates the cache; no number to forget to bump.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
# The importer and the domain modules its stages call (dates, ids): everything a file's reading depends on.
SOURCES = sorted(PACKAGE.glob("importer/*.py")) + [PACKAGE / "dates.py", PACKAGE / "registry.py"]


def _version() -> str:
    digest = hashlib.sha256()
    for path in SOURCES:
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


VERSION = _version()
