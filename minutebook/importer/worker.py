"""One file read on its own: bytes -> text -> lines -> parts -> items -> blocks -> meeting drafts.

The unit of parallel work and of the import cache: a `Job` goes in, a picklable `Result` comes out, and
nothing here depends on any other file, so files can be read in any order, in any process, on any machine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..dates import find_date
from . import assemble
from .extract import Extracted, ExtractError, extract_text
from .file_names import file_date
from .lines import Line, read_lines
from .paging import paging
from .parts import Part, split_parts
from .recognise import recognise
from .version import VERSION


@dataclass(frozen=True)
class Options:
    """How to read one file: --ocr, and the body and date of a file with no meeting heading."""

    ocr: bool = False
    body: str | None = None
    date: dt.date | None = None

    def key(self) -> str:
        return f"ocr={self.ocr}|body={self.body or ''}|date={self.date or ''}"


@dataclass(frozen=True)
class Job:
    shown: str  # the path as records cite it (relative to the project root)
    path: str  # where to read it on this machine
    checksum: str  # sha256 of the bytes, as the caller read them
    options: Options = Options()
    data: bytes | None = None  # the bytes themselves, for workers that do not share our disks (Dask)


@dataclass
class Result:
    shown: str
    checksum: str
    gathered: assemble.Gathered
    problems: list[tuple[str, int, str, str, str]] = field(default_factory=list)  # file, line, code, message, severity
    used: dict[str, object] = field(default_factory=dict)  # options that changed the reading, for the manifest
    version: str = VERSION

    @property
    def failed(self) -> bool:
        return any(p[4] == "error" for p in self.problems)


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _extract(job: Job, result: Result) -> Extracted | None:
    """The file's text through `extract.extract_text` (any kind of file); its problems go into `result`."""
    path, temporary = Path(job.path), None
    if job.data is not None:  # on another machine: the bytes we were given, in a file extraction can open
        handle, name = tempfile.mkstemp(suffix=path.suffix)
        with os.fdopen(handle, "wb") as stream:
            stream.write(job.data)
        path = temporary = Path(name)
    try:
        extracted = extract_text(path, ocr=job.options.ocr)
    except ExtractError as error:
        result.problems.append((job.shown, 0, error.code, error.message, "error"))
        return None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    result.problems += [(job.shown, 0, code, message, "warning") for code, message in extracted.warnings]
    if extracted.ocr_pages:
        result.used["ocr"] = True  # read the same way on every later import
    return extracted


def read_source(job: Job) -> Result:
    """Read one file; every problem is in the result, never raised (a bug is an `import-failed` problem)."""
    result = Result(job.shown, job.checksum, assemble.Gathered())
    try:
        data = job.data if job.data is not None else Path(job.path).read_bytes()
    except OSError as error:
        result.problems.append((job.shown, 0, "unreadable", f"cannot read: {error.strerror or error}", "error"))
        return result
    if checksum(data) != job.checksum:
        result.problems.append((job.shown, 0, "unreadable", "the file changed while it was being imported; "
                                "import again", "error"))
        return result
    try:
        extracted = _extract(job, result)
        if extracted is not None:
            lines = read_lines(job.shown, extracted.text)[0]
            assemble.read_file(lines, result.gathered)
            if not result.gathered.meetings and not result.gathered.reports:
                _without_heading(lines, job.options, result)
            result.gathered.pages[job.shown] = paging(lines, extracted.ocr_pages, extracted.kind == "pdf")
    except Exception as error:  # noqa: BLE001 - a bug must not cost the user the other files' problems
        result.gathered = assemble.Gathered()
        result.problems.append((job.shown, 0, "import-failed", f"the importer failed on this file "
                                f"({type(error).__name__}: {error}); nothing was written - please report it "
                                "with the file", "error"))
    return result


HEADING_DATE_LINES = 5  # lines of text at a file's top where a page titled by its date prints it


def _heading_date(lines: list[Line]) -> dt.date | None:
    """The date a file with no meeting heading prints at its top ('August 27th, 2017' as a page's title), else the
    date its name gives: what was missing is the body, not the day (given --body, the file is read as its meeting)."""
    texts = [line.text for line in lines if not line.blank][:HEADING_DATE_LINES]
    found = next((dated[0] for text in texts if (dated := find_date(text))), None)
    return found or (file_date(lines[0].file) if lines else None)


def _without_heading(lines: list[Line], options: Options, result: Result) -> None:
    """A file in which no meeting was found: read as one meeting of --body on --date, or an error naming
    what could not be found. Never a warning followed by nothing imported."""
    found = next((p for p in split_parts(lines) if p.kind in ("agenda", "minutes")), None)
    body = options.body or (found.body if found else None)
    if body is None and options.date and (told := recognise(lines, 0, whole=True, given=options.date)):
        body = told.body  # a heading naming its body and no date: the date the user gave
    date = options.date or (found.date if found else None) or _heading_date(lines)
    first = next((line.number for line in lines if not line.blank), 0)
    missing = [what for what, value in (("body", body), ("date", date)) if not value]
    if missing:
        options_hint = " and ".join({"body": "--body NAME", "date": "--date YYYY-MM-DD"}[m] for m in missing)
        result.problems.append((result.shown, first, "no-meeting",
                                f"no meeting found in this file: no meeting {' and no '.join(missing)} could be "
                                f"found; give the {' and '.join(missing)} with {options_hint}", "error"))
        return
    given = [f"the {what} given with --{what}" for what, value in (("body", options.body), ("date", options.date))
             if value]
    part = Part(kind=found.kind if found else "minutes", lines=lines, body=body, date=date,
                meeting_type=found.meeting_type if found else None, why=", ".join(given) or None)
    gathered = assemble.Gathered()
    meeting = assemble.read_part(part, gathered, None)
    if meeting is None:  # cannot happen with a body and a date; kept as an error, never a silent drop
        result.problems.append((result.shown, first, "no-meeting", "no meeting could be read from this file", "error"))
        return
    gathered.meetings.append(meeting)
    result.gathered = gathered
    result.used.update({k: v for k, v in (("body", options.body), ("date", options.date)) if v})
