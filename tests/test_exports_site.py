"""The exported files in a real build of the sample archive: present, and every link lands on a page
that exists and has the anchor it names."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
import vobject

BASE = "http://site.test/"


def resolve(site_dir: Path, url: str) -> tuple[Path, str]:
    """The built file a site URL lands on, and the anchor it names."""
    parts = urlsplit(url)
    path = parts.path[len(urlsplit(BASE).path):]
    return site_dir / path / "index.html" if path.endswith("/") or not path else site_dir / path, parts.fragment


def assert_lands(site_dir: Path, url: str) -> None:
    target, anchor = resolve(site_dir, url)
    assert target.is_file(), f"{url}: no {target}"
    if anchor:
        assert re.search(rf'id="{re.escape(anchor)}"', target.read_text(encoding="utf-8")), f"{url}: no #{anchor}"


def test_data_files_match_the_records(site_dir, archive_dir):
    meetings = json.loads((site_dir / "data" / "meetings.json").read_text(encoding="utf-8"))["meetings"]
    assert len(meetings) == len(list((archive_dir / "meetings").glob("*/*.md")))
    for meeting in meetings:
        assert_lands(site_dir, BASE + meeting["url"])
        for item in meeting["items"]:
            assert_lands(site_dir, BASE + item["url"])
    for name in ("decisions", "attendance", "items", "people"):
        assert (site_dir / "data" / f"{name}.csv").read_text(encoding="utf-8").count("\n") > 1


@pytest.mark.parametrize("feed", ["meetings.xml", "decisions.xml", "bodies", "people", "topics"])
def test_every_feed_link_lands_on_a_page_with_its_anchor(site_dir, feed):
    paths = sorted((site_dir / "feeds" / feed).glob("*.xml")) if not feed.endswith(".xml") else [
        site_dir / "feeds" / feed]
    assert paths
    for path in paths:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, path
        feed_url = BASE + str(path.relative_to(site_dir))  # built without a site URL: links are relative
        for entry in parsed.entries:
            assert_lands(site_dir, urljoin(feed_url, entry.link))


def test_calendars_have_every_meeting_of_their_body(site_dir, archive_dir):
    """Every record is an event in all.ics and its body's calendar; any other event is an announced one."""
    by_body = {body.name: {f"{body.name}-{p.stem}@minutebook" for p in body.glob("*.md")}
               for body in (archive_dir / "meetings").iterdir()}
    records = set().union(*by_body.values())
    everything = vobject.readOne((site_dir / "calendars" / "all.ics").read_text(encoding="utf-8"))
    events = {event.uid.value: event for event in everything.vevent_list}
    assert records <= events.keys()
    assert all(events[uid].status.value == "TENTATIVE" for uid in events.keys() - records)
    for body, expected in by_body.items():
        calendar = vobject.readOne((site_dir / "calendars" / f"{body}.ics").read_text(encoding="utf-8"))
        uids = {e.uid.value for e in calendar.vevent_list}
        assert expected <= uids
        assert not (uids & records) - expected, f"{body}.ics has other bodies' meetings"
