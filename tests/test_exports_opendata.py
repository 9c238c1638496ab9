"""The JSON open data files: fixed paths, the fields issue 2 asks for, and the same bytes every time."""

from __future__ import annotations

import csv
import io
import json

from exports_sample import PEOPLE, sample_archive

from minutebook.exports import export_all

SITE = "https://example.org/archive/"


def load(files: dict, name: str) -> list[dict]:
    data = json.loads(files[f"data/{name}.json"])
    assert list(data) == [name]
    return data[name]


def test_every_fixed_path_is_exported():
    files = export_all(sample_archive(), SITE)
    expected = {f"data/{n}.json" for n in ("meetings", "people", "organisations", "bodies", "topics")}
    expected |= {f"data/{n}.csv" for n in ("decisions", "attendance", "items", "people")}
    expected |= {"feeds/meetings.xml", "feeds/decisions.xml", "calendars/all.ics"}
    assert expected <= set(files)


def test_meetings_are_listed_oldest_first_with_their_fields():
    meetings = load(export_all(sample_archive(), SITE), "meetings")
    assert [m["id"] for m in meetings] == [
        "planning/2017-06-01", "cabinet/2017-07-13", "cabinet/2017-07-13-2", "planning/2017-09-01"]
    cabinet = meetings[1]
    assert {k: cabinet[k] for k in ("body", "date", "start", "end", "type", "status", "url")} == {
        "body": "cabinet", "date": "2017-07-13", "start": "18:30", "end": "20:12", "type": "ordinary",
        "status": "held", "url": "meetings/cabinet/2017-07-13/"}
    assert cabinet["venue"] == "Committee Rooms 1 & 2, Harrow Civic Centre"
    assert cabinet["sources"] == [{"file": "sources/cabinet-2017-07-13.txt", "lines": [1, 240], "pages": None,
                                   "part": "minutes", "ocr_pages": []}]
    scheduled = meetings[3]
    assert (scheduled["start"], scheduled["end"], scheduled["status"]) == (None, None, "scheduled")


def test_attendance_names_come_from_the_registry():
    cabinet = load(export_all(sample_archive(), SITE), "meetings")[1]
    by_person = {a["person"]: a for a in cabinet["attendance"]}
    assert by_person["mitzi-green"]["name"] == "Mitzi Green"
    assert by_person["mitzi-green"]["role"] == "Chair"
    assert by_person["mitzi-green"]["status"] == "present"
    assert by_person["graham-henson"]["substitute_for"] == "keith-ferry"
    assert by_person["keith-ferry"]["status"] == "apologies"
    officer = by_person["tom-whiting"]
    assert (officer["name"], officer["printed_name"]) == ("Tom Whiting", "Mr T. Whiting")
    assert officer["status"] == "in_attendance"
    assert (officer["capacity"], officer["organisation"]) == ("officer", "harrow-council")


def test_items_are_numbered_by_minute_else_agenda_and_link_to_their_anchor():
    meetings = load(export_all(sample_archive(), SITE), "meetings")
    school, other = meetings[1]["items"]
    assert (school["number"], school["minute"], school["agenda_number"]) == ("576", "576", "9")
    assert school["url"] == "meetings/cabinet/2017-07-13/#minute-576"
    assert school["decisions"] == ["That the expansion of Pinner Wood School be approved.",
                                   "That officers consult on the design."]
    assert school["topics"] == ["schools"]
    assert school["motions"][0]["mover"] == "graham-henson"
    assert school["declarations"][0] == {"person": "mitzi-green", "interest": "Governor of Pinner Wood School",
                                         "kind": "non-pecuniary", "left_room": False, "item": None,
                                         "name": "Mitzi Green"}
    assert (other["number"], other["minute"], other["agenda_number"]) == ("10", None, "10")
    assert other["url"] == "meetings/cabinet/2017-07-13/#item-10"
    assert meetings[2]["items"][0]["url"] == "meetings/cabinet/2017-07-13-2/#minute-107-20"


def test_registries_are_sorted_by_id_with_urls():
    files = export_all(sample_archive(), SITE)
    people = load(files, "people")
    assert [p["id"] for p in people] == sorted(PEOPLE)
    assert people[0] == {"id": "graham-henson", "name": "Graham Henson", "url": "people/graham-henson/",
                         "honorific": "Councillor", "aliases": ["G. Henson"], "kind": None, "party": None,
                         "ward": None, "division": None, "organisation": None, "terms": [], "memberships": [],
                         "appointments": []}
    mitzi = next(p for p in people if p["id"] == "mitzi-green")
    assert (mitzi["kind"], mitzi["party"], mitzi["ward"]) == ("member", "Labour", "Pinner")
    assert mitzi["terms"] == [{"start": "2014-05-22", "end": None}]
    assert mitzi["memberships"] == [{"body": "cabinet", "role": "member", "start": "2016-05-01", "end": None}]
    assert load(files, "bodies")[0]["url"] == "bodies/cabinet/"
    assert [t["id"] for t in load(files, "topics")] == ["roads", "schools"]
    assert load(files, "organisations")[0]["website"] == "https://harrow.gov.uk"


def test_the_people_table_has_the_registry_facts():
    rows = list(csv.DictReader(io.StringIO(export_all(sample_archive(), SITE)["data/people.csv"])))
    mitzi = next(r for r in rows if r["id"] == "mitzi-green")
    assert (mitzi["kind"], mitzi["party"], mitzi["ward"]) == ("member", "Labour", "Pinner")
    assert (mitzi["terms"], mitzi["memberships"]) == ("2014-05-22 to ", "member, cabinet, 2016-05-01 to ")


def test_same_archive_gives_the_same_bytes_whatever_the_registry_order():
    first = export_all(sample_archive(), SITE)
    reordered = export_all(sample_archive(dict(reversed(PEOPLE.items()))), SITE)
    assert first == reordered
    assert all(first[path] == content for path, content in export_all(sample_archive(), SITE).items())
