"""Loading a whole archive folder: registries and records, with every problem collected."""

from __future__ import annotations

from pathlib import Path

from . import fields as f
from . import ledger
from .model import Archive
from .problems import Problems
from .records import read_record
from .registry import REGISTRIES, read_registry, read_yaml_file
from .sources import SourceFolders, published_sources
from .validate import validate

ARCHIVE_SCHEMA: f.Schema = {"name": (f.text, False), "authority": (f.text, False),
                            "sources_folder": (f.text, False)}


def load_archive(content: Path) -> tuple[Archive, Problems]:
    """Read and validate everything under `content`; the caller decides whether problems are fatal."""
    problems = Problems()
    if not content.is_dir():
        problems.add(str(content), 0, "no-archive", "no such archive folder")
        return Archive(name="", authority=""), problems
    settings = read_yaml_file(content / "archive.yml", problems) or {}
    info = f.convert(settings, ARCHIVE_SCHEMA, problems, problems.display(content / "archive.yml"), 1, "archive") or {}
    registries = {r.key: read_registry(content, r, problems) for r in REGISTRIES}
    meetings = []
    for path in sorted((content / "meetings").glob("**/*.md")):
        meeting = read_record(path, problems)
        if meeting is not None:
            meetings.append(meeting)
    authority = info.get("authority") or ""
    archive = Archive(
        name=info.get("name") or (f"{authority} meetings archive" if authority else "Meetings archive"),
        authority=authority,
        **registries,
        meetings=tuple(sorted(meetings, key=lambda m: m.sort_key)),
        sources_folder=info.get("sources_folder") or "sources",
    )
    validate(archive, problems)
    ledger.check(ledger.read(content, problems), archive, problems)
    for origin, code, message, severity in published_sources(archive, SourceFolders.of(content,
                                                                                        archive.sources_folder)).problems:
        problems.add(origin.path, origin.line, code, message, severity)
    return archive, problems
