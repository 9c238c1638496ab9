"""A small archive for the export tests, built from the model directly.

It covers what the exporters must get right: a minute and an agenda-only item (anchors from
`records.anchor_for`, as the record reader makes them), a second meeting of one body on one day, a
substitute, an officer, apologies, a scheduled meeting without a start time and a cancelled one.
"""

from __future__ import annotations

import datetime as dt

from minutebook.model import (
    Archive,
    Attendance,
    Body,
    Declaration,
    Item,
    Meeting,
    Membership,
    Motion,
    Organisation,
    Person,
    SourceRef,
    Term,
    Topic,
)
from minutebook.records import anchor_for


def item(title: str, minute: str | None = None, agenda: str | None = None, **fields) -> Item:
    return Item(anchor=anchor_for(minute, agenda), title=title, minute=minute, agenda=agenda, **fields)


SCHOOL = item(
    "Pinner Wood School expansion", minute="576", agenda="9", topics=("schools",),
    decisions=("That the expansion of Pinner Wood School be approved.", "That officers consult on the design."),
    declarations=(Declaration("mitzi-green", "Governor of Pinner Wood School", "non-pecuniary", False),),
    motions=(Motion("Protecting the school field", "graham-henson", "mitzi-green", "carried"),),
)
MEETINGS = (
    Meeting("planning", dt.date(2017, 6, 1), "2017-06-01", start="19:00", venue="Council Chamber", status="cancelled"),
    Meeting(
        "cabinet", dt.date(2017, 7, 13), "2017-07-13", start="18:30", end="20:12",
        venue="Committee Rooms 1 & 2, Harrow Civic Centre",
        attendance=(
            Attendance("mitzi-green", role="Chair"),
            Attendance("graham-henson", status="substitute", substitute_for="keith-ferry"),
            Attendance("keith-ferry", status="apologies"),
            Attendance("tom-whiting", status="in_attendance", capacity="officer", organisation="harrow-council",
                       role="Corporate Director, Resources", name="Mr T. Whiting"),
        ),
        items=(SCHOOL, item("Any other business", agenda="10")),
        sources=(SourceRef("sources/cabinet-2017-07-13.txt", 1, 240, "minutes"),),
    ),
    Meeting("cabinet", dt.date(2017, 7, 13), "2017-07-13-2", start="21:00", type="extraordinary",
            items=(item('Budget "emergency", schools & roads', minute="107/20", topics=("schools",),
                        decisions=("That the budget, as amended, be agreed.",)),)),
    Meeting("planning", dt.date(2017, 9, 1), "2017-09-01", status="scheduled"),
)
PEOPLE = {p.id: p for p in (
    Person("mitzi-green", "Mitzi Green", "Councillor", party="Labour", ward="Pinner", kind="member",
           terms=(Term(dt.date(2014, 5, 22)),), memberships=(Membership(dt.date(2016, 5, 1), body="cabinet"),)),
    Person("graham-henson", "Graham Henson", "Councillor", aliases=("G. Henson",)),
    Person("keith-ferry", "Keith Ferry", "Councillor"),
    Person("tom-whiting", "Tom Whiting", organisation="harrow-council"),
    Person("zoe-quiet", "Zoe Quiet"),  # attends nothing: her feed is empty but valid
)}


def sample_archive(people: dict[str, Person] | None = None) -> Archive:
    return Archive(
        name="Harrow meetings archive",
        authority="Harrow Council",
        people=PEOPLE if people is None else people,
        organisations={"harrow-council": Organisation("harrow-council", "Harrow Council", website="https://harrow.gov.uk")},
        bodies={"cabinet": Body("cabinet", "Cabinet", parent="council", kind="executive"),
                "planning": Body("planning", "Planning Committee", kind="committee")},
        topics={"schools": Topic("schools", "Schools", phrases=("school",)), "roads": Topic("roads", "Roads")},
        meetings=MEETINGS,
    )
