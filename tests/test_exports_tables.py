"""The CSV tables: a header, one row per decision / attendance entry / item / person."""

from __future__ import annotations

import csv
import io

from exports_sample import PEOPLE, sample_archive

from minutebook.exports import export_all


def rows(name: str) -> list[dict[str, str]]:
    text = export_all(sample_archive(), None)[f"data/{name}.csv"]
    assert text.endswith("\r\n")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_row_per_decision_with_meeting_and_deep_link():
    decisions = rows("decisions")
    assert len(decisions) == 3
    first = decisions[0]
    assert {k: first[k] for k in ("meeting", "body", "date", "url", "item", "decision_number")} == {
        "meeting": "cabinet/2017-07-13", "body": "cabinet", "date": "2017-07-13",
        "url": "meetings/cabinet/2017-07-13/#minute-576", "item": "576", "decision_number": "1"}
    assert first["decision"] == "That the expansion of Pinner Wood School be approved."
    assert decisions[2]["item_title"] == 'Budget "emergency", schools & roads'


def test_one_row_per_attendance_entry():
    attendance = rows("attendance")
    assert [(a["person"], a["status"]) for a in attendance] == [
        ("mitzi-green", "present"), ("graham-henson", "substitute"), ("keith-ferry", "apologies"),
        ("tom-whiting", "in_attendance")]
    assert attendance[1]["substitute_for"] == "keith-ferry"
    assert attendance[3]["name"] == "Tom Whiting"
    assert attendance[0]["url"] == "meetings/cabinet/2017-07-13/"


def test_one_row_per_item():
    items = rows("items")
    assert [(i["meeting"], i["number"], i["url"]) for i in items] == [
        ("cabinet/2017-07-13", "576", "meetings/cabinet/2017-07-13/#minute-576"),
        ("cabinet/2017-07-13", "10", "meetings/cabinet/2017-07-13/#item-10"),
        ("cabinet/2017-07-13-2", "107/20", "meetings/cabinet/2017-07-13-2/#minute-107-20")]
    assert (items[0]["decisions"], items[0]["topics"], items[1]["minute"]) == ("2", "schools", "")


def test_one_row_per_person():
    people = rows("people")
    assert [p["id"] for p in people] == sorted(PEOPLE)
    assert people[0]["aliases"] == "G. Henson"
    assert people[0]["url"] == "people/graham-henson/"
