"""The importer's entry point: read files, build meetings, resolve names, validate, then write.

Nothing is written until every record has been built and read back without errors; each file is then
replaced atomically (temp file + os.replace), so a failed import leaves the archive as it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..files import inside, write_text_atomic
from ..problems import Problem, Problems
from ..records import read_record
from ..yamlfile import YamlError, dump, load
from . import assemble, merge, naming, output
from .bodynames import archive_authority
from .cache import Cache
from .files import find_files
from .paging import Paging
from .parallel import run_jobs
from .worker import Job, Options, Result, checksum

Progress = Callable[[int, int, str], None]  # (files done, files in all, the file just read)

MANIFEST = ".import.yml"
REGISTRIES = {"people.yml": "person", "organisations.yml": "organisation", "bodies.yml": "body"}


@dataclass
class ImportReport:
    meetings_created: list[str] = field(default_factory=list)
    meetings_updated: list[str] = field(default_factory=list)
    meetings_unchanged: list[str] = field(default_factory=list)
    meetings_removed: list[str] = field(default_factory=list)  # written by an earlier import, no longer produced
    items: int = 0
    people: int = 0
    organisations: int = 0
    warnings: list[Problem] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    recognised: list[str] = field(default_factory=list)  # 'file:line: minutes of X, date: why it was read so'

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
            f"{len(self.meetings_unchanged)} unchanged"
            + (f", {len(self.meetings_removed)} removed" if self.meetings_removed else ""),
            f"items: {self.items}; people: {self.people}; organisations: {self.organisations}",
        ]
        if self.recognised:
            lines.append("how each document was read:")
            lines.extend(f"  {r}" for r in self.recognised)
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


def gather(jobs: list[Job], problems: Problems, progress: Progress | None, cache: Cache,
           workers: int | None = None, scheduler: str | None = None) -> tuple[assemble.Gathered, dict[str, Result]]:
    """Stages 1-5 for every file (lines, parts, items, blocks, meeting drafts), each file on its own: from
    the cache, else on the workers. Results are put back in file order, so the outcome is the same whatever
    order the workers finish in."""
    results: dict[str, Result] = {}
    todo = []
    for job in jobs:
        cached = cache.get(job)
        if cached is not None:
            results[job.shown] = cached
        else:
            todo.append(job)
    by_shown = {job.shown: job for job in jobs}

    def done(result: Result) -> None:
        results[result.shown] = result
        cache.put(by_shown[result.shown], result)  # at once: a killed import keeps what was read
        if progress:
            progress(len(results), len(jobs), result.shown)

    if progress:
        progress(len(results), len(jobs), "")
    run_jobs(todo, done, workers, scheduler)
    gathered = assemble.Gathered()
    for job in jobs:
        result = results[job.shown]
        for file, line, code, message, severity in result.problems:
            problems.add(file, line, code, message, severity)
        gathered.meetings += result.gathered.meetings
        gathered.reports += result.gathered.reports
        gathered.sequence += result.gathered.sequence
        gathered.warnings += result.gathered.warnings
        gathered.pages.update(result.gathered.pages)
    for file, line, code, message in gathered.warnings:
        problems.add(file, line, code, message, "warning")
    return gathered, results


def _jobs(sources: list[tuple[str, Path, Options]], problems: Problems) -> list[Job]:
    """One job per readable file, with the checksum the cache is keyed by."""
    jobs = []
    for shown, path, options in sources:
        try:
            data = path.read_bytes()
        except OSError as error:
            problems.add(shown, 0, "unreadable", f"cannot read: {error.strerror or error}")
            continue
        jobs.append(Job(shown, str(path), checksum(data), options))
    return jobs


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def run_import(paths: list[Path], content_dir: Path, progress: Progress | None = None, force: bool = False,
               root: Path | None = None, *, options: Options | None = None, workers: int | None = None,
               scheduler: str | None = None, cache: bool = True) -> ImportReport:
    """Import the files and folders in `paths` (and every file imported before into `content_dir`).

    Read every file (in parallel; from the cache when unchanged), merge meetings, resolve names, lay out
    every file, validate, check for hand edits - and only then write. `options` (OCR, and the body and
    date of files without a meeting heading) apply to the files named now and are remembered for them.
    Never raises for a user's mistake: problems are in the report."""
    content_dir = Path(content_dir)
    root = root or content_dir.resolve().parent  # the project root, where content/ and sources/ live
    options = options or Options()
    problems = Problems()
    report = ImportReport()
    found = find_files(paths, content_dir, problems)
    if problems.errors:  # a mistyped path: said at once, before reading thousands of files
        report.warnings = list(problems.items)
        return report
    for path in found.unsupported:
        problems.add(display_path(path, root), 0, "unsupported",
                     f"no reader handles '{path.suffix or path.name}' files: not imported", "warning")
    manifest = _read_yaml(content_dir / MANIFEST, problems)
    manifest = manifest if isinstance(manifest, dict) else {}
    sources = _sources(found.files, manifest, content_dir, root, options, problems)

    readings = Cache(content_dir, enabled=cache)
    gathered, results = gather(_jobs(sources, problems), problems, progress, readings, workers, scheduler)
    reported = len(gathered.warnings)
    meetings = merge.merge(gathered)
    for file, line, code, message in gathered.warnings[reported:]:  # found while linking reports
        problems.add(file, line, code, message, "warning")

    report.recognised = sorted(f"{file}:{line}: {why}" for m in meetings for file, line, why in m.recognised)
    names = _names(meetings, content_dir, problems)
    texts = _texts(meetings, names, content_dir, report, gathered.pages)
    _validate(texts, content_dir, problems)
    _check_hand_edits(texts, manifest, content_dir, force, problems)
    stale = _stale(texts, manifest, content_dir, force, problems)
    texts[MANIFEST] = _manifest(sources, results, texts)
    report.warnings = list(problems.items)
    if not problems.errors:
        _write(texts, content_dir, report)
        _remove(stale, content_dir, report)
        readings.prune()
    return report


