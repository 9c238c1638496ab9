"""The ledger of published addresses: every page and anchor the archive has published keeps resolving.

A journalist cites `meetings/cabinet/2017-07-13/#minute-576`; the link must work for years. Each build
adds what it publishes to `addresses.yml` in the archive (committed with the records), and every later
check compares the archive with it: an address that would no longer resolve (a meeting moved to
another date, an item renumbered, a page removed) is an error at the ledger's line, unless the clerk
redirects it on purpose under `redirects:`. A redirected page becomes a page that forwards readers
(anchor included); a redirected anchor becomes a second id on the item it now points at.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .appendices import split_meeting
from .files import write_text_atomic
from .model import Archive, Item, Meeting
from .problems import Problems
from .records import anchor_for
from .registry import read_yaml_file
from .trails import find_trails

LEDGER = "addresses.yml"
HEADER = """\
# Every address this archive's site has published: page -> the anchors people cite on it.
# Written by `build.py build`; commit it with the records. Never remove a line: when a meeting moves
# or an item is renumbered, say where its old address now points under `redirects:`, e.g.
#   redirects:
#     meetings/cabinet/2017-07-12/: meetings/cabinet/2017-07-13/
#     meetings/cabinet/2017-07-13/#minute-300: meetings/cabinet/2017-07-13/#minute-301
"""


@dataclass(frozen=True)
class Ledger:
    pages: dict[str, tuple[str, ...]] = field(default_factory=dict)  # page path -> anchors published on it
    redirects: dict[str, str] = field(default_factory=dict)  # old address -> where it points now
    lines: dict[str, int] = field(default_factory=dict)  # page path or redirect -> its line in the file
    path: str = LEDGER


def item_anchors(item: Item) -> tuple[str, ...]:
    """The anchors an item answers to: its id, its minute number and its agenda number, so `#item-8` keeps
    working when the agenda item gets minute 300 (and the reverse)."""
    found = [item.anchor, anchor_for(item.minute, None), anchor_for(None, item.agenda)]
    return tuple(dict.fromkeys(a for a in found if a))


def published(archive: Archive) -> dict[str, set[str]]:
    """Every address the site publishes now: each page, and on meeting pages each item's anchors and those of
    the reports printed under items; each long document appended to an item has a page of its own
    (`appendices.py`)."""
    pages: dict[str, set[str]] = {}
    for meeting in archive.meetings:
        pages.update(published_by(meeting))
    for registry in (archive.people, archive.bodies, archive.organisations, archive.topics):
        for entry in registry.values():
            pages.setdefault(entry.url, set())
    for trail in find_trails(archive).trails:
        pages.setdefault(trail.url, set())
    return pages


def published_by(meeting: Meeting) -> dict[str, set[str]]:
    """The addresses one meeting publishes: its page with its anchors, and its appendices' pages."""
    pages = {meeting.url: {a for item in meeting.items for a in item_anchors(item)}}
    for split in split_meeting(meeting, lambda item: item.text).values():
        pages[meeting.url].update(split.ids)
        pages.update((appendix.url(meeting), set()) for appendix in split.appendices)
    return pages


def split(address: str) -> tuple[str, str | None]:
    page, _, anchor = address.partition("#")
    return page, anchor or None


def read(content: Path, problems: Problems) -> Ledger:
    path = content / LEDGER
    data = read_yaml_file(path, problems)
    shown = problems.display(path)
    if data is None:
        return Ledger(path=shown)
    if not isinstance(data, dict):
        problems.add(shown, getattr(data, "line", 1), "bad-value", "the ledger is a mapping with 'addresses' "
                     "and 'redirects'")
        return Ledger(path=shown)
    pages, redirects, lines = {}, {}, {}
    for key, kind in (("addresses", list), ("redirects", str)):
        section = data.get(key) or {}
        if not isinstance(section, dict):
            problems.add(shown, data.line_of(key), "bad-value", f"'{key}' must be a mapping")
            continue
        for address, value in section.items():
            lines[address] = section.line_of(address)
            if not isinstance(value, kind):
                problems.add(shown, lines[address], "bad-value", f"'{address}': expected a "
                             f"{'list of anchors' if kind is list else 'new address'}")
            elif kind is list:
                pages[address] = tuple(str(v) for v in value)
            else:
                redirects[address] = value.strip()
    return Ledger(pages, redirects, lines, shown)


