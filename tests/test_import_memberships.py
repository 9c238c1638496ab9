"""memberships.py: memberships from the membership lists printed on agendas, and only what they show."""

import datetime as dt

from minutebook.importer.drafts import AttendanceDraft
from minutebook.importer.lines import Line
from minutebook.importer.memberships import Listings, merged, role_of
from minutebook.importer.names import PersonName

LINE = Line("agenda.txt", 3, "", "")


def draft(role=None, status="present", capacity=None) -> AttendanceDraft:
    return AttendanceDraft(PersonName("Jane Smith"), LINE, status=status, role=role, capacity=capacity)


def test_the_role_comes_from_the_list_and_the_printed_role_never_from_a_post():
    assert role_of(draft("Chair")) == "chair"
    assert role_of(draft("Chairman")) == "chair"
    assert role_of(draft("VC")) == "vice-chair"
    assert role_of(draft(capacity="reserve")) == "reserve"
    assert role_of(draft(status="substitute")) == "substitute"
    assert role_of(draft("Leader of the Council, Property and Major Contracts Portfolio Holder")) == "member"


def test_a_membership_runs_over_consecutive_lists_and_a_list_without_the_person_ends_it():
    listings = Listings()
    days = [dt.date(2020, 1, 1), dt.date(2020, 2, 1), dt.date(2020, 3, 1), dt.date(2020, 4, 1)]
    for day in days:
        listings.add("bob-baker", "panel", "member", day, f"agenda-{day.month}.txt:5")
    for day in (days[0], days[1], days[3]):  # not on the March list
        listings.add("ann-able", "panel", "member", day, f"agenda-{day.month}.txt:4")
    listings.add("ann-able", "council", "chair", days[2], "council.txt:9")
    assert listings.of("ann-able") == [
        {"body": "council", "role": "chair", "from": "2020-03-01", "to": "2020-03-01",
         "source": "membership list printed at council.txt:9"},
        {"body": "panel", "role": "member", "from": "2020-01-01", "to": "2020-02-01",
         "source": "membership list printed at agenda-1.txt:4, agenda-2.txt:4"},
        {"body": "panel", "role": "member", "from": "2020-04-01", "to": "2020-04-01",
         "source": "membership list printed at agenda-4.txt:4"}]
    assert listings.of("bob-baker")[0]["source"] == ("membership list printed at agenda-1.txt:5, agenda-2.txt:5, "
                                                     "agenda-3.txt:5 and 1 more")


def test_memberships_in_the_registry_are_kept_and_not_repeated():
    known = [{"body": "panel", "role": "chair", "from": "2019-05-01"}, {"body": "panel", "role": "member",
                                                                       "from": "2020-01-01", "to": "2020-02-01"}]
    found = [{"body": "panel", "role": "member", "from": "2020-01-01", "to": "2020-02-01", "source": "x"},
             {"body": "council", "role": "member", "from": "2020-03-01", "to": "2020-03-01", "source": "y"}]
    assert merged(known, found) == [*known, found[1]]
