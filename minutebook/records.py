"""Meeting records: Markdown files with YAML front-matter, read into `Meeting`s and written back.

Reading never raises for a user's mistake: every problem is added to `Problems` with its line, and a
record that cannot be understood is reported, never silently dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from . import fields as f
from .files import read_text
from .model import (
    ATTENDANCE_STATUSES,
    MEETING_STATUSES,
    VOTE_RESULTS,
    VOTE_SIDES,
    Attendance,
    Declaration,
    Document,
    Item,
    Meeting,
    Motion,
    Origin,
    Recommendation,
    ReportRef,
    SourceRef,
    Vote,
)
from .problems import Problems
from .recordhtml import neutralise
from .yamlfile import YamlError, dump, load

SLUG_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:-(\d+))?$")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{\s*#([^\s}]+)[^}]*\})?\s*$")
FENCE_RE = re.compile(r"^\s*(```|~~~)")

MEETING: f.Schema = {
    "body": (f.identifier, True),
    "date": (f.date, True),
    "start": (f.time, False),
    "end": (f.time, False),
    "venue": (f.text, False),
    "type": (f.text, False),
    "status": (f.one_of(*MEETING_STATUSES), False),
}
ATTENDANCE: f.Schema = {
    "person": (f.identifier, True),
    "status": (f.one_of(*ATTENDANCE_STATUSES), False),
    "role": (f.text, False),
    "position": (f.text, False),
    "capacity": (f.text, False),
    "organisation": (f.identifier, False),
    "substitute_for": (f.identifier, False),
    "items": (f.strings, False),
    "name": (f.text, False),
}
ITEM: f.Schema = {
    "id": (f.identifier, False),
    "minute": (f.number, False),
    "agenda": (f.number, False),
    "parent": (f.number, False),
    "title": (f.text, True),
    "pages": (f.text, False),
    "to_follow": (f.boolean, False),
    "exempt": (f.boolean, False),
    "topics": (f.identifiers, False),
    "decisions": (f.strings, False),
    "reasons": (f.strings, False),
    "alternatives": (f.strings, False),
    "petitions": (f.strings, False),
    "references": (f.strings, False),
    "from": (f.item_addresses, False),
}
RECOMMENDATION: f.Schema = {"to": (f.identifier, True), "text": (f.text, True)}
DECLARATION: f.Schema = {
    "person": (f.identifier, True),
    "interest": (f.text, False),
    "kind": (f.text, False),
    "left_room": (f.boolean, False),
    "item": (f.text, False),
}
MOTION: f.Schema = {
    "title": (f.text, False),
    "mover": (f.identifier, False),
    "seconder": (f.identifier, False),
    "result": (f.text, False),
}
VOTE: f.Schema = {
    "motion": (f.text, False),
    "result": (f.one_of(*VOTE_RESULTS), False),
    "for": (f.identifiers, False),
    "against": (f.identifiers, False),
    "abstain": (f.identifiers, False),
    "absent": (f.identifiers, False),
    "counts": (f.counts(*VOTE_SIDES), False),
}
REPORT: f.Schema = {"title": (f.text, True), "author": (f.text, False), "pages": (f.text, False),
                    "meeting_date": (f.date, False),
                    **{key: (f.text, False) for key in (
                        "heading", "report_for", "subject", "responsible_officer", "portfolio_holder", "exempt",
                        "public", "wards_affected", "key_decision", "call_in", "enclosures")}}
DOCUMENT: f.Schema = {
    "kind": (f.text, True),
    "title": (f.text, False),
    "author": (f.text, False),
    "date": (f.date, False),
    "url": (f.text, False),
}
SOURCE: f.Schema = {"file": (f.text, True), "lines": (f.line_range, False), "pages": (f.page_range, False),
                    "part": (f.text, False), "ocr_pages": (f.page_numbers, False)}

def _vote(data: dict[str, Any], origin: Origin) -> Vote:
    """`for` in the record is `for_` in the model (a Python keyword); a vote keeps its own line."""
    return Vote(**{("for_" if k == "for" else k): v for k, v in data.items()}, origin=origin)


# Lists inside an item: field -> (schema, build(converted fields, origin), what to call one in a message).
ITEM_LISTS = {
    "recommendations": (RECOMMENDATION, lambda data, origin: Recommendation(**data), "recommendation"),
    "declarations": (DECLARATION, lambda data, origin: Declaration(**data), "declaration"),
    "motions": (MOTION, lambda data, origin: Motion(**data), "motion"),
    "votes": (VOTE, _vote, "vote"),
    "reports": (REPORT, lambda data, origin: ReportRef(**data), "report"),
}


def anchor_for(minute: str | None, agenda: str | None) -> str | None:
    number, prefix = (minute, "minute") if minute else (agenda, "item")
    if not number:
        return None
    return f"{prefix}-" + re.sub(r"[^a-z0-9]+", "-", number.lower()).strip("-")


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Return (front-matter, body, line where the body starts); front-matter None if there is none."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, text, 1
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2
    return None, text, 1


def sections(body: str, first_line: int) -> tuple[str, list[tuple[str | None, str, str, int]]]:
    """Cut the body at level-1 and level-2 headings: (intro, [(anchor, heading, text, line)])."""
    intro: list[str] = []
    found: list[tuple[str | None, str, list[str], int]] = []
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if FENCE_RE.match(line):
            in_fence = not in_fence
        match = None if in_fence else HEADING_RE.match(line)
        if match and len(match.group(1)) <= 2:
            found.append((match.group(3), match.group(2), [], first_line + offset))
        elif found:
            found[-1][2].append(line)
        else:
            intro.append(line)
    return "\n".join(intro).strip(), [(a, h, "\n".join(t).strip(), n) for a, h, t, n in found]


def _sources(value: Any, path: str, line: int, problems: Problems, what: str) -> list[SourceRef]:
    result = []
    for entry, entry_line in f.each(value, path, line, what, problems):
        data = f.convert(entry, SOURCE, problems, path, entry_line, what)
        if data:
            first, last = data.get("lines", (None, None))
            first_page, last_page = data.get("pages") or (None, None)
            result.append(SourceRef(data["file"], first, last, data.get("part"), first_page, last_page,
                                    data.get("ocr_pages", ())))
    return result


def _item(entry: Any, line: int, path: str, problems: Problems, texts: dict[str, str]) -> Item | None:
    data = f.convert(entry, ITEM, problems, path, line, "item", ignore=(*ITEM_LISTS, "source"))
    if data is None:
        return None
    line = getattr(entry, "line", line)
    anchor = data.pop("id", None) or anchor_for(data.get("minute"), data.get("agenda"))
    if "from" in data:  # a Python keyword: `from_` in the model
        data["from_"] = data.pop("from")
    if anchor is None:
        problems.add(path, line, "item-without-number",
                     f"item '{data['title']}': give it a minute or agenda number, or an id")
        return None
    lists: dict[str, tuple] = {}
    for key, (schema, build, what) in ITEM_LISTS.items():
        converted = [(f.convert(sub, schema, problems, path, sub_line, what), getattr(sub, "line", sub_line))
                     for sub, sub_line in f.each(entry.get(key), path, entry.line_of(key), what, problems)]
        lists[key] = tuple(build(c, Origin(path, n)) for c, n in converted if c)
    source = _sources([entry["source"]], path, entry.line_of("source"), problems, "item source") \
        if "source" in entry else []
    return Item(anchor=anchor, **data, **lists, source=source[0] if source else None,
                text=texts.get(anchor, ""), origin=Origin(path, line))


def read_record(path: Path, problems: Problems, within: tuple[Path, ...] = ()) -> Meeting | None:
    """Read one record; None (with the reasons in `problems`) where it cannot be used. `within`: the
    folders the file must really be in (the archive folder), see `files.read_text`."""
    shown = problems.display(path)
    text = read_text(path, problems, within)
    if text is None:
        return None
    front, body, body_line = split_front_matter(text)
    for offset, line in enumerate(body.split("\n")):
        if bad := f.BAD_CHAR_RE.search(line):
            problems.add(shown, body_line + offset, "bad-character",
                         f"the control character or non-character U+{ord(bad.group(0)):04X} (column "
                         f"{bad.start() + 1}) cannot be published; remove it")
    if front is None:
        problems.add(shown, 1, "no-front-matter", "a record starts with YAML front-matter between '---' lines")
        return None
    try:
        data = load(front, first_line=2)
    except YamlError as error:
        problems.add(shown, error.line, "malformed-yaml", str(error))
        return None
    reported = len(problems.items)
    meeting = f.convert(data, MEETING, problems, shown, 1, "meeting",
                        ignore=("attendance", "items", "documents", "sources"), partial=True)
    if meeting is None:
        return None
    # A bad body or date does not hide the record's other problems: reading goes on, the record is dropped.
    usable = not any(p.severity == "error" for p in problems.items[reported:])
    slug = path.stem
    match = SLUG_RE.match(slug)
    if not match:
        problems.add(shown, 1, "bad-file-name",
                     "a record is named YYYY-MM-DD.md (or YYYY-MM-DD-2.md for a second meeting that day)")
        usable = False
    elif "date" in meeting and match.group(1) != meeting["date"].isoformat():
        problems.add(shown, data.line_of("date"), "date-mismatch",
                     f"date {meeting['date']} does not match the file name {path.name}")
    if "body" in meeting and path.parent.name != meeting["body"]:
        problems.add(shown, data.line_of("body"), "body-mismatch",
                     f"body '{meeting['body']}' does not match the folder '{path.parent.name}'")

    body, findings = neutralise(body, body_line)
    for line, message in findings:
        problems.add(shown, line, "raw-html", message, "warning")
    intro, found = sections(body, body_line)
    texts: dict[str, str] = {}
    heading_lines: dict[str, int] = {}
    last: str | None = None
    for anchor, heading, section_text, line in found:
        if anchor is None:  # its text stays with the section it follows: never dropped
            problems.add(shown, line, "heading-without-id",
                         f"heading '{heading}' needs an explicit id, e.g. '## {heading} {{#minute-12}}'", "warning")
            kept = f"### {heading}\n\n{section_text}".strip()
            if last is None:
                intro = f"{intro}\n\n{kept}".strip()
            else:
                texts[last] = f"{texts[last]}\n\n{kept}".strip()
            continue
        last = anchor
        if anchor in heading_lines:
            problems.add(shown, line, "duplicate-id",
                         f"id '{anchor}' is used by the heading on line {heading_lines[anchor]} too")
        heading_lines[anchor] = line
        texts[anchor] = section_text

    attendance = []
    for entry, line in f.each(data.get("attendance"), shown, data.line_of("attendance"), "attendance", problems):
        converted = f.convert(entry, ATTENDANCE, problems, shown, line, "attendance")
        if converted:
            attendance.append(Attendance(**converted, origin=Origin(shown, getattr(entry, "line", line))))
    items = [item for entry, line in f.each(data.get("items"), shown, data.line_of("items"), "items", problems)
             if (item := _item(entry, line, shown, problems, texts))]
    documents = [Document(**d) for entry, line in
                 f.each(data.get("documents"), shown, data.line_of("documents"), "document", problems)
                 if (d := f.convert(entry, DOCUMENT, problems, shown, line, "document"))]

    seen: dict[str, Item] = {}
    for item in items:
        if item.anchor in seen:
            problems.add(shown, item.origin.line, "duplicate-item",
                         f"item id '{item.anchor}' is used by the item on line {seen[item.anchor].origin.line} too")
        seen[item.anchor] = item
    for anchor, line in heading_lines.items():
        if anchor not in seen:
            problems.add(shown, line, "heading-without-item",
                         f"heading id '{anchor}' matches no item in the front-matter; "
                         "its text is shown after the items",
                         "warning")
    extra = "\n\n".join(f"## {h} {{#{a}}}\n\n{t}" for a, h, t, _ in found if a and a not in seen)
    sources = tuple(_sources(data.get("sources"), shown, data.line_of("sources"), problems, "source"))
    if not usable:
        # Its errors are reported; the record is still validated with what could be read (so an unknown
        # person is named too), and the build is refused because of those errors.
        try:
            meeting.setdefault("date", dt.date.fromisoformat(match.group(1)) if match else None)
        except ValueError:
            return None
        meeting.setdefault("body", path.parent.name)
        if not match or meeting["date"] is None:
            return None
    return Meeting(
        body=meeting["body"], date=meeting["date"], slug=slug,
        start=meeting.get("start"), end=meeting.get("end"), venue=meeting.get("venue"),
        type=(meeting.get("type") or "ordinary").lower(), status=meeting.get("status") or "held",
        attendance=tuple(attendance), items=tuple(items), documents=tuple(documents),
        sources=sources,
        intro="\n\n".join(t for t in (intro, extra) if t), origin=Origin(shown, 1),
        field_lines=tuple(data.key_lines.items()),
    )


def format_record(front: dict[str, Any], body: str) -> str:
    """The text of a record file: the same data always gives the same bytes."""
    return f"---\n{dump(front)}---\n\n{body.strip()}\n"
