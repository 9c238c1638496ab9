"""The importer's entry point: read files, build meetings, resolve names, validate, then write.

Nothing is written until every record has been built and read back without errors; each file is then
replaced atomically (temp file + os.replace), so a failed import leaves the archive as it was.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import Problem, Problems
from ..records import read_record
from ..yamlfile import YamlError, dump, load
from . import assemble, merge, output
from .extract import ExtractError, extract_text
from .lines import read_lines

MANIFEST = ".import.yml"
REGISTRIES = {"people.yml": "person", "organisations.yml": "organisation", "bodies.yml": "body"}


@dataclass
class ImportReport:
    meetings_created: list[str] = field(default_factory=list)
    meetings_updated: list[str] = field(default_factory=list)
    meetings_unchanged: list[str] = field(default_factory=list)
    items: int = 0
    people: int = 0
    organisations: int = 0
    warnings: list[Problem] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.warnings if p.severity == "error"]

    @property
    def failed(self) -> bool:
        """True when the import refused to write (an error); warnings alone do not fail it."""
        return bool(self.errors)

    def summary(self) -> str:
        lines = [
            f"meetings: {len(self.meetings_created)} created, {len(self.meetings_updated)} updated, "
            f"{len(self.meetings_unchanged)} unchanged",
            f"items: {self.items}; people: {self.people}; organisations: {self.organisations}",
        ]
        if self.merges:
            lines.append(f"merges and uncertain matches ({len(self.merges)}), confirm or undo in the registries:")
            lines.extend(f"  {m}" for m in self.merges)
        if self.warnings:
            lines.append(f"problems ({len(self.warnings)}):")
            lines.extend(f"  {p}" for p in sorted(self.warnings))
        if self.errors:
            lines.append("nothing was written.")
        return "\n".join(lines)


def display_path(path: Path, root: Path) -> str:
    """A source path relative to the project root, as records cite it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def plain(value: object) -> object:
    """YAML read with line numbers, as plain dicts and lists that can be written back."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def _read_yaml(path: Path, problems: Problems) -> object:
    if not path.exists():
        return None
    try:
        return plain(load(path.read_text(encoding="utf-8")))
    except (YamlError, UnicodeDecodeError, OSError) as error:
        problems.add(path, getattr(error, "line", 0), "bad-registry", f"cannot read: {error}")
        return None


def gather(files: list[tuple[Path, str]], problems: Problems,
           progress: Callable[[int, int, str], None] | None) -> assemble.Gathered:
    """Stages 1-5 for every file: lines, parts, items, blocks, meeting drafts."""
    gathered = assemble.Gathered()
    for done, (path, shown) in enumerate(files):
        if progress:
            progress(done, len(files), shown)
        try:
            extracted = extract_text(path)
        except ExtractError as error:
            problems.add(shown, 0, error.code, error.message)
            continue
        for code, message in extracted.warnings:
            problems.add(shown, 0, code, message, "warning")
        text = extracted.text
        try:
            assemble.read_file(read_lines(shown, text)[0], gathered)
        except Exception as error:  # noqa: BLE001 - a bug must not cost the user the other files' problems
            problems.add(shown, 0, "import-failed", f"the importer failed on this file ({type(error).__name__}: "
                         f"{error}); nothing was written - please report it with the file")
    if progress:
        progress(len(files), len(files), "")
    for file, line, code, message in gathered.warnings:
        problems.add(file, line, code, message, "warning")
    return gathered


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def run_import(files: list[Path], content_dir: Path, progress: Callable[[int, int, str], None] | None = None,
               force: bool = False, root: Path | None = None) -> ImportReport:
    """Import `files` (and every file imported before into `content_dir`) into meeting records.

    Read everything, merge meetings, resolve names, lay out every file, validate, check for hand edits -
    and only then write. Never raises for a user's mistake: problems are in the report."""
    content_dir = Path(content_dir)
    root = root or content_dir.resolve().parent  # the project root, where content/ and sources/ live
    problems = Problems()
    report = ImportReport()
    manifest = _read_yaml(content_dir / MANIFEST, problems)
    manifest = manifest if isinstance(manifest, dict) else {}
    sources = _sources(files, manifest, content_dir, root, problems)

    gathered = gather([(p, shown) for shown, p in sources], problems, progress)
    reported = len(gathered.warnings)
    meetings = merge.merge(gathered)
    for file, line, code, message in gathered.warnings[reported:]:  # found while linking reports
        problems.add(file, line, code, message, "warning")

    names = _names(meetings, content_dir, problems)
    texts = _texts(meetings, names, content_dir, report)
    _validate(texts, content_dir, problems)
    _check_hand_edits(texts, manifest, content_dir, force, problems)
    texts[MANIFEST] = dump({"sources": [shown for shown, _ in sources],
                            "records": {r: _hash(t) for r, t in sorted(texts.items()) if r.startswith("meetings/")}})
    report.warnings = list(problems.items)
    if not problems.errors:
        _write(texts, content_dir, report)
    return report


