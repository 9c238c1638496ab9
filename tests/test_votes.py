"""The `votes` field end to end: read from a record, checked with path:line, shown on the meeting page and on
each voter's page (the built HTML read with BeautifulSoup), exported as open data."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from conftest import build_cli
from test_check import GOOD, archive, check

from minutebook.problems import Problems
from minutebook.records import read_record

VOTED = GOOD.replace("    topics: [roads]\n", """    topics: [roads]
    votes:
      - motion: That the road be resurfaced.
        result: carried
        for: [ann-able]
        against: [bob-baker]
        counts: {for: 1, against: 1, abstain: 0}
""")


def test_a_vote_is_read_with_its_sides_counts_and_line(tmp_path):
    content = archive(tmp_path, {"council/2020-01-02.md": VOTED})
    problems = Problems()
    meeting = read_record(content / "meetings" / "council" / "2020-01-02.md", problems)
    assert not problems.errors, problems.report()
    (vote,) = meeting.items[0].votes
    assert (vote.motion, vote.result, vote.for_, vote.against, vote.abstain) == (
        "That the road be resurfaced.", "carried", ("ann-able",), ("bob-baker",), ())
    assert dict(vote.counts) == {"for": 1, "against": 1, "abstain": 0}
    assert vote.origin.line == 12  # the line of its "- motion:"


@pytest.mark.parametrize(("variant", "record", "where", "message"), [
    ("unknown_voter", VOTED.replace("against: [bob-baker]", "against: [zed-zero]"), ":12:",
     "vote against: unknown person 'zed-zero'"),
    ("count_not_a_number", VOTED.replace("abstain: 0}", "abstain: some}"), ":16:", "'some' is not a whole number"),
    ("unknown_side", VOTED.replace("abstain: 0}", "present: 3}"), ":16:", "unknown side 'present'"),
    ("unknown_result", VOTED.replace("result: carried", "result: passed"), ":13:", "'passed' is not one of"),
])
def test_a_bad_vote_is_reported_with_path_and_line(tmp_path, variant, record, where, message):
    code, output = check(tmp_path, {"council/2020-01-02.md": record})
    assert code == 1, output
    line = next((ln for ln in output.splitlines() if message in ln), None)
    assert line is not None, output
    assert line.startswith(f"content/meetings/council/2020-01-02.md{where}"), line


def test_a_vote_is_shown_under_its_item_and_on_each_voters_page(tmp_path):
    content = archive(tmp_path, {"council/2020-01-02.md": VOTED})
    site = tmp_path / "site"
    result = build_cli("build", "--content", str(content), "--site-dir", str(site), "--strict", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

    def page(url: str) -> BeautifulSoup:
        return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")

    vote = page("meetings/council/2020-01-02").select_one("p.mb-vote")
    text = " ".join(vote.get_text(" ").split())
    assert "That the road be resurfaced." in text and "carried, 1 for, 1 against, 0 abstained" in text
    assert [a.get_text() for a in vote.select('a[href*="people/"]')] == ["Ann Able", "Bob Baker"]
    assert "For: Ann Able" in text and "Against: Bob Baker" in text
    for person, verb in (("ann-able", "voted for"), ("bob-baker", "voted against")):
        acts = page(f"people/{person}").select_one("h2#actions").find_next("ul").get_text(" ")
        assert f"{verb}: That the road be resurfaced. (carried)" in " ".join(acts.split())
        link = page(f"people/{person}").select_one("h2#actions").find_next("ul").a["href"]
        assert link.endswith("meetings/council/2020-01-02/#minute-1")
    meetings = json.loads((site / "data" / "meetings.json").read_text())
    exported = next(iter(meetings.values()))[0]["items"][0]["votes"][0]
    assert exported["for"] == ["ann-able"] and exported["names"]["bob-baker"] == "Bob Baker"
    assert exported["counts"] == {"for": 1, "against": 1, "abstain": 0}
