"""Problems found in an archive, collected rather than raised so a user sees all of them at once."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

# Every problem code and what it means; docs/checking.md documents each one (a test makes sure).
CODES = {
    "no-archive": "the archive folder does not exist",
    "bad-character": "record text with a control character or non-character (a terminal escape, U+FFFE)",
    "empty-archive": "an archive without meeting records (see --allow-empty)",
    "unreadable-file": "a file not read: a link out of the archive, a pipe, a device, a folder, or over 5 MB",
    "not-utf8": "a file is not UTF-8 text",
    "malformed-yaml": "YAML that cannot be parsed",
    "no-front-matter": "a record without YAML front-matter between '---' lines",
    "bad-file-name": "a record not named YYYY-MM-DD.md or YYYY-MM-DD-N.md",
    "date-mismatch": "a record's date differs from its file name",
    "body-mismatch": "a record's body differs from its folder",
    "not-a-mapping": "a list entry that should be a mapping of fields",
    "not-a-list": "a field that should be a list",
    "duplicate-key": "the same field given twice",
    "unknown-field": "a field the format does not know: a typo or a YAML merge key, whose data would be lost",
    "bad-value": "a value of the wrong form: a date, time, id, number, status or true/false",
    "missing-field": "a required field is missing",
    "item-without-number": "an item with neither minute nor agenda number nor id",
    "duplicate-item": "two items with the same number or id in one record",
    "duplicate-id": "two headings, or two registry entries, with the same id",
    "heading-without-id": "an item heading without an explicit {#id} (warning)",
    "heading-without-item": "a heading id that matches no item in the front-matter (warning)",
    "unknown-person": "a person id not in people.yml",
    "unknown-body": "a body id not in bodies.yml",
    "unknown-organisation": "an organisation id not in organisations.yml",
    "unknown-topic": "a topic id not in topics.yml",
    "unknown-item": "an item's from: names a meeting or an item the archive does not have",
    "duplicate-address": "two pages that would be published at one address (one would overwrite the other)",
    "confusable-name": "a registry name with an invisible character or letters of two scripts (warning)",
    "held-in-future": "a meeting dated after today whose status is 'held' (warning)",
    "duplicate-meeting": "two records for one meeting (same body, date and start time)",
    "duplicate-attendance": "a person listed twice in one meeting's attendance",
    "substitute-status": "substitute_for given on an entry whose status is not 'substitute' (warning)",
    "end-before-start": "a meeting that ends before it starts (warning)",
    "address-dropped": "an address in addresses.yml that the archive no longer publishes and no redirect covers",
    "bad-redirect": "a redirect in addresses.yml to an address the archive does not publish",
    "raw-html": "raw HTML or an attribute list in record text that is shown as text or loses attributes (warning)",
    "source-outside-archive": "a source outside the archive folder and its sources folder (not published)",
    "source-unreadable": "a source that is not a regular file, or is over the size limit (not published)",
    "source-not-published": "a source that is neither PDF, text nor an office document (warning; not published)",
    # Raised by the importer (docs/importing.md):
    "unreadable": "a source file that cannot be read (import: nothing is written)",
    "unsupported": "a file of a kind the importer cannot read: an error when named, a warning in a folder (import)",
    "needs-ocr": "PDF pages without a text layer: import with --ocr (import: an error when no page has text)",
    "no-meeting": "a file in which no meeting is found; --body and --date give it one (import: nothing is written)",
    "unrecognised-text": "source text before any agenda, minutes or report heading (import warning)",
    "no-meeting-date": "an agenda or minutes without a meeting date (import warning)",
    "meeting-date-disagrees": "a 'Meeting date:' label and the heading print different dates (import warning)",
    "no-items": "an agenda or minutes without numbered items (import warning)",
    "report-without-meeting": "a report whose meeting was not imported (import warning)",
    "report-without-item": "a report that matches no item of its meeting (import warning)",
    "bad-manifest-path": "a path in content/.import.yml outside the project, hidden or not a file (import warning)",
    "source-gone": "a file imported before that no longer exists (import warning)",
    "edited-by-hand": "a record changed by hand since its import (import: nothing is written)",
    "record-removed": "a record an earlier import wrote that this import no longer produces: removed (import warning)",
    "invalid-record": "the importer built a record the reader rejects (import: nothing is written)",
    "bad-registry": "a registry file the importer cannot read (import)",
    "import-failed": "the importer failed on a file: a bug (import: nothing is written)",
}


# A message quotes what a file holds: a terminal escape sequence in it must be shown, never obeyed.
UNPRINTABLE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match) -> str:
    return f"\\x{ord(match.group(0)):02x}"


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    code: str
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        tag = "" if self.severity == "error" else "warning: "
        return UNPRINTABLE_RE.sub(_visible, f"{where}: {tag}{self.message} [{self.code}]")


@dataclass
class Problems:
    """A list of problems with the place they are reported from."""

    items: list[Problem] = field(default_factory=list)

    def add(self, path: Path | str, line: int, code: str, message: str, severity: str = "error") -> None:
        assert code in CODES, f"undocumented problem code {code!r}: add it to problems.CODES and docs/checking.md"
        self.items.append(Problem(self.display(path), line or 0, code, message, severity))

    def display(self, path: Path | str) -> str:
        """A path as messages show it: relative to the working folder where possible, so it can be opened."""
        if isinstance(path, str):
            return path
        try:  # not resolved: a link is named as the user sees it, not as where it points
            return str(Path(os.path.abspath(path)).relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    def failed(self, strict: bool = False) -> bool:
        return bool(self.items if strict else self.errors)

    def report(self) -> str:
        return "\n".join(str(p) for p in sorted(self.items))


class ArchiveError(Exception):
    """Raised once, after every problem has been collected, when an archive cannot be built."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in sorted(problems)))
