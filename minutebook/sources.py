"""Original documents: the source texts records were imported from, published beside the pages.

A record names its sources relative to the archive folder's parent, the project (`sources/harrow/…txt`,
as `build.py import` records them). A source is published only when it is a regular file inside the
archive folder itself or inside the sources folder (`sources/` beside the archive, or the folder named
by `sources_folder:` in archive.yml, which must lie inside the project): never a file elsewhere in the
project or the user's home folder, never a hidden file, never through a link that leads out.

A source is published as what it is, never as active content on the archive's origin: PDFs, plain text
and office documents keep their name (browsers show or download them); anything else that is text
(`.html`, `.svg`, `.md`, `.xml`, …) is published with `.txt` added, so it is served as text/plain and
its words are still there to read; anything else is not published (check warns).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .files import SOURCE_LIMIT, RefusedError, inside, read_bytes
from .model import Archive, Origin

AS_IS = frozenset({".pdf", ".txt", ".csv", ".doc", ".docx", ".odt", ".ods", ".rtf", ".xls", ".xlsx"})


@dataclass(frozen=True)
class SourceFolders:
    """Where record source paths start (`root`) and the folders a published source may come from."""

    root: Path
    allowed: tuple[Path, ...]

    @classmethod
    def of(cls, content: Path, sources_folder: str = "sources") -> SourceFolders:
        content = content.resolve()
        root = content.parent
        folders = [content]
        chosen = (root / sources_folder).resolve()
        if chosen != root and chosen.is_relative_to(root):
            folders.append(chosen)
        return cls(root, tuple(folders))


@dataclass
class Published:
    files: dict[str, bytes] = field(default_factory=dict)  # site path -> content
    paths: dict[str, str] = field(default_factory=dict)  # the name a record gives -> its site path
    problems: list[tuple[Origin, str, str, str]] = field(default_factory=list)  # origin, code, message, severity


def referenced(archive: Archive) -> dict[str, Origin]:
    """Every source file the records name, with where it is first named."""
    found: dict[str, Origin] = {}
    for meeting in archive.meetings:
        for source in meeting.sources:
            found.setdefault(source.file, meeting.at("sources"))
        for item in meeting.items:
            if item.source:
                found.setdefault(item.source.file, item.origin)
    return found


def site_path(name: str) -> str:
    return name if PurePosixPath(name).suffix.lower() in AS_IS else f"{name}.txt"


def published_sources(archive: Archive, folders: SourceFolders | None) -> Published:
    """Every referenced source that may be published, and a problem for every one that may not."""
    result = Published()
    if folders is None:
        return result
    for name, origin in sorted(referenced(archive).items()):
        path = folders.root / name
        hidden = any(part.startswith(".") for part in PurePosixPath(name).parts)
        if not hidden and not path.exists() and not path.is_symlink():
            continue  # a description ("hand-written sample") or a document not kept with the archive
        if hidden or not inside(path, folders.allowed):
            where = " or ".join(str(f) for f in folders.allowed)
            result.problems.append((origin, "source-outside-archive",
                                    f"source '{name}' is not inside {where}; it is not published", "error"))
            continue
        try:
            data = read_bytes(path, SOURCE_LIMIT, folders.allowed)
        except RefusedError as reason:
            result.problems.append((origin, "source-unreadable", f"source '{name}' {reason}", "error"))
            continue
        target = site_path(name)
        if target != name:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                result.problems.append((origin, "source-not-published",
                                        f"source '{name}' is neither PDF, text nor an office document; "
                                        "it is not published", "warning"))
                continue
        result.files[target] = data
        result.paths[name] = target
    return result
