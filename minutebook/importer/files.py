"""Which files an import reads: folders walked recursively, hidden files and the archive itself skipped,
and every file no reader handles named - never silently left out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import Problems
from .extract import READERS

SUFFIXES = tuple(suffix for suffixes, _ in READERS for suffix in suffixes)  # a reader of their own each


@dataclass
class Found:
    """The files to import, in a stable order, and the files of the folders that no reader handles."""

    files: list[Path] = field(default_factory=list)
    unsupported: list[Path] = field(default_factory=list)


def supported(path: Path) -> bool:
    """In a folder, only the kinds of file a reader is for; a file named explicitly may be any kind (the
    catch-all reader looks at its first bytes, and refuses it clearly, `unsupported`, if it cannot)."""
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
    """The files named, and the files of the folders named that a reader is for.

    A missing path is an error; a file found in a folder that no reader is for is listed in `unsupported`
    (the summary names it)."""
    archive = Path(content_dir).resolve()
    result = Found()
    for path in map(Path, paths):
        if path.is_dir():
            for file in _walk(path, archive):
                (result.files if supported(file) else result.unsupported).append(file)
        elif not path.exists():
            problems.add(path, 0, "unreadable", "no such file or folder")
        else:
            result.files.append(path)
    return result