def _sources(files: list[Path], manifest: dict, content_dir: Path, root: Path,
             problems: Problems) -> list[tuple[str, Path]]:
    """(shown path, path) of the files to read: those asked for, and those imported before."""
    earlier = []
    for name in manifest.get("sources", []) or []:
        if (root / name).exists():
            earlier.append(root / name)
        else:
            problems.add(content_dir / MANIFEST, 0, "source-gone",
                         f"'{name}' was imported before but is gone; records built from it are re-built without it",
                         "warning")
    chosen = {display_path(Path(f), root): Path(f) for f in [*earlier, *files]}
    return sorted(chosen.items())


def _names(meetings: list, content_dir: Path, problems: Problems) -> output.Names:
    """Resolvers seeded with the registries on disk, then shown every name once so ids are settled."""
    names = output.Names()
    resolvers = {"person": names.people, "organisation": names.organisations, "body": names.bodies}
    for filename, kind in REGISTRIES.items():
        entries = _read_yaml(content_dir / filename, problems)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and entry.get("id") and entry.get("name"):
                resolvers[kind].add_known(entry)
    for meeting in meetings:  # first pass: every name seen, so merges and canonical spellings are settled
        output.record(meeting, names)
    names.settle()
    return names


def _texts(meetings: list, names: output.Names, content_dir: Path, report: ImportReport) -> dict[str, str]:
    """Every file to write, by path relative to the content folder."""
    texts: dict[str, str] = {}
    for meeting in meetings:
        body, stem, text = output.record(meeting, names)
        relative, n = f"meetings/{body}/{stem}.md", 1
        while relative in texts:  # a second meeting of the body that day (meetings are in start order)
            n += 1
            relative = f"meetings/{body}/{stem}-{n}.md"
        texts[relative] = text
        report.items += len(meeting.items)
    resolvers = {"person": names.people, "organisation": names.organisations, "body": names.bodies}
    for filename, kind in REGISTRIES.items():
        texts[filename] = dump(output.registry_entries(resolvers[kind], kind))
    report.people = sum(1 for e in names.people.entries.values() if e.variants)
    report.organisations = sum(1 for e in names.organisations.entries.values() if e.variants)
    report.merges = names.merges
    if not (content_dir / "topics.yml").exists():
        texts["topics.yml"] = "[]\n"
    if not (content_dir / "archive.yml").exists():
        texts["archive.yml"] = dump({"name": "Meetings archive", "authority": "Unknown authority"})
    return texts


def _check_hand_edits(texts: dict[str, str], manifest: dict, content_dir: Path, force: bool,
                      problems: Problems) -> None:
    """A record on disk that differs from what the importer last wrote there is refused, unless forced."""
    recorded = manifest.get("records", {}) if isinstance(manifest.get("records"), dict) else {}
    for relative, text in texts.items():
        target = content_dir / relative
        if force or not relative.startswith("meetings/") or not target.exists():
            continue
        current = target.read_text(encoding="utf-8")
        if current != text and recorded.get(relative) != _hash(current):
            what = ("this record was changed after the last import" if relative in recorded
                    else "this record was not written by the importer")
            problems.add(target, 1, "edited-by-hand",
                         f"{what}; importing would overwrite it. Move the change into the registries or sources, "
                         "or import with --force")


def _write(texts: dict[str, str], content_dir: Path, report: ImportReport) -> None:
    for relative, text in sorted(texts.items()):
        target = content_dir / relative
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if relative.startswith("meetings/"):
            bucket = (report.meetings_created if old is None else
                      report.meetings_unchanged if old == text else report.meetings_updated)
            bucket.append(relative)
        if old != text:
            _write_atomic(target, text)
            report.written.append(relative)


def _validate(texts: dict[str, str], content_dir: Path, problems: Problems) -> None:
    """Read every record back through the archive's own reader before anything is written."""
    with tempfile.TemporaryDirectory() as staging:
        for relative, text in texts.items():
            if not relative.startswith("meetings/"):
                continue
            path = Path(staging) / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            found = Problems()
            read_record(path, found)
            for problem in found.items:
                if problem.severity == "error":
                    problems.add(content_dir / relative, problem.line, "invalid-record",
                                 f"importer produced an invalid record: {problem.message}")
