"""Reading and writing the archive's files: only regular files inside the archive are read, never more
than a size limit; a file is replaced whole or not at all.

An archive folder is edited by people and tools: it can hold a FIFO (reading it waits forever), a
symbolic link to /dev/zero (reading it never ends) or to a file in someone's home folder, an editor's
lock link (`.#2020-01-02.md`), a folder named like a record. Every read goes through `read_bytes`,
which opens without blocking, checks what was opened (not what the name pointed at a moment before)
and reads at most `limit` bytes, so none of these can hang, exhaust memory or leak a file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .problems import Problems

RECORD_LIMIT = 5 * 1024 * 1024  # a record or registry; the largest real minutes are ~200 KB
SOURCE_LIMIT = 100 * 1024 * 1024  # a published source document (a scanned agenda pack can be large)
RECORD_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")  # lower-cased; only '.md' is read


class RefusedError(Exception):
    """A file that is not read, and why, in words for the person who put it there."""


def inside(path: Path, folders: tuple[Path, ...]) -> bool:
    """Whether `path`, with every symbolic link resolved, lies in one of `folders` (resolved)."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return False
    return any(real == f or real.is_relative_to(f) for f in folders)


def read_bytes(path: Path, limit: int, folders: tuple[Path, ...]) -> bytes:
    """The bytes of a regular file inside `folders`; `RefusedError` for anything else."""
    if not inside(path, folders):
        raise RefusedError("is a link to something outside the archive, or cannot be opened; copy the file in instead")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise RefusedError(f"cannot be opened ({error.strerror})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a device, pipe or socket)"
            raise RefusedError(f"is {kind}; only regular files are read")
        if info.st_size > limit:
            raise RefusedError(f"is {info.st_size // 1024 // 1024} MB; the limit is {limit // 1024 // 1024} MB")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise RefusedError(f"is larger than the limit of {limit // 1024 // 1024} MB")
        return data
    except OSError as error:
        raise RefusedError(f"cannot be read ({error.strerror})") from None
    finally:
        os.close(fd)


def walk(folder: Path, root: Path) -> Iterator[tuple[Path, str | None]]:
    """Every entry under `folder`, depth first in name order: (path, None) for a file to consider, or
    (path, reason) for one that cannot be. Hidden entries (a leading '.') are editors' and tools' files
    and are skipped; a link is followed only to a folder inside `root`, and each real folder once."""
    seen: set[Path] = set()

    def visit(current: Path) -> Iterator[tuple[Path, str | None]]:
        real = current.resolve()
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as error:
            yield current, f"cannot be listed ({error.strerror})"
            return
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if entry.is_symlink() and not inside(path, (root,)):
                yield path, "is a link to something outside the archive (or a broken link); copy it in instead"
            elif is_dir:
                yield from visit(path)
            else:
                yield path, None

    yield from visit(folder)


def read_text(path: Path, problems: Problems, within: tuple[Path, ...] = (), limit: int = RECORD_LIMIT) -> str | None:
    """A record's or registry's text (UTF-8, a BOM dropped, CRLF as LF), or None with the reason in
    `problems`. `within`: the folders the file must really be in (the archive); empty for anywhere."""
    shown = problems.display(path)
    try:
        data = read_bytes(path, limit, within or (Path(path.resolve().anchor),))
    except RefusedError as reason:
        problems.add(shown, 1, "unreadable-file", f"not read: it {reason}")
        return None
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        problems.add(shown, line, "not-utf8", f"not UTF-8 text ({error.reason} at byte {error.start})")
        return None


def umask() -> int:
    """The process's file-creation mask (reading it means setting it, so it is set back at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` whole: a killed process leaves the old file or the new one, never half.

    The file gets the mode a plain write would (0666 less the umask), not the 0600 of a temporary file:
    records and the ledger are committed and published, and read by other users and tools."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temp, 0o666 & ~umask())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
