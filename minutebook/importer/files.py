"""Which files an import reads: folders walked recursively, hidden files and the archive itself skipped,
and every file no reader handles named - never silently left out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import Problems

SUFFIXES = (".pdf", ".txt", ".md", ".html", ".htm", ".docx")  # what text extraction reads


@dataclass
class Found:
    """The files to import, in a stable order, and the files of the folders that no reader handles."""

    files: list[Path] = field(default_factory=list)
    unsupported: list[Path] = field(default_factory=list)


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _walk(folder: Path, archive: Path) -> list[Path]:
    """Every visible file under `folder`, sorted; hidden folders and the archive folder are not entered."""
    found = []
    for top, folders, names in os.walk(folder):
        here = Path(top)
        folders[:] = sorted(d for d in folders if not d.startswith(".") and not _inside((here / d).resolve(), archive))
        found += [here / name for name in sorted(names) if not name.startswith(".")]
    return found


def find_files(paths: list[Path], content_dir: Path, problems: Problems) -> Found:
    """The files named, and the importable files of the folders named.

    A missing path or a file named explicitly that no reader handles is an error; an unhandled file found
    in a folder is listed in `unsupported` (the summary names it)."""
    archive = Path(content_dir).resolve()
    result = Found()
    for path in map(Path, paths):
        if path.is_dir():
            for file in _walk(path, archive):
                (result.files if supported(file) else result.unsupported).append(file)
        elif not path.exists():
            problems.add(path, 0, "unreadable", "no such file or folder")
        elif not supported(path):
            problems.add(path, 0, "unsupported-file",
                         f"cannot import '{path.suffix or path.name}' files: no reader handles them "
                         f"(supported: {', '.join(SUFFIXES)})")
        else:
            result.files.append(path)
    return result
