"""Edits while serving, the fast path (`hooks/live.py`, `minutebook/liveedit.py`): the pages an edited
record changes are written into the served site, and the site is then what a full build of the edited
archive makes, page for page; what the fast path cannot work out is left to a full build."""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT, copy_archive

from hooks.live import LiveSite
from minutebook import trails
from minutebook.archive import load_archive
from minutebook.links import link_archive, with_topics
from minutebook.liveedit import RecordError
from minutebook.model import Vote
from minutebook.pages import INDEXES, Context

RECORD = Path("meetings") / "cabinet" / "2017-07-13.md"


def _build_module():
    spec = importlib.util.spec_from_file_location("build_cli_module", ROOT / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_cli_module", module)
    spec.loader.exec_module(module)
    return module


def _build(content: Path, site: Path, cache: Path | None) -> None:
    """A build as `build.py serve` makes it (never `build`, which adds to the archive's address ledger)."""
    cli = _build_module()
    args = argparse.Namespace(command="serve", content=content, site_dir=site, site_url=None, strict=False,
                              quiet=True, allow_empty=False)
    assert (cli._build_served(args, cache) if cache else cli.build(args)) is not None


def _pages(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in site.rglob("*.html")}


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    folder = tmp_path_factory.mktemp("live")
    content, site, cache = copy_archive(folder / "content"), folder / "site", folder / "cache"
    _build(content, site, cache)
    return folder, LiveSite(ROOT / "mkdocs.yml", content, site, cache)


EDITS = {  # one edit at a time, in this order, on the same served site
    "venue": [("Committee Rooms 1 & 2", "Committee Room Zebra")],
    "attendance, a decision and a mention": [
        ("{person: margaret-davine, status: present}", "{person: margaret-davine, status: apologies}"),
        ("be taken as read and signed", "be approved and signed"),
        ("Graham Henson introduced the policy.", "Graham Henson and Councillor Mitzi Green introduced the policy."),
    ],
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_the_pages_an_edit_writes_are_those_of_a_full_build_of_the_edited_archive(live, edit):
    folder, site = live
    record = folder / "content" / RECORD
    before = _pages(folder / "site")
    text = record.read_text()
    for old, new in EDITS[edit]:
        assert old in text
        text = text.replace(old, new)
    record.write_text(text)
    written, looked_at, warnings = site.apply(record)
    after = _pages(folder / "site")
    _build(folder / "content", folder / edit.replace(" ", "-"), None)
    full = _pages(folder / edit.replace(" ", "-"))
    changed = {p for p in after if after[p] != before[p]}
    assert "meetings/cabinet/2017-07-13/index.html" in changed
    assert written == len(changed) and looked_at > written and warnings == []
    assert sorted(after) == sorted(full)
    assert [p for p in full if full[p] != after[p]] == []  # every page, written or left, is the full build's
    if edit != "venue":
        assert {"people/margaret-davine/index.html", "people/mitzi-green/index.html", "decisions/index.html"} <= changed


def test_an_edit_that_moves_a_minute_number_is_left_to_a_full_build(live):
    folder, site = live
    record = folder / "content" / RECORD
    text = record.read_text()
    assert 'minute: "576"' in text
    record.write_text(text.replace('minute: "576"', 'minute: "5769"'))
    try:
        assert site.apply(record) is None
    finally:
        record.write_text(text)


def test_a_broken_record_is_refused_with_its_path_and_line_and_nothing_is_written(live):
    folder, site = live
    record = folder / "content" / RECORD
    before = _pages(folder / "site")
    text = record.read_text()
    record.write_text(text.replace("date: 2017-07-13", "date: 2017-13-13"))
    try:
        with pytest.raises(RecordError, match=r"2017-07-13\.md:3: meeting: date: '2017-13-13' is not a date"):
            site.apply(record)
    finally:
        record.write_text(text)
    assert _pages(folder / "site") == before


def test_a_new_record_is_left_to_a_full_build(live):
    folder, site = live
    new = folder / "content" / "meetings" / "cabinet" / "2017-07-20.md"
    new.write_text((folder / "content" / RECORD).read_text().replace("date: 2017-07-13", "date: 2017-07-20"))
    try:
        assert site.apply(new) is None
    finally:
        new.unlink()


def test_trails_moved_on_to_an_edited_meeting_are_the_trails_found_again():
    archive = with_topics(load_archive(ROOT / "tests" / "fixtures" / "archive")[0])
    old = next(m for m in archive.meetings if m.id == "cabinet/2017-07-13")
    new = replace(old, venue="Committee Room Zebra", status="cancelled")
    edited = replace(archive, meetings=tuple(new if m is old else m for m in archive.meetings))
    assert trails.rules_read(old) == trails.rules_read(new) and trails.find_trails(archive).trails
    trails.moved_on(edited, trails.find_trails(archive), old, new)
    moved = trails.find_trails(edited)
    assert moved == trails._find(edited)  # links and steps hold the edited meeting, not the old one
    assert any(step[0] is new for trail in moved.trails for step in trail.steps)


def test_a_context_moved_on_to_an_edited_meeting_is_the_context_built_again():
    archive = with_topics(load_archive(ROOT / "tests" / "fixtures" / "archive")[0])
    links = link_archive(archive)
    old = next(m for m in archive.meetings if m.id == "cabinet/2017-07-13")
    vote = Vote(motion="That the report be noted", result="carried", for_=("keith-ferry",))
    items = (old.items[0], replace(old.items[1], topics=("housing",), votes=(vote,)), *old.items[2:])
    new = replace(old, attendance=old.attendance[1:], items=items)
    edited = replace(archive, meetings=tuple(new if m is old else m for m in archive.meetings))
    today = datetime.date(2026, 12, 1)
    moved = Context.build(archive, links, today).moved_on(edited, links, old, new)
    built = Context.build(edited, links, today)
    for name in (*INDEXES, "neighbours"):
        assert getattr(moved, name) == getattr(built, name), name
