"""Atom feeds, read back with feedparser (not the library that wrote them)."""

from __future__ import annotations

from urllib.parse import urljoin

import feedparser
import pytest
from exports_sample import PEOPLE, sample_archive

from minutebook.exports import export_all, feed_path

SITE = "https://example.org/archive/"


def parse(files: dict, path: str):
    feed = feedparser.parse(files[path])
    assert not feed.bozo, f"{path}: {feed.get('bozo_exception')}"
    assert feed.version == "atom10"
    return feed


@pytest.fixture(scope="module")
def files():
    return export_all(sample_archive(), SITE)


def test_every_feed_parses_and_has_a_title_and_id(files):
    feeds = [path for path in files if path.startswith("feeds/")]
    assert len(feeds) == 2 + 2 + len(PEOPLE) + 2
    for path in feeds:
        feed = parse(files, path)
        assert feed.feed.title and feed.feed.id == SITE + path
        assert any(link.rel == "self" and link.href == SITE + path for link in feed.feed.links)
        assert feed.feed.author == "Harrow Council" and feed.feed.updated
        for entry in feed.entries:  # what Atom requires of every entry
            assert entry.id and entry.title and entry.updated and entry.link


def test_feeds_built_without_a_site_url_parse_too():
    files = export_all(sample_archive(), None)
    for path in (p for p in files if p.startswith("feeds/")):
        feed = parse(files, path)
        assert feed.feed.id.startswith("urn:minutebook:feeds/")
        assert all(e.id.startswith("urn:minutebook:meetings/") and e.link.startswith("../") for e in feed.entries)


def test_paths_pages_link_to():
    assert feed_path("meetings") == "feeds/meetings.xml"
    assert feed_path("bodies", "cabinet") == "feeds/bodies/cabinet.xml"
    assert feed_path("people", "mitzi-green") == "feeds/people/mitzi-green.xml"
    with pytest.raises(KeyError):
        feed_path("minutes")


def test_meetings_feed_lists_every_meeting_newest_first(files):
    entries = parse(files, "feeds/meetings.xml").entries
    assert [e.id for e in entries] == [SITE + "meetings/" + m for m in (
        "planning/2017-09-01/", "cabinet/2017-07-13-2/", "cabinet/2017-07-13/", "planning/2017-06-01/")]
    assert all(e.link == e.id for e in entries)
    assert [e.updated[:10] for e in entries] == ["2017-09-01", "2017-07-13", "2017-07-13", "2017-06-01"]
    assert entries[2].updated == "2017-07-13T18:30:00+01:00"
    assert entries[2].title == "Cabinet: ordinary meeting, 13 July 2017"
    assert "cancelled" in entries[3].title


def test_decisions_feed_has_one_entry_per_item_with_decisions_linking_to_its_anchor(files):
    entries = parse(files, "feeds/decisions.xml").entries
    assert [e.link for e in entries] == [SITE + "meetings/cabinet/2017-07-13-2/#minute-107-20",
                                         SITE + "meetings/cabinet/2017-07-13/#minute-576"]
    assert "That officers consult on the design." in entries[1].summary
    assert entries[1].title == "Cabinet, 13 July 2017: minute 576, Pinner Wood School expansion"


def test_body_feed_holds_only_its_meetings(files):
    entries = parse(files, feed_path("bodies", "planning")).entries
    assert [e.id for e in entries] == [SITE + "meetings/planning/2017-09-01/", SITE + "meetings/planning/2017-06-01/"]
    assert parse(files, feed_path("bodies", "planning")).feed.link == SITE + "bodies/planning/"


@pytest.mark.parametrize(("person", "expected"), [
    ("mitzi-green", ["meetings/cabinet/2017-07-13/", "meetings/cabinet/2017-07-13/#minute-576"]),  # chair, declarer
    ("graham-henson", ["meetings/cabinet/2017-07-13/", "meetings/cabinet/2017-07-13/#minute-576"]),  # substitute, mover
    ("tom-whiting", ["meetings/cabinet/2017-07-13/"]),  # in attendance
    ("keith-ferry", []),  # sent apologies: did not attend
    ("zoe-quiet", []),
])
def test_person_feed_has_meetings_attended_and_items_naming_them(files, person, expected):
    entries = parse(files, feed_path("people", person)).entries
    assert [e.id for e in entries] == [SITE + path for path in expected]


def test_person_feed_says_what_they_did(files):
    entries = parse(files, feed_path("people", "graham-henson")).entries
    assert entries[1].summary == "Moved 'Protecting the school field'"
    assert "Declared an interest: Governor of Pinner Wood School" in parse(
        files, feed_path("people", "mitzi-green")).entries[1].summary


def test_topic_feed_has_items_tagged_with_it(files):
    entries = parse(files, feed_path("topics", "schools")).entries
    assert [e.link for e in entries] == [SITE + "meetings/cabinet/2017-07-13-2/#minute-107-20",
                                         SITE + "meetings/cabinet/2017-07-13/#minute-576"]
    assert parse(files, feed_path("topics", "roads")).entries == []


def test_ids_are_stable_across_builds(files):
    again = export_all(sample_archive(), SITE)
    assert all(files[path] == again[path] for path in files if path.startswith("feeds/"))


def test_without_a_site_url_ids_are_urns_and_links_relative_to_the_feed():
    files = export_all(sample_archive(), None)
    path = feed_path("topics", "schools")
    feed = parse(files, path)
    assert feed.feed.id == "urn:minutebook:" + path
    entry = feed.entries[1]
    assert entry.id == "urn:minutebook:meetings/cabinet/2017-07-13/#minute-576"
    base = "http://anywhere.test/sub/" + path
    assert urljoin(base, entry.link) == "http://anywhere.test/sub/meetings/cabinet/2017-07-13/#minute-576"
    assert urljoin(base, feed.feed.link) == "http://anywhere.test/sub/topics/schools/"
    meetings = parse(files, "feeds/meetings.xml")
    assert urljoin("http://anywhere.test/" + "feeds/meetings.xml", meetings.feed.link) == "http://anywhere.test/"


def test_a_feed_carries_the_newest_hundred_entries_only():
    import datetime as dt

    import feedparser

    from minutebook.exports import export_all
    from minutebook.exports.feeds import FEED_LIMIT
    from minutebook.model import Archive, Body, Meeting

    start = dt.date(2020, 1, 1)
    dates = [start + dt.timedelta(days=7 * n) for n in range(FEED_LIMIT + 20)]
    meetings = tuple(Meeting("council", date, date.isoformat()) for date in dates)
    archive = Archive("A", "A Council", bodies={"council": Body("council", "Council")}, meetings=meetings)
    feed = feedparser.parse(export_all(archive, "https://example.org/")["feeds/meetings.xml"])
    assert len(feed.entries) == FEED_LIMIT == 100
    assert feed.entries[0].link.endswith(f"{meetings[-1].slug}/") and feed.entries[-1].link.endswith(
        f"{meetings[20].slug}/")