def _manifest(sources: list[tuple[str, Path, Options]], results: dict[str, Result], texts: dict[str, str]) -> str:
    """The files imported, the options that changed how a file was read, and a checksum of every record."""
    manifest: dict[str, object] = {"sources": [shown for shown, _, _ in sources]}
    used = {shown: {k: str(v) if k == "date" else v for k, v in sorted(results[shown].used.items())}
            for shown, _, _ in sources if shown in results and results[shown].used}
    if used:
        manifest["options"] = used
    manifest["records"] = {r: _hash(t) for r, t in sorted(texts.items()) if r.startswith("meetings/")}
    return dump(manifest)


def _recorded(entry: object) -> Options:
    """Options remembered in the manifest for a file imported before."""
    if not isinstance(entry, dict):
        return Options()
    try:
        date = dt.date.fromisoformat(str(entry["date"])) if entry.get("date") else None
    except ValueError:
        date = None
    return Options(ocr=entry.get("ocr") in (True, "true"), body=entry.get("body") or None, date=date)


def _sources(files: list[Path], manifest: dict, content_dir: Path, root: Path, options: Options,
             problems: Problems) -> list[tuple[str, Path, Options]]:
    """(shown path, path, options) of the files to read: those asked for, and those imported before, each
    with the options it was imported with; options given now apply to the files named now."""
    earlier = []
    names = manifest.get("sources", []) or []
    for name in names if isinstance(names, list) else []:
        path = root / str(name)
        if not isinstance(name, str) or not inside(path, (root.resolve(),)) or path.is_dir() or \
                any(part.startswith(".") for part in Path(name).parts):  # the manifest is a file anyone can edit
            problems.add(content_dir / MANIFEST, 1, "bad-manifest-path",
                         f"'{name}' is not a file inside {root}; it is not read", "warning")
        elif path.exists():
            earlier.append(path)
        else:
            problems.add(content_dir / MANIFEST, 0, "source-gone",
                         f"'{name}' was imported before but is gone; records built from it are re-built without it",
                         "warning")
    recorded = manifest.get("options") if isinstance(manifest.get("options"), dict) else {}
    named = {display_path(Path(f), root) for f in files}
    chosen = {display_path(Path(f), root): Path(f) for f in [*earlier, *files]}
    result = []
    for shown, path in sorted(chosen.items()):
        before = _recorded(recorded.get(shown))
        if shown in named:
            before = Options(ocr=options.ocr or before.ocr, body=options.body or before.body,
                             date=options.date or before.date)
        result.append((shown, path, before))
    return result