def _resolves(address: str, now: dict[str, set[str]]) -> bool:
    page, anchor = split(address)
    return page in now and (anchor is None or anchor in now[page])


def _followed(address: str, ledger: Ledger, now: dict[str, set[str]]) -> bool:
    """Whether an old address reaches a live one: redirected itself, or its page redirected (an anchor
    then lands on the new page, where it must exist)."""
    if address in ledger.redirects:
        return True
    page, anchor = split(address)
    if page in ledger.redirects:
        target, _ = split(ledger.redirects[page])
        return _resolves(f"{target}#{anchor}" if anchor else target, now)
    return False


def check(ledger: Ledger, archive: Archive, problems: Problems) -> None:
    """Every address in the ledger resolves, or is redirected to one that does."""
    now = published(archive)
    for old, new in ledger.redirects.items():
        if not _resolves(new, now):
            problems.add(ledger.path, ledger.lines.get(old, 0), "bad-redirect",
                         f"'{old}' is redirected to '{new}', which the archive does not publish")
    for page, anchors in ledger.pages.items():
        line = ledger.lines.get(page, 0)
        for address in [page, *(f"{page}#{a}" for a in anchors)]:
            if not _resolves(address, now) and not _followed(address, ledger, now):
                problems.add(ledger.path, line, "address-dropped",
                             f"'{address}' was published and would no longer resolve: restore it, or add "
                             f"'{address}: <its new address>' under 'redirects:' in {LEDGER}")
                break  # one message a page: a moved meeting drops all its anchors at once


def aliases(ledger: Ledger) -> dict[str, dict[str, list[str]]]:
    """Anchors redirected within one page: page -> new anchor -> old anchors, so the item can carry both ids."""
    found: dict[str, dict[str, list[str]]] = {}
    for old, new in ledger.redirects.items():
        (old_page, old_anchor), (new_page, new_anchor) = split(old), split(new)
        if old_anchor and new_anchor and old_page == new_page:
            found.setdefault(new_page, {}).setdefault(new_anchor, []).append(old_anchor)
    return found


def forwarding_pages(ledger: Ledger, now: dict[str, set[str]]) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(old page, new page, old anchor -> new address) for each redirected page the archive no longer has."""
    for old, new in sorted(ledger.redirects.items()):
        page, anchor = split(old)
        if anchor is None and page not in now:
            anchors = {a: ledger.redirects.get(f"{page}#{a}", f"{split(new)[0]}#{a}")
                       for a in ledger.pages.get(page, ())}
            yield page, new, anchors


def relative(from_page: str, to_address: str) -> str:
    """A link from one directory-style page to another address, relative so a sub-path site works."""
    page, anchor = split(to_address)
    path = posixpath.relpath(page or ".", from_page or ".")
    path = "./" if path == "." else path.rstrip("/") + "/"
    return f"{path}#{anchor}" if anchor else path


def updated(ledger: Ledger, now: dict[str, set[str]]) -> str | None:
    """The ledger's text with every address published now (`published`) added (nothing is ever removed), or
    None when it already holds them all."""
    pages = {page: set(anchors) for page, anchors in ledger.pages.items()}
    changed = False
    for page, anchors in now.items():
        known = pages.setdefault(page, set())
        if not anchors <= known or page not in ledger.pages:
            known |= anchors
            changed = True
    if not changed:
        return None
    lines = [HEADER, "addresses:\n"]  # one line a page, so a clerk's diff shows what a build added
    lines += [f"  {json.dumps(p)}: {json.dumps(sorted(a))}\n" for p, a in sorted(pages.items())]
    lines.append("redirects:\n" if ledger.redirects else "redirects: {}\n")
    lines += [f"  {json.dumps(old)}: {json.dumps(new)}\n" for old, new in ledger.redirects.items()]
    return "".join(lines)


def write(content: Path, text: str) -> None:
    """Replace the ledger atomically: a killed build never leaves half a ledger."""
    write_text_atomic(content / LEDGER, text)
