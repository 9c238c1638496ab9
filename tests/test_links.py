"""The cross-linker, one test per pattern: what becomes a link and what must never."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.links import Linker, tag_topics
from minutebook.model import Archive, Attendance, Body, Item, Meeting, Organisation, Person, ReportRef, Topic

PEOPLE = [Person("mitzi-green", "Mitzi Green", "Councillor", aliases=("Mitzi Greene",)),
          Person("genevieve-small", "Genevieve Small", "Dr"),
          Person("janet-mote", "Janet Mote"), Person("chris-mote", "Chris Mote"),
          Person("dal-babu", "Dal Babu", "Chief Superintendent")]
HERE = Meeting("cabinet", dt.date(2017, 9, 14), "2017-09-14",
               items=(Item("minute-601", "Minutes", minute="601"),))
EARLIER = Meeting("cabinet", dt.date(2017, 7, 13), "2017-07-13",
                  items=(Item("minute-576", "Pinner Wood School", minute="576"),))
COUNCIL = Meeting("council", dt.date(2012, 12, 6), "2012-12-06", items=(Item("minute-571", "Petitions", minute="571"),))
ARCHIVE = Archive(
    "Test", "Harrow Council",
    people={p.id: p for p in PEOPLE},
    organisations={"job-centre-plus": Organisation("job-centre-plus", "Jobcentre Plus", ("Job Centre Plus",))},
    bodies={"cabinet": Body("cabinet", "Cabinet"), "council": Body("council", "Council"),
            "health-and-wellbeing-board": Body("health-and-wellbeing-board", "Health and Wellbeing Board")},
    topics={"schools": Topic("schools", "Schools", ("school",))},
    meetings=(COUNCIL, EARLIER, HERE),
)


def link(text: str, meeting: Meeting = HERE) -> str:
    return Linker(ARCHIVE).link(text, meeting, "meetings/cabinet/2017-09-14.md", [])


@pytest.mark.parametrize(("variant", "text", "expected"), [
    ("full_name", "Mitzi Green spoke.", "[Mitzi Green](../../people/mitzi-green.md) spoke."),
    ("title_and_full_name", "Councillor Mitzi Green spoke.", "[Councillor Mitzi Green](../../people/mitzi-green.md)"),
    ("abbreviated_title_and_surname", "Cllr Green spoke.", "[Cllr Green](../../people/mitzi-green.md) spoke."),
    ("title_with_dot", "Cllr. Green spoke.", "[Cllr. Green](../../people/mitzi-green.md)"),
    ("doctor_and_surname", "Dr Small advised.", "[Dr Small](../../people/genevieve-small.md) advised."),
    ("two_word_title", "Chief Superintendent Babu reported.", "[Chief Superintendent Babu](../../people/dal-babu.md)"),
    ("misspelt_alias", "Mitzi Greene agreed.", "[Mitzi Greene](../../people/mitzi-green.md) agreed."),
    ("name_across_a_line_break", "Councillor Mitzi\nGreen", "[Councillor Mitzi\nGreen](../../people/mitzi-green.md)"),
    ("possessive", "Cllr Green's motion", "[Cllr Green](../../people/mitzi-green.md)'s motion"),
    ("organisation_alias", "Job Centre Plus wrote.", "[Job Centre Plus](../../organisations/job-centre-plus.md)"),
    ("multi_word_body", "the Health and Wellbeing Board agreed",
     "the [Health and Wellbeing Board](../../bodies/health-and-wellbeing-board.md) agreed"),
    ("earlier_meeting_of_same_body", "the minutes of the meeting held on 13 July 2017 were agreed",
     "the minutes of the [meeting held on 13 July 2017](2017-07-13.md) were agreed"),
    ("meeting_of_another_body", "the Council meeting held on Thursday 6th December 2012",
     "the Council [meeting held on Thursday 6th December 2012](../council/2012-12-06.md)"),
    ("minute_after_meeting_reference", "the Council meeting held on 6 December 2012 (Minute 571)",
     "([Minute 571](../council/2012-12-06.md#minute-571))"),
    ("minute_of_this_body", "see Minute 576.", "see [Minute 576](2017-07-13.md#minute-576)."),
])
def test_links(variant, text, expected):
    assert expected in link(text)


@pytest.mark.parametrize(("variant", "text"), [
    ("surname_alone", "Green spoke about the Green Belt."),
    ("ambiguous_surname", "Cllr Mote asked a question."),
    ("part_of_a_word", "The Mitzi Greenwood report."),
    ("inside_a_heading", "## Councillor Mitzi Green"),
    ("inside_inline_code", "Run `Mitzi Green` now."),
    ("inside_fenced_code", "```\nMitzi Green\n```"),
    ("inside_an_existing_link", "[Mitzi Green's page](https://example.org/)"),
    ("inside_raw_html", '<a title="Mitzi Green">x</a>'),
    ("lower_case_start", "the jobcentre plus office"),
    ("single_word_body", "The Council agreed; Cabinet noted it."),
    ("unknown_meeting_date", "the meeting held on 1 January 2001"),
    ("impossible_date", "the meeting held on 31 February 2017"),
    ("unknown_minute", "see Minute 999."),
    ("this_meeting_itself", "the meeting held on 14 September 2017"),
])
def test_never_links(variant, text):
    assert link(text) == text


def test_mentions_are_recorded_once_per_place():
    places: list = []
    Linker(ARCHIVE).link("Cllr Green and Mitzi Green and Dr Small", HERE, "x.md", places)
    assert places == [("person", "mitzi-green"), ("person", "mitzi-green"), ("person", "genevieve-small")]


def test_topics_are_tagged_from_phrases_and_kept_from_the_record():
    item = Item("minute-1", "New primary school places", topics=())
    assert tag_topics(ARCHIVE, item) == ("schools",)
    assert tag_topics(ARCHIVE, Item("minute-2", "Roads", topics=("schools",))) == ("schools",)
    assert tag_topics(ARCHIVE, Item("minute-3", "Preschooling")) == ()


def test_a_person_known_by_one_word_is_linked_only_where_they_attended():
    el = Person("el", "el")  # a chat's handle, as a co-op's minutes name its members
    archive = Archive("t", "t", people={"el": el}, meetings=(HERE,))
    attended = Meeting("board", dt.date(2021, 4, 14), "2021-04-14", attendance=(Attendance("el"),))
    assert Linker(archive).link("El Camino Health", HERE, "x.md", []) == "El Camino Health"
    assert Linker(archive).link("El proposed it.", attended, "x.md", []) == "[El](people/el.md) proposed it."


def test_accents_and_their_absence_are_one_name():
    zoe = Archive("t", "t", people={"zoe-oneil": Person("zoe-oneil", "Zoë O'Neil", "Councillor")}, meetings=(HERE,))
    linked = Linker(zoe).link("Councillor Zoe O’Neil and Cllr O'Neil spoke.", HERE, "x.md", [])
    assert linked == "[Councillor Zoe O’Neil](people/zoe-oneil.md) and [Cllr O'Neil](people/zoe-oneil.md) spoke."


def test_topics_come_from_what_an_item_decides_not_from_a_passing_mention():
    silence = Item("minute-4", "Minute's Silence",
                   text="The Council stood in silence for Councillor Jones, a governor of Pinner Wood School.")
    assert tag_topics(ARCHIVE, silence) == ()
    decided = Item("minute-5", "Capital Programme",
                   decisions=("That the expansion of Pinner Wood School be approved.",))
    assert tag_topics(ARCHIVE, decided) == ("schools",)
    report = Item("minute-6", "Performance", reports=(ReportRef("Quarterly report", subject="School places"),))
    assert tag_topics(ARCHIVE, report) == ("schools",)


HEALTHY = Archive("t", "t", bodies={"hwb": Body("hwb", "Health and Wellbeing Board")},
                  topics={"health": Topic("health", "Health", ("health", "public health")),
                          "housing": Topic("housing", "Housing", ("housing",))})


@pytest.mark.parametrize(("variant", "item"), [
    ("a_body_named_in_a_decision", Item("minute-240", "Cabinet and Committee Memberships", decisions=(
        "the amendments to the terms of reference of the Health and Wellbeing Board be agreed;",))),
    ("a_role_named_in_a_decision", Item("minute-576", "Community Strategy", decisions=(
        "That the Portfolio Holder for Public Health, Equality and Community Safety be authorised to amend it.",))),
    ("an_act_named_in_a_decision", Item("minute-241", "Committee Places", decisions=(
        "the allocation of places in accordance with the Local Government and Housing Act 1989 be agreed;",))),
    ("a_director_s_title", Item("minute-9", "Receipts", decisions=("the Divisional Director of Housing be "
                                                                   "authorised to spend them",))),
])
def test_names_of_bodies_roles_and_acts_tag_nothing(variant, item):
    assert tag_topics(HEALTHY, item) == ()


def test_a_title_naming_a_body_or_a_decision_about_the_subject_still_tags():
    assert tag_topics(HEALTHY, Item("minute-217", "Terms of Reference for Health and Wellbeing Board")) == ("health",)
    decided = Item("minute-5", "Strategy", decisions=("That the Housing Strategy be adopted; the Portfolio Holder for "
                                                      "Finance be consulted.",))
    assert tag_topics(HEALTHY, decided) == ("housing",)


def test_every_reference_and_protected_span_in_the_records_holds_what_its_pattern_needs():
    """A paragraph is scanned for a pattern only when it holds one of the strings the pattern `NEEDS`: every match
    in the bundled and test archives' records, and in sentences written for each pattern, holds one."""
    from pathlib import Path

    from minutebook.links import NEEDS

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for folder in (root / "content", root / "tests" / "fixtures" / "archive")
             for p in sorted(folder.glob("meetings/*/*.md"))]
    texts += ["as agreed at the Cabinet meeting held on Thursday, 13 July 2017 (Minute 576)",
              "see `code`, [a link](x.md), <b>bold</b>, https://example.org and {#minute-1}", "Minutes No. 12/3"]
    found = {pattern: 0 for pattern in NEEDS}
    for text in texts:
        for pattern, needs in NEEDS.items():
            for match in pattern.finditer(text):
                found[pattern] += 1
                assert any(needed in match.group(0) for needed in needs), (pattern.pattern[:40], match.group(0))
    assert all(found.values()), found
