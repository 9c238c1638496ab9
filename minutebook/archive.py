"""Loading a whole archive folder: registries and records, with every problem collected."""

from __future__ import annotations

from pathlib import Path

from . import fields as f
from . import ledger
from .files import RECORD_SUFFIXES, walk
from .model import Archive, Meeting
from .parallel import fork_map
from .problems import Problems
from .records import read_record
from .registry import REGISTRIES, read_registry, read_yaml_file
from .sources import SourceFolders, published_sources
from .validate import validate

ARCHIVE_SCHEMA: f.Schema = {"name": (f.text, False), "authority": (f.text, False),
                            "sources_folder": (f.text, False)}


def load_archive(content: Path, allow_empty: bool = False) -> tuple[Archive, Problems]:
    """Read and validate everything under `content`; the caller decides whether problems are fatal.
    An archive without a single meeting is an error (an empty or mistyped `--content` would otherwise
    replace a published site with an empty one) unless `allow_empty` says it is meant."""
    problems = Problems()
    if not content.is_dir():
        problems.add(str(content), 0, "no-archive", "no such archive folder")
        return Archive(name="", authority=""), problems
    within = (content.resolve(),)
    settings = read_yaml_file(content / "archive.yml", problems, within) or {}
    info = f.convert(settings, ARCHIVE_SCHEMA, problems, problems.display(content / "archive.yml"), 1, "archive") or {}
    registries = {r.key: read_registry(content, r, problems) for r in REGISTRIES}
    meetings = []
    paths = list(record_files(content, problems))

    def read(index: int) -> tuple[Meeting | None, list]:
        found = Problems()
        return read_record(paths[index], found, within), found.items

    for meeting, found in fork_map(read, len(paths), batch=16):  # records are read on every core
        problems.items.extend(found)
        if meeting is not None:
            meetings.append(meeting)
    if not meetings and not allow_empty and not problems.errors:
        problems.add(problems.display(content / "meetings"), 0, "empty-archive",
                     "no meeting records (meetings/<body>/YYYY-MM-DD.md); is --content the right folder? "
                     "Use --allow-empty to build an empty archive on purpose")
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


def record_files(content: Path, problems: Problems) -> list[Path]:
    """Every record file under meetings/, in order; a file that looks like a record but cannot be one
    (a '.MD' or '.markdown' name, a record outside meetings/<body>/, a link out of the archive, a pipe,
    a device) is an error, never silently skipped. Hidden files (editors' lock files) are skipped."""
    folder = content / "meetings"
    if not folder.is_dir():
        return []
    found = []
    for path, reason in walk(folder, content.resolve()):
        shown = problems.display(path)
        if reason:
            problems.add(shown, 1, "unreadable-file", f"not read: it {reason}")
        elif path.suffix.lower() in RECORD_SUFFIXES and path.suffix != ".md":
            problems.add(shown, 1, "bad-file-name", f"a record's name ends in '.md' (lower case): rename it "
                                                   f"to {path.stem}.md")
        elif path.suffix != ".md":
            continue
        elif len(path.relative_to(folder).parts) != 2:
            problems.add(shown, 1, "bad-file-name", "a record lives in meetings/<body>/, one folder deep, "
                                                   "named YYYY-MM-DD.md")
        else:
            found.append(path)
    return found
