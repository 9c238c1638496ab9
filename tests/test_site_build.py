"""The built site, read with an HTML parser: every page kind, attendance as recorded, mentions as links."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin

import yaml
from bs4 import BeautifulSoup

from minutebook.records import split_front_matter


def soup(site: Path, url: str) -> BeautifulSoup:
    path = site / url / "index.html" if not url.endswith(".html") else site / url
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def resolve(url: str, href: str) -> str:
    """An href on the page at `url` as a path from the site root."""
    return urljoin(f"http://site/{url}/" if url else "http://site/", href).removeprefix("http://site/")


def records(archive: Path):
    for path in sorted((archive / "meetings").glob("*/*.md")):
        front, _, _ = split_front_matter(path.read_text())
        yield path, yaml.safe_load(front)


def test_every_page_kind_is_built(site_dir, archive_dir):
    for url in ("", "meetings", "decisions", "bodies", "people", "organisations", "topics", "about",
                "searching", "record-format"):
        assert (site_dir / url / "index.html").is_file(), url
    for path, _ in records(archive_dir):
        assert (site_dir / "meetings" / path.parent.name / path.stem / "index.html").is_file()
    for registry, section in (("people", "people"), ("organisations", "organisations"), ("bodies", "bodies"),
                              ("topics", "topics")):
        for entry in yaml.safe_load((archive_dir / f"{registry}.yml").read_text()):
            assert (site_dir / section / entry["id"] / "index.html").is_file(), entry["id"]


def test_meeting_page_attendance_counts_match_the_records(site_dir, archive_dir):
    headings = {"present": "Present", "substitute": "Substitutes", "apologies": "Apologies", "absent": "Absent",
                "in_attendance": "In attendance"}
    for path, front in records(archive_dir):
        page = soup(site_dir, f"meetings/{path.parent.name}/{path.stem}")
        counts = Counter(entry.get("status", "present") for entry in front.get("attendance") or [])
        for status, heading in headings.items():
            block = page.select_one(f"div.mb-attendance.mb-{status}")
            if counts[status] == 0:
                assert block is None
                continue
            assert block.select_one("p.mb-attendance-heading").get_text() == f"{heading} ({counts[status]})", path
            assert len(block.select("li")) == counts[status]  # one line a person
            assert len(block.select('li > a[href*="people/"]')) == counts[status]


def test_meeting_page_shows_items_in_order_with_decisions_and_neighbours(site_dir):
    page = soup(site_dir, "meetings/cabinet/2017-07-13")
    ids = [h["id"] for h in page.select("h2[id^=minute-]")]
    assert ids == ["minute-575", "minute-576", "minute-577"]
    decisions = page.select("div.admonition.decision")
    assert len(decisions) == 3
    assert "three forms of entry" in decisions[1].get_text()
    assert "Recommended to Council" in page.select_one("div.admonition.recommendation").get_text()
    sequence = page.select_one("p.mb-sequence")
    assert sequence.find("a", string="14 September 2017")["href"].endswith("2017-09-14/")
    facts = page.select_one("div.mb-facts").get_text(" ")
    assert "Thursday 13 July 2017, 18:30–20:12" in facts and "Committee Rooms 1 & 2" in facts


def test_mentions_become_links_but_not_ambiguous_names(site_dir):
    page = soup(site_dir, "meetings/council/2017-09-28")
    here = "meetings/council/2017-09-28"
    links = {" ".join(a.get_text().split()): resolve(here, a["href"]) for a in page.select("article a")}
    assert links["Dr Small"] == "people/genevieve-small/"
    assert links["Councillor Green"] == "people/mitzi-green/"
    assert links["Clinical Commissioning Group"] == "organisations/harrow-ccg/"
    assert links["meeting held on 13 July 2017"] == "meetings/cabinet/2017-07-13/"
    assert links["Minute 576"] == "meetings/cabinet/2017-07-13/#minute-576"
    assert links["Councillor Susan Hall's consultation page"] == "https://www.harrow.gov.uk/ctsupport"
    planning = soup(site_dir, "meetings/planning-committee/2017-07-19")
    paragraph = next(p for p in planning.select("article p") if "Cllr Mote asked" in p.get_text())
    linked = [" ".join(a.get_text().split()) for a in paragraph.select("a")]
    assert linked == ["Councillor Keith Ferry", "Cllr Janet Mote"]
    # "Cllr Mote" alone could be Janet or Chris Mote: no guess, no link.


def test_person_page_has_roles_attendance_share_and_actions(site_dir):
    page = soup(site_dir, "people/mitzi-green")
    table = page.select_one("#attendance").find_next("table")
    header = [th.get_text(strip=True) for th in table.select("thead th")]
    assert header == ["Body", "Expected", "Present", "Apologies", "Absent", "Share"]
    rows = {r.select("td")[0].get_text(strip=True): [c.get_text(strip=True) for c in r.select("td")[1:]]
            for r in table.select("tbody tr")}
    # A member of Council since 2014: present 2017-05-18 and 2017-09-28, apologies 2017-06-13. Her substitution
    # at Cabinet is no meeting she was expected at: named, not counted.
    assert rows == {"Council": ["3", "2", "1", "0", "67%"]}
    text = page.get_text(" ")
    assert "Not counted above: 1 other meeting" in " ".join(text.split())
    assert "declared an interest: Governor of Pinner Wood School" in text
    assert "Pinner Wood School" in page.select_one("#appointments").find_next("ul").get_text()
    mover = soup(site_dir, "people/barry-macleod-cullinane").get_text(" ")
    assert "moved a motion: Protecting Harrow's Green Belt" in mover


def test_body_organisation_topic_and_register_pages(site_dir):
    body = soup(site_dir, "bodies/cabinet")
    assert [h.get_text(strip=True).rstrip("#") for h in body.select("h3[id^=meetings-]")] == ["2027", "2017"]
    assert "Chair" in body.select_one("#members").find_next("table").get_text()
    org = soup(site_dir, "organisations/job-centre-plus").get_text(" ")
    assert "Cabinet, 13 July 2017, minute 577" in org
    topic = soup(site_dir, "topics/schools")
    items = [a.get_text(" ", strip=True) for a in topic.select("article li > a")]
    assert items[0].startswith("Council, 28 September 2017") and items[1].startswith("Cabinet, 13 July 2017")
    register = soup(site_dir, "decisions")
    years = [e["id"] for e in register.select("[id^=year-]") if e["id"].count("-") == 1]
    assert years == sorted(years, reverse=True) and years  # the anchors of the register's years are kept
    assert register.find(id="year-2017-cabinet") is not None
    heads = [th.get_text(strip=True) for th in register.select(".mb-register thead th")]
    assert heads == ["Date", "Body", "Item", "Decision", "Topics", "Kind"]
    kinds = [tr.select("td")[-1].get_text() for tr in register.select(".mb-register tbody tr")]
    assert "Decision" in kinds and any(k.startswith("Procedural") for k in kinds)
    assert register.select_one('a[href$="data/decisions.csv"]') is not None


def test_home_lists_latest_and_upcoming_and_counts(site_dir, archive_dir):
    page = soup(site_dir, "")
    upcoming = page.select_one("#upcoming").find_next("ul").get_text()
    assert "Cabinet, 14 January 2027" in upcoming
    latest = [li.get_text(" ", strip=True) for li in page.select_one("#latest").find_next("ul").select("li")]
    assert latest[0].startswith("Council, 28 September 2017")
    counts = page.select_one("p.mb-counts").get_text()
    assert counts.startswith(f"{len(list(records(archive_dir)))} meetings · 16 items · ")
    assert page.select_one("label[for=__search]") is not None


def test_only_index_pages_are_in_the_nav(site_dir):
    page = soup(site_dir, "meetings/cabinet/2017-07-13")
    here = "meetings/cabinet/2017-07-13"
    nav = {resolve(here, a["href"]).rstrip("/") for a in page.select("nav.md-nav--primary a.md-nav__link[href]")}
    assert {"meetings", "decisions", "bodies", "people", "organisations", "topics"} <= nav
    assert not any("/" in n for n in nav), nav  # no meeting, person, organisation or topic page


def test_the_search_index_holds_every_search_document_and_the_help_pages(site_dir, archive_dir):
    """Pagefind's bundle (no Material search index): a record per meeting (its items and appended documents as
    sections) and per person, body, organisation and topic, plus the help pages."""
    from minutebook.archive import load_archive
    from minutebook.search import all_documents
    from minutebook.search.pagefind_records import records

    assert not (site_dir / "search" / "search_index.json").exists()
    entry = json.loads((site_dir / "pagefind" / "pagefind-entry.json").read_text())
    documents = all_documents(load_archive(archive_dir)[0])
    help_pages = [p for p in Path(__file__).resolve().parent.parent.joinpath("docs").glob("*.md")
                  if p.name not in ("index.md", "search.md")]
    meetings = {d.ref.split("#")[0] for d in documents if "#" in d.ref}
    assert entry["languages"]["en"]["page_count"] == len(dict(records(documents))) + len(help_pages)
    assert len(dict(records(documents))) == len(meetings) + len([d for d in documents if not d.date])
    assert (site_dir / "search" / "index.html").exists()


def test_the_search_index_is_written_by_the_pagefind_pinned_on_npm(site_dir):
    """`make` installs Pagefind from npm (package-lock.json), newer than PyPI's pagefind-bin; the build uses it."""
    lock = json.loads((Path(__file__).resolve().parent.parent / "package-lock.json").read_text())
    pinned = lock["packages"]["node_modules/pagefind"]["version"]
    entry = json.loads((site_dir / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["version"] == pinned, "npm's Pagefind is not installed (make pagefind) or not the one the build used"


def test_nothing_generated_is_written_into_docs():
    docs = Path(__file__).resolve().parent.parent / "docs"
    assert not (docs / "meetings").exists() and not (docs / "people").exists()


def test_pages_offer_their_feed_and_calendar(site_dir):
    for url, feed, calendar in (("meetings/cabinet/2017-07-13", "feeds/bodies/cabinet.xml", "calendars/cabinet.ics"),
                                ("bodies/cabinet", "feeds/bodies/cabinet.xml", "calendars/cabinet.ics"),
                                ("people/mitzi-green", "feeds/people/mitzi-green.xml", None),
                                ("topics/schools", "feeds/topics/schools.xml", None),
                                ("decisions", "feeds/decisions.xml", None),
                                ("", "feeds/meetings.xml", "calendars/all.ics"),
                                ("organisations/job-centre-plus", "feeds/meetings.xml", "calendars/all.ics"),
                                ("people", "feeds/meetings.xml", "calendars/all.ics"),
                                ("topics", "feeds/meetings.xml", "calendars/all.ics")):
        page = soup(site_dir, url)
        alternate = page.select_one('link[rel~=alternate][type="application/atom+xml"]')
        assert resolve(url, alternate["href"]) == feed, url
        visible = {resolve(url, a["href"]) for a in page.select("p.mb-follow a")}
        assert visible == {feed, calendar} - {None}, url
        assert all((site_dir / path).is_file() for path in visible)


def test_topic_page_and_topic_feed_list_the_same_items(site_dir):
    import feedparser

    page = soup(site_dir, "topics/schools")
    on_page = {resolve("topics/schools", a["href"]) for a in page.select("article li > a")}
    feed = feedparser.parse((site_dir / "feeds" / "topics" / "schools.xml").read_bytes())
    in_feed = {entry.link.split("/", 3)[-1] if "://" in entry.link else entry.link for entry in feed.entries}
    assert "meetings/cabinet/2017-07-13/#minute-576" in on_page
    # 'Declarations of Interest', where a governor of a school declared: a passing mention, not a school item
    assert "meetings/council/2017-05-18/#minute-2" not in on_page
    assert {u.split("#")[1] for u in on_page} == {u.split("#")[1] for u in in_feed}


def test_a_past_meeting_with_only_its_agenda_is_listed_as_such(tmp_path):
    import datetime as dt

    from minutebook.archive import load_archive
    from minutebook.site import build_site

    archive, _ = load_archive(Path(__file__).parent / "fixtures" / "archive")
    pages = {p.path: p.markdown for p in build_site(archive, today=dt.date(2027, 6, 1)).pages}
    assert "Cabinet, 14 January 2027](meetings/cabinet/2027-01-14.md), 18:30 (agenda only)" in pages["index.md"]
    assert "None scheduled." in pages["index.md"]
    assert "<td>Status</td>\n<td>Agenda only</td>" in pages["meetings/cabinet/2027-01-14.md"]


def test_the_theme_leaves_no_lines_of_its_block_tags(site_dir):
    """Material writes each `{% if %}` and `{% block %}` on a line of its own: untrimmed, they were half of a
    meeting page's lines, blank, and a tenth of every page's bytes."""
    for page in site_dir.rglob("*.html"):
        lines = page.read_text(encoding="utf-8").splitlines()
        blank = sum(1 for line in lines if not line.strip())
        assert blank <= len(lines) / 5, f"{page.relative_to(site_dir)}: {blank} of {len(lines)} lines blank"


def test_the_theme_leaves_no_indentation_outside_the_pages_own_text(site_dir):
    """Material indents its markup, which a browser never shows: the indentation was a twentieth of a page's bytes.
    The page's own text (the article, where a <pre> may be) keeps its own."""
    for page in site_dir.rglob("*.html"):
        chrome = re.sub(r"<article\b.*?</article>", "", page.read_text(encoding="utf-8"), flags=re.S)
        indented = [line for line in chrome.splitlines() if line[:1] in (" ", "\t")]
        assert not indented, f"{page.relative_to(site_dir)}: {indented[:3]}"
