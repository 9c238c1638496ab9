"""Decision trails: the reference rule with true and false cases, deferrals, `from:`, and the bundled archive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_check import GOOD, check

from minutebook.archive import load_archive
from minutebook.links import link_archive
from minutebook.model import Archive, Body, Item, Meeting, Recommendation
from minutebook.pages import Context
from minutebook.pages.meeting import render
from minutebook.pages.trail import render as render_trail
from minutebook.site import build_site
from minutebook.trails import find_trails, similarity, words

ROOT = Path(__file__).parent.parent
BODIES = {"cabinet": Body("cabinet", "Cabinet"), "council": Body("council", "Council"),
          "planning-committee": Body("planning-committee", "Planning Committee"),
          "partnership-board": Body("partnership-board", "Harrow Partnership Board")}
STRATEGY = Item("minute-576", "Community Safety, Violence, Vulnerability and Exploitation Strategy", minute="576",
                recommendations=(Recommendation("council", "That the Strategy be adopted."),))
PARENTING = Item("minute-575", "Corporate Parenting Strategy", minute="575")
CABINET = Meeting("cabinet", dt.date(2017, 7, 13), "2017-07-13", items=(PARENTING, STRATEGY))


def council(*items: Item) -> Meeting:
    return Meeting("council", dt.date(2017, 9, 28), "2017-09-28", items=items)


def links_of(*meetings: Meeting) -> list[tuple[str, str, str, str | None, str]]:
    archive = Archive("t", "t", bodies=BODIES, meetings=tuple(sorted(meetings, key=lambda m: m.sort_key)))
    trails = find_trails(archive)
    return [(link.earlier[0].id, link.earlier[1].anchor, link.later[0].id,
             link.later[1].anchor if link.later[1] else None, link.kind)
            for found in trails.went_to.values() for link in found]


TO_576 = [("cabinet/2017-07-13", "minute-576", "council/2017-09-28", "item-8", "recommendation")]


@pytest.mark.parametrize(("variant", "title", "text", "references"), [
    ("agenda_line", "COMMUNITY SAFETY AND VIOLENCE VULNERABILITY AND EXPLOITATION STRATEGY",
     "Recommendation I: Cabinet\n(13 July 2017)", ()),
    ("meeting_held_on", "Community Safety Strategy - Violence, Vulnerability and Exploitation",
     "The Council received the recommendation of the Cabinet meeting held on Thursday 13th July 2017.", ()),
    ("references_field", "Community Safety, Violence, Vulnerability and Exploitation Strategy", "",
     ("recommendation of Cabinet 2017-07-13",)),
    ("minute_number_beats_the_title", "Recommendation from Cabinet", "Cabinet, 13 July 2017 (Minute 576)", ()),
    ("date_in_the_title", "Exploitation Strategy: Cabinet 13 July 2017 and Community Safety", "", ()),
])
def test_a_body_and_a_date_link_the_item_both_ways(variant, title, text, references):
    later = Item("item-8", title, agenda="8", text=text, references=references)
    assert links_of(CABINET, council(later)) == TO_576


@pytest.mark.parametrize(("variant", "title", "text"), [
    ("no_such_meeting", "Community Safety, Violence, Vulnerability and Exploitation Strategy",
     "Recommendation I: Cabinet (14 July 2017)"),
    ("no_day", "Community Safety, Violence, Vulnerability and Exploitation Strategy",
     "for presentation to full Council meeting in September 2017; Cabinet in July 2017"),
    ("no_body", "Community Safety, Violence, Vulnerability and Exploitation Strategy",
     "The strategy was first discussed on 13 July 2017."),
    ("a_title_unlike_any", "Council Minutes", "That the minutes of the Cabinet meeting held on 13 July 2017 be noted."),
    ("only_generic_words_shared", "Strategy Report", "Recommendation I: Cabinet (13 July 2017)"),
    ("too_far_into_the_text", "Community Safety, Violence, Vulnerability and Exploitation Strategy",
     "x " * 400 + "Cabinet (13 July 2017)"),
    ("a_word_ending_in_a_body_name", "Community Safety, Violence, Vulnerability and Exploitation Strategy",
     "the Subcabinet 13 July 2017 papers"),
])
def test_what_is_not_a_reference(variant, title, text):
    assert links_of(CABINET, council(Item("item-8", title, agenda="8", text=text))) == []


def test_two_items_equally_alike_link_to_neither():
    twins = Meeting("cabinet", dt.date(2017, 7, 13), "2017-07-13",
                    items=(Item("minute-1", "Budget", minute="1"), Item("minute-2", "Budget", minute="2")))
    assert links_of(twins, council(Item("item-8", "Budget", agenda="8", text="Cabinet (13 July 2017)"))) == []


def test_a_reference_to_a_later_meeting_is_what_happened_next():
    earlier = Item("minute-576", STRATEGY.title, minute="576", text="to be adopted by Council on 28 September 2017")
    later = Item("item-8", "Community Safety, Violence, Vulnerability and Exploitation Strategy", agenda="8")
    assert links_of(Meeting("cabinet", dt.date(2017, 7, 13), "2017-07-13", items=(earlier,)), council(later)) == [
        ("cabinet/2017-07-13", "minute-576", "council/2017-09-28", "item-8", "reference")]


BOARD = "partnership-board"


def board(day: dt.date, *items: Item) -> Meeting:
    return Meeting(BOARD, day, day.isoformat(), items=items)


def test_deferred_to_the_next_meeting_links_to_the_alike_item_there():
    first = board(dt.date(2013, 3, 13), Item("minute-113", "Appointment of Vice-Chairman", minute="113",
                  decisions=("That the appointment of a Vice-Chair of the Board be deferred until the next meeting.",)))
    second = board(dt.date(2013, 6, 27), Item("item-4", "Minutes", agenda="4"),
                   Item("item-5", "APPOINTMENT OF VICE-CHAIRMAN", agenda="5"))
    third = board(dt.date(2013, 9, 1), Item("item-5", "Appointment of Vice-Chairman", agenda="5"))
    assert links_of(first, second, third) == [
        (f"{BOARD}/2013-03-13", "minute-113", f"{BOARD}/2013-06-27", "item-5", "deferred")]


def test_deferred_to_a_meeting_with_no_alike_item_links_to_the_meeting():
    first = board(dt.date(2013, 3, 13), Item("minute-113", "Appointment of Vice-Chairman", minute="113",
                  decisions=("That the appointment be deferred until the next meeting.",)))
    second = board(dt.date(2013, 6, 27), Item("item-4", "Minutes", agenda="4"))
    assert links_of(first, second) == [(f"{BOARD}/2013-03-13", "minute-113", f"{BOARD}/2013-06-27", None, "deferred")]


def test_a_report_asked_for_on_a_date_links_to_that_meeting_by_its_subject():
    first = board(dt.date(2012, 10, 29), Item("minute-94", "Children Looked After Life Chances Forum", minute="94",
                  decisions=("a report on apprenticeships be presented to the next meeting of the Board on "
                             "18 December 2012.",)))
    second = board(dt.date(2012, 12, 18), Item("item-7", "APPRENTICESHIPS FOR CHILDREN LOOKED AFTER", agenda="7"),
                   Item("item-10", "LEISURE FACILITIES FOR CHILDREN LOOKED AFTER", agenda="10"))
    assert links_of(first, second) == [(f"{BOARD}/2012-10-29", "minute-94", f"{BOARD}/2012-12-18", "item-7",
                                        "report back")]


def test_nothing_deferred_and_no_next_meeting_make_no_link():
    noted = board(dt.date(2013, 3, 13),
                  Item("minute-1", "Budget", minute="1", decisions=("That the report be noted.",)),
                  Item("minute-2", "Chair", minute="2",
                       decisions=("That the appointment be deferred until the next meeting.",)))
    assert links_of(noted) == []


def test_the_record_s_from_field_links_whatever_the_titles():
    later = Item("item-8", "Strategy", agenda="8", from_=("meetings/cabinet/2017-07-13/#minute-576",))
    assert links_of(CABINET, council(later)) == TO_576


def test_a_trail_is_every_linked_item_oldest_first():
    final = Meeting("council", dt.date(2017, 11, 20), "2017-11-20", items=(
        Item("minute-9", "Community Safety, Violence, Vulnerability and Exploitation Strategy", minute="9",
             text="Deferred from Council (28 September 2017)."),))
    middle = council(Item("item-8", "COMMUNITY SAFETY AND VIOLENCE VULNERABILITY AND EXPLOITATION STRATEGY",
                          agenda="8", text="Recommendation I: Cabinet (13 July 2017)"))
    archive = Archive("t", "t", bodies=BODIES, meetings=(CABINET, middle, final))
    trails = find_trails(archive)
    [trail] = trails.trails
    assert [(m.id, i.anchor) for m, i in trail.steps] == [
        ("cabinet/2017-07-13", "minute-576"), ("council/2017-09-28", "item-8"), ("council/2017-11-20", "minute-9")]
    assert trail.url == "trails/cabinet-2017-07-13-minute-576/"
    page = render_trail(Context.build(archive, None, dt.date(2020, 1, 1)), trail)
    assert page.index("## 1. Cabinet, 13 July 2017, minute 576") < page.index("## 3. Council, 20 November 2017")
    assert "the record says “Council (28 September 2017)”" in page


def test_title_words_ignore_what_kind_of_paper_an_item_is():
    assert words("Progress Report from NHS Harrow") == {"nhs", "harrow"}
    assert similarity(words("Role of Co-optee"), words("Pension Fund Committee - Role of Co-optee")) > 0.5
    assert similarity(set(), {"x"}) == 0


def test_the_bundled_council_item_8_and_cabinet_minute_576_link_both_ways():
    archive, problems = load_archive(ROOT / "content")
    assert not problems.errors
    site = build_site(archive, today=dt.date(2026, 1, 1))
    context = Context.build(archive, link_archive(archive, processes=1), dt.date(2026, 1, 1))
    cabinet = next(m for m in archive.meetings if m.id == "cabinet/2017-07-13")
    council_ = next(m for m in archive.meetings if m.id == "council/2017-09-28")
    cabinet_page, council_page = render(context, cabinet), render(context, council_)
    assert ('<strong>What happened next:</strong> <a href="../council/2017-09-28.md#item-8">Council, 28 September '
            "2017, item 8</a>") in cabinet_page
    assert ('<strong>Came from:</strong> <a href="../cabinet/2017-07-13.md#minute-576">Cabinet, 13 July 2017, '
            "minute 576</a>") in council_page
    assert '<a href="../../trails/cabinet-2017-07-13-minute-576.md">the whole trail (2 meetings)</a>' in council_page
    assert "trails/cabinet-2017-07-13-minute-576.md" in {p.path for p in site.pages}


def test_from_is_checked_with_path_and_line(tmp_path):
    earlier = GOOD
    from_line = "    topics: [roads]\n    from: council/2020-01-02#minute-7\n"
    later = GOOD.replace("2020-01-02", "2020-02-03").replace("    topics: [roads]\n", from_line)
    code, output = check(tmp_path, {"council/2020-01-02.md": earlier, "council/2020-02-03.md": later})
    assert code != 0
    assert ("meetings/council/2020-02-03.md:8: item 'minute 1': from: 'council/2020-01-02#minute-7': "
            "council/2020-01-02 has no item 'minute-7' (its items: minute-1) [unknown-item]") in output
    bad = later.replace("council/2020-01-02#minute-7", "the Cabinet in July")
    code, output = check(tmp_path, {"council/2020-01-02.md": earlier, "council/2020-02-03.md": bad})
    assert "meetings/council/2020-02-03.md:11: item: from: 'the Cabinet in July' is not an item's address" in output
    good = later.replace("#minute-7", "#minute-1")
    code, output = check(tmp_path, {"council/2020-01-02.md": earlier, "council/2020-02-03.md": good})
    assert code == 0, output
