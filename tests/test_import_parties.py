"""parties.py and the party an import writes to the people registry: only what the documents print."""

import datetime as dt

import pytest

from minutebook.importer.attendance import parse_region
from minutebook.importer.drafts import MeetingDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.naming import Names
from minutebook.importer.output import record, registry_entries
from minutebook.importer.parties import party_of


@pytest.mark.parametrize(("note", "party"), [
    ("Labour", "Labour"), ("Lab", "Labour"), ("Labour Co-op", "Labour and Co-operative"), ("Con", "Conservative"),
    ("Conservative and Unionist", "Conservative"), ("Lib Dem", "Liberal Democrat"), ("LD", "Liberal Democrat"),
    ("Green Party", "Green"), ("Independent", "Independent"),
    # Not a party: a role, an organisation, a reason, a group the person leads.
    ("Representative", None), ("Harrow Council", None), ("for minute 24", None),
    ("Leader of the Conservative Group", None), ("Labour Group Whip", None),
])
def test_a_note_is_a_party_only_when_it_is_a_partys_whole_name(note, party):
    assert party_of(note) == party


def imported(text: str) -> dict[str, dict]:
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    meeting = MeetingDraft(body="Council", date=dt.date(2020, 1, 2), file="doc.txt", line=1)
    meeting.attendance = entries
    names = Names()
    record(meeting, names)
    names.settle()
    record(meeting, names)
    return {e["id"]: e for e in registry_entries(names.people, "person")}


def test_a_party_beside_a_councillors_name_goes_to_the_registry_not_the_organisations():
    people = imported("Present:\n\nCouncillor Jane Smith (Labour)\nCllr Tom Jones (Con)\nMary Brown (Independent)\n")
    assert people["jane-smith"]["party"] == "Labour"
    assert people["jane-smith"]["source"] == "party printed beside the name at doc.txt:3"
    assert people["tom-jones"]["party"] == "Conservative"
    assert "organisation" not in people["jane-smith"]
    assert "party" not in people["mary-brown"]  # not a councillor: '(Independent)' may be an independent person


def test_two_parties_for_one_person_are_left_to_a_person():
    people = imported("Present:\n\nCouncillor Jane Smith (Labour)\n\nApologies:\n\nCouncillor Jane Smith (Green)\n")
    assert "party" not in people["jane-smith"]
