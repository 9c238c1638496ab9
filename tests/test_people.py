"""The people registry's party, ward, terms and memberships; expected attendance; the people index and pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build_cli

from minutebook.archive import load_archive
from minutebook.expected import expected_meetings, share, tally
from minutebook.pages.people import person_kind

BODIES = "- id: panel\n  name: Panel\n- id: council\n  name: Council\n"
PEOPLE = """\
- id: ann-able
  name: Ann Able
  honorific: Councillor
  party: Labour
  ward: Roxbourne
  terms:
  - from: 2018-05-03
    to: 2022-05-05
  memberships:
  - body: panel
    role: member
    from: 2020-01-01
    to: 2020-12-31
  - body: panel
    role: Chairman
    from: 2021-01-01
- id: bob-baker
  name: Bob Baker
  memberships:
  - body: panel
    role: reserve
- id: cat-cole
  name: Cat Cole
  memberships:
  - {body: panel, role: member}
- id: dan-dee
  name: Dan Dee
"""


def meeting(day: str, status: str = "held", attendance: str = "") -> str:
    return f"---\nbody: panel\ndate: {day}\nstatus: {status}\n{attendance}---\n"


# Ann: a member through 2020, chair from 2021. Cat: a member with no dates. Bob: a reserve.
MEETINGS = {
    "2019-06-01": meeting("2019-06-01", attendance="attendance:\n  - person: ann-able\n"),  # before her membership
    "2020-02-01": meeting("2020-02-01", attendance="attendance:\n  - person: ann-able\n  - person: cat-cole\n"),
    "2020-06-01": meeting("2020-06-01", attendance="attendance:\n  - {person: ann-able, status: apologies}\n"
                                                   "  - {person: cat-cole, status: absent}\n"),
    "2020-09-01": meeting("2020-09-01", attendance="attendance:\n  - person: cat-cole\n"),  # Ann not listed: absent
    "2021-03-01": meeting("2021-03-01", attendance="attendance:\n  - {person: ann-able, role: Chair}\n"
                                                   "  - {person: bob-baker, status: substitute, "
                                                   "substitute_for: cat-cole}\n"),
    "2021-06-01": meeting("2021-06-01"),  # minutes without an attendance list: not recorded
    "2021-09-01": meeting("2021-09-01", status="cancelled"),
    "2030-01-01": meeting("2030-01-01", status="scheduled"),
}


def write(tmp_path: Path, people: str = PEOPLE, meetings: dict[str, str] = MEETINGS) -> Path:
    content = tmp_path / "content"
    (content / "meetings" / "panel").mkdir(parents=True)
    (content / "bodies.yml").write_text(BODIES)
    (content / "people.yml").write_text(people)
    for day, text in meetings.items():
        (content / "meetings" / "panel" / f"{day}.md").write_text(text)
    return content


@pytest.fixture
def archive(tmp_path):
    loaded, problems = load_archive(write(tmp_path))
    assert not problems.errors, problems.report()
    return loaded


def test_the_registry_reads_party_ward_terms_and_memberships(archive):
    ann = archive.people["ann-able"]
    assert (ann.party, ann.ward) == ("Labour", "Roxbourne")
    assert [(t.start.isoformat(), t.end.isoformat()) for t in ann.terms] == [("2018-05-03", "2022-05-05")]
    assert [(m.body, m.role, m.expected) for m in ann.memberships] == [("panel", "member", True),
                                                                      ("panel", "chair", True)]
    assert ann.memberships[1].end is None  # an open end: still chair
    assert archive.people["bob-baker"].memberships[0].expected is False  # a reserve is not expected


def test_expected_attendance_counts_the_meetings_a_member_was_expected_at(archive):
    ann = expected_meetings(archive, archive.people["ann-able"])
    # 2019 is before her membership; cancelled and scheduled meetings expect no one.
    assert [(e.meeting.slug, e.outcome) for e in ann] == [
        ("2020-02-01", "present"), ("2020-06-01", "apologies"), ("2020-09-01", "absent"),
        ("2021-03-01", "present"), ("2021-06-01", "not_recorded")]
    by_year = tally(ann, lambda e: e.meeting.date.year)
    assert dict(by_year[2020]) == {"present": 1, "apologies": 1, "absent": 1}
    assert share(by_year[2020]) == pytest.approx(1 / 3)
    assert share(by_year[2021]) == 1.0  # the meeting with no attendance list is left out of the share
    overall = tally(ann, lambda e: e.meeting.body)["panel"]
    assert sum(overall.values()) == 5 and share(overall) == 0.5


def test_a_member_replaced_by_a_substitute_sent_apologies_and_a_reserve_is_not_expected(archive):
    cat = {e.meeting.slug: e.outcome for e in expected_meetings(archive, archive.people["cat-cole"])}
    # No dates: every held meeting of the body, the one before anyone else's membership included.
    assert cat == {"2019-06-01": "absent", "2020-02-01": "present", "2020-06-01": "absent",
                   "2020-09-01": "present", "2021-03-01": "apologies", "2021-06-01": "not_recorded"}
    assert expected_meetings(archive, archive.people["bob-baker"]) == []
    assert expected_meetings(archive, archive.people["dan-dee"]) == []


def test_people_are_sorted_into_members_officers_and_others(archive):
    assert person_kind(archive.people["ann-able"], []) == "member"
    assert person_kind(archive.people["dan-dee"], []) == "other"


@pytest.mark.parametrize(("variant", "entry", "line", "says"), [
    ("role_unknown", "  memberships:\n  - body: panel\n    role: boss\n", 5, "'boss' is not a membership role"),
    ("body_missing", "  memberships:\n  - role: member\n", 4, "membership: 'body' is required"),
    ("body_unknown", "  memberships:\n  - body: panle\n", 4, "unknown body 'panle' (did you mean 'panel'?"),
    ("membership_dates_reversed", "  memberships:\n  - body: panel\n    from: 2021-01-01\n    to: 2020-01-01\n",
     6, "membership: to: 2020-01-01 is before from: 2021-01-01"),
    ("membership_date_bad", "  memberships:\n  - body: panel\n    from: May 2020\n", 5, "'May 2020' is not a date"),
    ("term_dates_reversed", "  terms:\n  - from: 2022-05-05\n    to: 2018-05-03\n", 5,
     "term: to: 2018-05-03 is before from: 2022-05-05"),
    ("term_unknown_field", "  terms:\n  - start: 2018-05-03\n", 4, "term: unknown field 'start'"),
    ("terms_not_a_list", "  terms: 2018-05-03\n", 3, "term: expected a list"),
    ("kind_unknown", "  kind: councillor\n", 3, "'councillor' is not one of: member, officer, other"),
    ("ward_a_list", "  ward: [Roxbourne, Harrow Weald]\n", 3, "ward: expected text, found a list"),
])
def test_a_bad_registry_value_is_named_with_path_and_line(tmp_path, variant, entry, line, says):
    people = "- id: eve-east\n  name: Eve East\n" + entry
    content = write(tmp_path, people, {"2020-01-01": meeting("2020-01-01")})
    result = build_cli("check", "--content", str(content), cwd=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = (result.stdout + result.stderr).splitlines()
    assert any(f"people.yml:{line}:" in x and says in x for x in lines), (variant, lines)


def test_the_person_page_shows_expected_attendance_by_body_and_year_and_the_index_its_parts(tmp_path):
    content = write(tmp_path)
    (content / "archive.yml").write_text("name: Test archive\nauthority: Test Council\n")
    site = tmp_path / "site"
    result = build_cli("build", "--content", str(content), "--site-dir", str(site), "--strict", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr

    def page(url: str) -> BeautifulSoup:
        return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")

    ann = page("people/ann-able")
    text = " ".join(ann.get_text(" ").split())
    assert "Ward: Roxbourne" in text and "Term of office: 3 May 2018 – 5 May 2022" in text
    assert "Measured against the 5 meetings Councillor Ann Able was expected at" in text
    assert "1 meeting has no attendance recorded" in text

    def rows(table) -> list[list[str]]:
        return [[c.get_text(strip=True) for c in r.select("td")] for r in table.select("tbody tr")]

    assert rows(ann.select_one("#attendance").find_next("table")) == [["Panel", "5", "2", "1", "1", "50%"]]
    assert rows(ann.select_one("#attendance-years").find_next("table")) == [
        ["2021", "2", "1", "0", "0", "100%"], ["2020", "3", "1", "1", "1", "33%"]]
    assert "Not counted above: 1 other meeting" in text  # 2019, before her membership
    bob = " ".join(page("people/bob-baker").get_text(" ").split())
    assert "The recorded memberships of Bob Baker (substitute, reserve, observer) expect them at no meeting" in bob
    dan = page("people/dan-dee")
    assert dan.select_one("#attendance") is None  # no membership and nothing recorded: no figures at all
    index = page("people")
    assert [h.get_text(strip=True).rstrip("#") for h in index.select("h2")] == ["Members", "Others"]
    members = index.select_one(".mb-people-member table")
    assert [th.get_text(strip=True) for th in members.select("thead th")] == ["Name", "Party", "Ward", "Meetings"]
    assert rows(members)[0][:3] == ["Ann Able", "Labour", "Roxbourne"]
