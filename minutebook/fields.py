"""Field converters: each turns one YAML value (read as text) into a model value or says why not.

A new field kind is one function here and one entry in a schema table (see `records.py` and
`registry.py`), never a copied parsing branch.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from typing import Any

from .problems import Problems
from .yamlfile import LineDict, LineList

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
NUMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./()-]*$")
EMPTY = ("", "null", "~", "Null", "NULL")
MAX_ID = 100  # ids become folder and file names (people/<id>/, feeds/people/<id>.xml): far below 255 bytes
YEARS = (1000, 2999)  # calendars and feeds add days and years to a date; 9999-12-31 would overflow
# Characters no page, feed (XML), calendar or terminal can carry: C0 and C1 controls (ESC and CSI start
# terminal escape sequences) except tab and line ends, surrogates and Unicode noncharacters (U+FFFE).
BAD_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
                         "|[\U0001fffe-\U0001ffff\U0010fffe-\U0010ffff]")

Converter = Callable[[Any], Any]


def text(value: Any) -> str | None:
    if isinstance(value, (dict, list)):
        raise ValueError("expected text, found a " + ("mapping" if isinstance(value, dict) else "list"))
    value = str(value).strip()
    bad = BAD_CHAR_RE.search(value)
    if bad:
        raise ValueError(f"contains the control character or non-character U+{ord(bad.group(0)):04X} "
                         f"at position {bad.start() + 1}; remove it")
    return None if value in EMPTY else value


def identifier(value: Any) -> str | None:
    value = text(value)
    if value is not None and not ID_RE.match(value):
        raise ValueError(f"'{value[:60]}' is not a valid id (use a-z, 0-9 and '-', e.g. 'mitzi-green')")
    if value is not None and len(value) > MAX_ID:
        raise ValueError(f"'{value[:20]}…' is {len(value)} characters long; an id has at most {MAX_ID}")
    return value


def date(value: Any) -> dt.date | None:
    value = text(value)
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{value}' is not a date (expected YYYY-MM-DD)") from None
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise ValueError(f"'{value}': the year must be between {YEARS[0]} and {YEARS[1]}")
    return day


def time(value: Any) -> str | None:
    value = text(value)
    if value is None:
        return None
    match = TIME_RE.match(value)
    if not match:
        raise ValueError(f"'{value}' is not a time (expected HH:MM, 24-hour, e.g. \"18:30\")")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def number(value: Any) -> str | None:
    value = text(value)
    if value is not None and not NUMBER_RE.match(value):
        raise ValueError(f"'{value}' is not an item number (letters, digits, '.', '/', '-')")
    return value


def boolean(value: Any) -> bool | None:
    value = text(value)
    if value is None:
        return None
    lowered = value.lower()
    if lowered in ("true", "yes", "y", "on"):
        return True
    if lowered in ("false", "no", "n", "off"):
        return False
    raise ValueError(f"'{value}' is not true or false")


def one_of(*choices: str) -> Converter:
    def convert(value: Any) -> str | None:
        value = text(value)
        if value is not None:
            value = value.lower().replace(" ", "_")
            if value not in choices:
                raise ValueError(f"'{value}' is not one of: {', '.join(choices)}")
        return value

    return convert


def line_range(value: Any) -> tuple[int | None, int | None]:
    if value is None or value == "":
        return (None, None)
    if isinstance(value, list) and len(value) == 2:
        try:
            return (int(value[0]), int(value[1]))
        except (TypeError, ValueError):
            pass
    raise ValueError("expected lines as [first, last], e.g. [12, 40]")


def _page(value: Any) -> int | None:
    text = str(value).strip()
    return int(text) if text.isdigit() and int(text) >= 1 else None


def page_range(value: Any) -> tuple[int, int] | None:
    """`pages: [3, 4]`: the first and last page of a PDF a thing is printed on (1 is the first page)."""
    if value is None or value == "":
        return None
    pages = [_page(v) for v in value] if isinstance(value, list) and len(value) == 2 else [None]
    if None not in pages and pages[0] <= pages[1]:
        return (pages[0], pages[1])
    raise ValueError("expected pages as [first, last], e.g. [3, 4], counting from page 1")


def page_numbers(value: Any) -> tuple[int, ...]:
    """`ocr_pages: [1, 2]`: pages of a PDF, each counted from 1."""
    if value is None or value == "":
        return ()
    pages = [_page(v) for v in value] if isinstance(value, list) else [None]
    if None not in pages:
        return tuple(p for p in pages if p is not None)
    raise ValueError("expected a list of page numbers, e.g. [1, 2], counting from page 1")


def strings(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if not isinstance(value, list):
        value = [value]
    return tuple(v for v in (text(item) for item in value) if v)


ITEM_ADDRESS_RE = re.compile(r"^(?:meetings/)?[a-z0-9-]+/[A-Za-z0-9_.-]+?/?#[A-Za-z0-9_.-]+$")


def item_addresses(value: Any) -> tuple[str, ...]:
    """`from: cabinet/2017-07-13#minute-576`, or a list of them: items of other meetings (body/date#anchor,
    or the page's own address); whether they exist is checked against the archive (`validate`)."""
    found = strings(value)
    for address in found:
        if not ITEM_ADDRESS_RE.match(address):
            raise ValueError(f"'{address[:80]}' is not an item's address (expected body/date#anchor, "
                             "e.g. 'cabinet/2017-07-13#minute-576')")
    return found


def identifiers(value: Any) -> tuple[str, ...]:
    return tuple(v for v in (identifier(item) for item in strings(value)) if v)


def counts(*sides: str) -> Converter:
    """A mapping of side -> whole number ('{for: 6, against: 0, abstain: 3}'), kept as pairs in `sides` order."""
    def convert(value: Any) -> tuple[tuple[str, int], ...]:
        if value in (None, ""):
            return ()
        if not isinstance(value, dict):
            raise ValueError("expected a mapping of side to number, e.g. {for: 6, against: 1}")
        unknown = [str(k) for k in value if str(k) not in sides]
        if unknown:
            raise ValueError(f"unknown side '{unknown[0]}' (expected one of: {', '.join(sides)})")
        pairs = []
        for side in sides:
            if side in value:
                number = text(value[side])
                if number is None or not number.isdigit():
                    raise ValueError(f"{side}: '{value[side]}' is not a whole number")
                pairs.append((side, int(number)))
        return tuple(pairs)

    return convert


Schema = dict[str, tuple[Converter, bool]]  # field -> (converter, required)


def convert(mapping: Any, schema: Schema, problems: Problems, path: str, line: int, what: str,
            ignore: tuple[str, ...] = (), partial: bool = False) -> dict[str, Any] | None:
    """Convert a YAML mapping with `schema`, reporting every bad, missing or unknown field. An unknown
    field is an error: a typo (`decision:` for `decisions:`) or a YAML merge key (`<<:`) would otherwise
    lose what it holds. `partial`: return the fields that did convert even when some did not, so a
    caller can go on to report the rest of a record's problems."""
    if not isinstance(mapping, dict):
        problems.add(path, getattr(mapping, "line", line), "not-a-mapping", f"{what}: expected a mapping of fields")
        return None
    lines = mapping if isinstance(mapping, LineDict) else LineDict()
    for key, key_line in getattr(lines, "duplicates", []):
        problems.add(path, key_line, "duplicate-key", f"{what}: '{key}' is given twice")
    result: dict[str, Any] = {}
    ok = True
    for key in mapping:
        if key == "<<":
            problems.add(path, lines.line_of(key), "unknown-field",
                         f"{what}: YAML merge keys ('<<:') are not supported; write the fields out")
        elif key not in schema and key not in ignore:
            close = difflib.get_close_matches(key, [*schema, *ignore], n=1, cutoff=0.75)
            hint = f"did you mean '{close[0]}'? " if close else ""
            problems.add(path, lines.line_of(key), "unknown-field",
                         f"{what}: unknown field '{key}' ({hint}expected one of: {', '.join([*schema, *ignore])})")
    for key, (converter, required) in schema.items():
        raw = mapping.get(key)
        try:
            value = converter(raw) if key in mapping else None
        except ValueError as error:
            problems.add(path, lines.line_of(key), "bad-value", f"{what}: {key}: {error}")
            ok = False
            continue
        if required and value in (None, (), ""):
            problems.add(path, lines.line_of(key) if key in mapping else lines.line, "missing-field",
                         f"{what}: '{key}' is required")
            ok = False
        if value is not None:
            result[key] = value
    return result if ok or partial else None


def each(value: Any, path: str, line: int, what: str, problems: Problems) -> list[tuple[Any, int]]:
    """The entries of a YAML list with their lines; a non-list is reported, not guessed at."""
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        problems.add(path, line, "not-a-list", f"{what}: expected a list")
        return []
    lines = value if isinstance(value, LineList) else LineList(value)
    return [(entry, lines.line_of(i)) for i, entry in enumerate(value)]