def _names(meetings: list, content_dir: Path, problems: Problems) -> naming.Names:
    """Resolvers seeded with the registries on disk, then shown every name once so ids are settled."""
    names = naming.Names()
    resolvers = {"person": names.people, "organisation": names.organisations, "body": names.bodies}
    for filename, kind in REGISTRIES.items():
        entries = _read_yaml(content_dir / filename, problems)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and entry.get("id") and entry.get("name"):
                resolvers[kind].add_known(entry)
    names.rosters = naming.rosters(meetings)
    for meeting in meetings:  # first pass: every name seen, so merges and canonical spellings are settled
        output.register(meeting, names)
    names.settle()
    return names


def _texts(meetings: list, names: naming.Names, content_dir: Path, report: ImportReport,
           pages: dict[str, Paging]) -> dict[str, str]:
    """Every file to write, by path relative to the content folder."""
    texts: dict[str, str] = {}
    for meeting in meetings:
        body, stem, text = output.record(meeting, names, pages)
        relative, n = f"meetings/{body}/{stem}.md", 1
        while relative in texts:  # a second meeting of the body that day (meetings are in start order)
            n += 1
            relative = f"meetings/{body}/{stem}-{n}.md"
        texts[relative] = text
        report.items += len(meeting.items)
    resolvers = {"person": names.people, "organisation": names.organisations, "body": names.bodies}
    for filename, kind in REGISTRIES.items():
        texts[filename] = dump(output.registry_entries(resolvers[kind], kind, names.listings))
    report.people = sum(1 for e in names.people.entries.values() if e.variants)
    report.organisations = sum(1 for e in names.organisations.entries.values() if e.variants)
    report.merges = names.merges
    if not (content_dir / "topics.yml").exists():
        texts["topics.yml"] = "[]\n"
    if not (content_dir / "archive.yml").exists():  # a new archive, named for the authority its meetings name
        authority = archive_authority(meetings)
        texts["archive.yml"] = dump({"name": f"{authority} meetings archive", "authority": authority} if authority
                                    else {"name": "Meetings archive", "authority": "Unknown authority"})
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


def _stale(texts: dict[str, str], manifest: dict, content_dir: Path, force: bool, problems: Problems) -> list[str]:
    """Records an earlier import wrote that this one no longer produces: the meeting's date or body was
    read differently (a corrected source, a better importer) or its source is gone. Left in place they
    would be a second copy of the meeting. Removed unless edited by hand since; the build's address
    ledger then asks for a redirect if the old address was published, so no link breaks unnoticed."""
    recorded = manifest.get("records", {}) if isinstance(manifest.get("records"), dict) else {}
    stale = []
    for relative in sorted(set(recorded) - set(texts)):
        target = content_dir / relative
        if not str(relative).startswith("meetings/") or not inside(target, (content_dir.resolve(),)) \
                or not target.is_file():
            continue
        if not force and recorded[relative] != _hash(target.read_text(encoding="utf-8")):
            problems.add(target, 1, "edited-by-hand",
                         "this record was changed after the last import, and the import no longer produces it "
                         "(its meeting was read with another date or body, or its source is gone); delete it, "
                         "or import with --force to remove it")
            continue
        problems.add(target, 1, "record-removed",
                     "the import no longer produces this record (its meeting was read with another date or body, "
                     "or its source is gone): removed. If its address was published, `build.py check` asks "
                     "for a redirect in addresses.yml", "warning")
        stale.append(relative)
    return stale


def _remove(stale: list[str], content_dir: Path, report: ImportReport) -> None:
    for relative in stale:
        (content_dir / relative).unlink(missing_ok=True)
        report.meetings_removed.append(relative)
        report.written.append(relative)


def _write(texts: dict[str, str], content_dir: Path, report: ImportReport) -> None:
    for relative, text in sorted(texts.items()):
        target = content_dir / relative
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if relative.startswith("meetings/"):
            bucket = (report.meetings_created if old is None else
                      report.meetings_unchanged if old == text else report.meetings_updated)
            bucket.append(relative)
        if old != text:
            write_text_atomic(target, text)
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
