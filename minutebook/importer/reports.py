"""Reports: the front sheet ('Report for', 'Date of Meeting', 'Subject', 'Responsible Officer', ...) read
into fields, and the rest kept as text, ready to be linked to the agenda item the report serves.
"""

from __future__ import annotations

import re

from ..dates import parse_date
from .drafts import ReportDraft
from .parts import Part

# Front-sheet labels -> field name in the record's report entry.
FRONT_SHEET = [
    (re.compile(r"(?i)^report\s+(?:for|to)$"), "report_for"),
    (re.compile(r"(?i)^(?:date(?:\s+of\s+meeting)?|meeting\s+date)$"), "meeting_date"),
    (re.compile(r"(?i)^(?:subject|report\s+title|title)$"), "subject"),
    (re.compile(r"(?i)^(?:responsible\s+officers?|report\s+of|report\s+author|lead\s+officer|author)$"),
     "responsible_officer"),
    (re.compile(r"(?i)^(?:portfolio\s+holders?|portfolio|cabinet\s+member|lead\s+member)$"), "portfolio_holder"),
    (re.compile(r"(?i)^(?:exempt|exempt\s+information|confidential)$"), "exempt"),
    (re.compile(r"(?i)^public$"), "public"),
    (re.compile(r"(?i)^wards?(?:\s+affected)?$"), "wards_affected"),
    (re.compile(r"(?i)^key\s+decision$"), "key_decision"),
    (re.compile(r"(?i)^decision\s+subject\s+to\s+call-?in$"), "call_in"),
    (re.compile(r"(?i)^(?:enclosures?|appendices|attachments?)$"), "enclosures"),
]
END_RE = re.compile(r"(?i)^(?:section\s+1\b|\d\.0\s|summary|introduction|recommendations?:|for information)")


def field_of(label: str) -> str | None:
    label = label.strip(" *")
    for pattern, name in FRONT_SHEET:
        if pattern.match(label):
            return name
    return None


def read_front_sheet(part: Part) -> tuple[dict[str, str], int]:
    """Front-sheet fields and the index of the first line after them."""
    facts: dict[str, str] = {}
    current: str | None = None
    index = 0
    after_blank = False
    for index, line in enumerate(part.lines):
        text = line.stripped
        if END_RE.match(text) and facts:
            return facts, index
        if not text:
            after_blank = True
            continue
        wrapped = not after_blank or (current == "enclosures" and bool(re.match(r"(?i)^(appendix|annex)", text)))
        after_blank = False
        label, sep, value = text.partition(":") if ":" in text[:40] else ("", "", text)
        name = field_of(label) if sep else None
        if name:
            current = name
            value = re.sub(r"\s+", " ", value.replace("\t", " ")).strip(" *")
            facts[name] = value
        elif current == "report_for" and len(text.split()) > 3:
            facts.setdefault("heading", text)
            current = "heading"
        elif current and wrapped and index and len(text) < 120 and not re.search(r"@|^\d[\d ]{6,}$", text):
            facts[current] = f"{facts[current]} {text}".strip()
        elif current and re.search(r"@|^\d[\d ]{6,}$", text):
            continue
        elif facts:
            return facts, index
    return facts, index + 1


def read_report(part: Part) -> ReportDraft:
    facts, end = read_front_sheet(part) if part.kind == "report" and part.title is None else ({}, 0)
    title = facts.get("subject") or part.title or "Report"
    title = re.sub(r"\s+", " ", title).strip()
    date = parse_date(facts.get("meeting_date", "")) or part.date
    officer = facts.get("responsible_officer")
    for key in ("exempt", "key_decision", "public"):
        if key in facts:
            facts[key] = facts[key].split()[0].rstrip(".,") if facts[key].split() else facts[key]
    if part.title is not None:
        end = next((i for i, line in enumerate(part.lines) if parse_date(line.text)), 0) + 1
    report = ReportDraft(lines=part.lines, title=title, body=part.body, date=date, facts=facts,
                         author=re.sub(r",\s*$", "", officer) if officer else None)
    report.text = "\n".join(line.text for line in part.lines[end:])
    return report
