"""assemble.py and merge.py: parts of one meeting merged; agenda and minute items matched."""

from pathlib import Path

from minutebook.importer import run_import
from minutebook.problems import Problems
from minutebook.records import read_record

AGENDA = """Planning Committee AGENDA

DATE: Wednesday 9 March 2022

TIME: 7.00 pm

VENUE: Council Chamber

1. APOLOGIES

2. MINUTES (Pages 1 - 4)

3. LAND AT MILL LANE (Pages 5 - 20)

Report of the Head of Planning.

4. ANY OTHER BUSINESS

REPORT FOR: Planning Committee

Date of Meeting: 9 March 2022
Subject: Land at Mill Lane
Responsible Officer: Head of Planning

Section 1 - Summary

The application is for 14 dwellings.
"""

MINUTES = """PLANNING COMMITTEE MINUTES

9 MARCH 2022

Present: * Councillor Helen Ashdown (Chair)

* Denotes Member present

31. Apologies

None.

32. Minutes

RESOLVED: That the minutes be approved.

33. Land at Mill Lane

RESOLVED: That permission be granted.
"""


def meeting(tmp_path: Path):
    (tmp_path / "agenda.txt").write_text(AGENDA, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    report = run_import([tmp_path / "agenda.txt", tmp_path / "minutes.txt"], tmp_path / "content", root=tmp_path)
    assert not report.errors, report.summary()
    problems = Problems()
    found = read_record(tmp_path / "content/meetings/planning-committee/2022-03-09.md", problems)
    assert not problems.errors, problems.report()
    return found


def test_agenda_and_minutes_in_two_files_make_one_record(tmp_path):
    found = meeting(tmp_path)
    assert (found.venue, found.start, found.status) == ("Council Chamber", "19:00", "held")
    assert {s.part for s in found.sources} == {"agenda", "minutes", "report"}


def test_minute_items_matched_to_agenda_items_by_title(tmp_path):
    found = meeting(tmp_path)
    assert [(i.minute, i.agenda, i.pages) for i in found.items] == [
        ("31", "1", None), ("32", "2", "1 - 4"), ("33", "3", "5 - 20"), (None, "4", None)]


def test_report_linked_to_its_item_with_front_sheet_and_text(tmp_path):
    found = meeting(tmp_path)
    item = found.items[2]
    assert [(r.title, r.responsible_officer, r.pages) for r in item.reports] == [
        ("Land at Mill Lane", "Head of Planning", "5 - 20")]
    assert "### Report: Land at Mill Lane" in item.text and "14 dwellings" in item.text


def test_items_keep_their_source_file_and_lines(tmp_path):
    found = meeting(tmp_path)
    assert (found.items[0].source.file, found.items[0].source.first) == ("minutes.txt", 9)


def test_generic_moderngov_minutes_end_to_end(tmp_path):
    (tmp_path / "cabinet.txt").write_text(
        "CABINET\n\nMinutes of the meeting held on Tuesday 5 April 2022 at 6.30 pm in Committee Room 1, Town Hall\n\n"
        "PRESENT: Councillor Ann Smith (Chair)\nCouncillors Bob Jones, Carol White and Dave Brown\n\n"
        "ALSO PRESENT: Councillor Eve Black\n\nAPOLOGIES: Councillor Frank Green\n\n"
        "45. DECLARATIONS OF INTEREST\nNone.\n\n46. BUDGET 2022/23\nRESOLVED that\n(a) the budget be approved; and\n"
        "(b) the Director be authorised to make changes.\n\nThe meeting ended at 7.45 pm.\n", encoding="utf-8")
    run_import([tmp_path / "cabinet.txt"], tmp_path / "content", root=tmp_path)
    found = read_record(tmp_path / "content/meetings/cabinet/2022-04-05.md", Problems())
    assert (found.start, found.end, found.venue) == ("18:30", "19:45", "Committee Room 1, Town Hall")
    assert [(a.person, a.status) for a in found.attendance] == [
        ("ann-smith", "present"), ("bob-jones", "present"), ("carol-white", "present"), ("dave-brown", "present"),
        ("eve-black", "in_attendance"), ("frank-green", "apologies")]
    assert found.items[1].decisions == ("the budget be approved; and", "the Director be authorised to make changes.")


def test_two_meetings_of_one_body_on_one_day_get_two_records(tmp_path):
    for n, time in ((1, "10.00 am"), (2, "2.00 pm")):
        (tmp_path / f"m{n}.txt").write_text(
            f"LICENSING SUB-COMMITTEE MINUTES\n\n3 MAY 2022\n\n1. HEARING {n}\n\n"
            "RESOLVED: That a licence be granted.\n\n"
            f"(Note: The meeting, having commenced at {time}, closed at 11.00 pm).\n", encoding="utf-8")
    run_import([tmp_path / "m1.txt", tmp_path / "m2.txt"], tmp_path / "content", root=tmp_path)
    folder = tmp_path / "content/meetings/licensing-sub-committee"
    assert sorted(p.name for p in folder.iterdir()) == ["2022-05-03-2.md", "2022-05-03.md"]
    assert read_record(folder / "2022-05-03-2.md", Problems()).start == "14:00"


def test_decision_notice_time_and_venue_under_the_dated_heading(tmp_path):
    (tmp_path / "decisions.txt").write_text(
        "RECORD OF DECISIONS\n\nCABINET\n\nTuesday, 7 February 2023 at 10.00 am\n\n"
        "Council Chamber, County Hall, Ashcombe\n\nPresent: Councillor Gregory Thorne (Chair)\n\n"
        "1.   BUDGET\n\nDECISION:\n\n(1) That Council be recommended to approve the budget.\n\n"
        "(2) That the strategy be noted.\n\nConflicts of interest declared:\n\nNone.\n", encoding="utf-8")
    run_import([tmp_path / "decisions.txt"], tmp_path / "content", root=tmp_path)
    found = read_record(tmp_path / "content/meetings/cabinet/2023-02-07.md", Problems())
    assert (found.start, found.venue) == ("10:00", "Council Chamber, County Hall, Ashcombe")
    assert found.items[0].decisions == ("That the strategy be noted.",)
    assert [(r.to, r.text) for r in found.items[0].recommendations] == [
        ("council", "That Council be recommended to approve the budget.")]


def test_bare_surname_is_the_person_of_that_name_in_the_same_meeting(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Minutes of the Meeting of Alpha Parish Council held on 1 March 2021 at 7.00pm\n\n"
        "Present: Cllrs J. Penrose (Chairman) and H. Quayle\n\n"
        "1/21 Finance\nCllr Quayle proposed, Cllr Penrose seconded, and it was RESOLVED to pay the bills.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Minutes of the Meeting of Beta Parish Council held on 2 March 2021 at 7.00pm\n\n"
        "Present: Cllrs B. Quayle (Chairman) and R. Marchetti\n\n1/21 Apologies\nNone.\n", encoding="utf-8")
    report = run_import([tmp_path / "b.txt", tmp_path / "a.txt"], tmp_path / "content", root=tmp_path)
    assert not report.errors, report.summary()
    found = read_record(tmp_path / "content/meetings/alpha-parish-council/2021-03-01.md", Problems())
    assert [(m.mover, m.seconder) for m in found.items[0].motions] == [("h-quayle", "j-penrose")]


def test_report_to_front_sheet_of_another_council_linked_to_its_agenda_item(tmp_path):
    """Written before the importer was run on tests/documents/agenda-pack-with-report.txt."""
    source = Path(__file__).parent / "documents" / "agenda-pack-with-report.txt"
    run_import([source], tmp_path / "content", root=source.parent)
    found = read_record(tmp_path / "content/meetings/cabinet/2023-11-16.md", Problems())
    item = next(i for i in found.items if i.agenda == "5")
    assert [(r.title, r.responsible_officer, r.portfolio_holder) for r in item.reports] == [
        ("Leisure Centre Refurbishment - Contract Award", "Director of Communities", "Councillor Lucy Drinkwater")]
    assert "### Report: Leisure Centre Refurbishment - Contract Award" in item.text
    assert not found.attendance


def test_a_short_body_name_takes_the_one_longer_name_that_ends_with_it():
    import datetime as dt

    from minutebook.importer.drafts import MeetingDraft
    from minutebook.importer.merge import _full_body_names
    day = dt.date(2024, 1, 9)
    drafts = [MeetingDraft("Parish Council", day, "a.txt", 1), MeetingDraft("Hadbury Parish Council", day, "b.txt", 1)]
    _full_body_names(drafts)
    assert [d.body for d in drafts] == ["Hadbury Parish Council"] * 2
    assert drafts[0].body_aliases == [("Parish Council", "a.txt", 1)]
    two = [MeetingDraft("Parish Council", day, "a.txt", 1), MeetingDraft("Hadbury Parish Council", day, "b.txt", 1),
           MeetingDraft("Westby Parish Council", day, "c.txt", 1)]
    _full_body_names(two)
    assert two[0].body == "Parish Council"


def test_unnumbered_items_kept_in_the_order_printed():
    from minutebook.importer.drafts import ItemDraft, MeetingDraft
    from minutebook.importer.lines import Line
    from minutebook.importer.merge import _order_items
    found = MeetingDraft(body="Board", date=__import__("datetime").date(2020, 1, 15), file="doc.txt", line=1)
    line = Line("doc.txt", 1, "", "")
    found.items = [ItemDraft("OPTIONS", line, sources=[("doc.txt", 1, 2)]),
                   ItemDraft("Ground Rents", line, minute="1", sources=[("doc.txt", 3, 4)]),
                   ItemDraft("TRANSFERS OF FUNDS", line, sources=[("doc.txt", 5, 6)]),
                   ItemDraft("Housing Grant", line, minute="2", sources=[("doc.txt", 7, 8)])]
    _order_items(found)
    assert [i.title for i in found.items] == ["OPTIONS", "Ground Rents", "TRANSFERS OF FUNDS", "Housing Grant"]


def test_unnumbered_agenda_items_stay_beside_their_neighbours():
    from minutebook.importer.drafts import ItemDraft, MeetingDraft
    from minutebook.importer.lines import Line
    from minutebook.importer.merge import _order_items
    found = MeetingDraft(body="Board", date=__import__("datetime").date(2020, 1, 15), file="doc.txt", line=1)
    line = Line("doc.txt", 1, "", "")
    found.items = [ItemDraft(t, line, agenda=n, kind="agenda", sources=[("doc.txt", k, k)])
                   for k, (n, t) in enumerate([(None, "CALL TO ORDER"), ("1", "MINUTES"), ("2", "WARRANTS"),
                                               (None, "ADJOURNMENT")])]
    _order_items(found)
    assert [i.title for i in found.items] == ["CALL TO ORDER", "MINUTES", "WARRANTS", "ADJOURNMENT"]


def test_a_minute_number_printed_again_under_another_minute_is_another_minute(tmp_path):
    source = tmp_path / "minutes.txt"
    source.write_text("BOARD MINUTES\n\n26 MAY 2016\n\n    1.      Welcome and Apologies\n\n    Text.\n\n"
                      "    2.      Decisions\n\n                 1. Fixed Asset Review\n\n"
                      "            The Board agreed.\n\n"
                      "                 2. Opening Hours\n\n            Noted.\n\n    3.      Any Other Business\n\n"
                      "    None.\n", encoding="utf-8")
    report = run_import([source], tmp_path / "content", root=tmp_path)
    assert not report.errors, report.summary()
    found = read_record(next((tmp_path / "content/meetings").rglob("*.md")), Problems())
    assert [(i.minute, i.parent, i.title) for i in found.items] == [
        ("1", None, "Welcome and Apologies"), ("2", None, "Decisions"), ("1", "2", "Fixed Asset Review"),
        ("2", "2", "Opening Hours"), ("3", None, "Any Other Business")]


def _agenda_meeting(entries: list[tuple[str | None, str, str]], kind: str = "agenda"):
    from minutebook.importer.drafts import ItemDraft, MeetingDraft
    from minutebook.importer.lines import Line
    found = MeetingDraft(body="Board", date=__import__("datetime").date(2020, 1, 15), file="doc.txt", line=1)
    line = Line("doc.txt", 1, "", "")
    found.items = []
    for k, (parent, number, title) in enumerate(entries):
        item = ItemDraft(title, line, kind=kind, sources=[("doc.txt", k, k)],
                         **({"agenda": number} if kind == "agenda" else {"minute": number}))
        item.parent = parent
        found.items.append(item)
    return found


def test_lettered_agenda_sub_items_repeating_under_each_item_are_all_kept_under_their_parents():
    from minutebook.importer.merge import _order_items
    found = _agenda_meeting([(None, "4", "Minutes"), ("4", "a", "matters arising"), (None, "7", "Reports"),
                             ("7", "a", "Chair"), ("7", "b", "Treasurer"), (None, "8", "AOCB")])
    _order_items(found)
    assert [(i.parent, i.agenda) for i in found.items] == [
        (None, "4"), ("4", "a"), (None, "7"), ("7", "a"), ("7", "b"), (None, "8")]


def test_an_agenda_printed_twice_still_gives_each_sub_item_once():
    from minutebook.importer.merge import _order_items
    twice = [(None, "1", "Reports"), ("1", "a", "Chair"), (None, "2", "AOB")]
    found = _agenda_meeting(twice + twice)
    _order_items(found)
    assert [(i.parent, i.agenda) for i in found.items] == [(None, "1"), ("1", "a"), (None, "2")]


def test_lettered_minute_sub_items_sort_with_their_item():
    from minutebook.importer.merge import _order_items
    found = _agenda_meeting([(None, "144", "Finance"), (None, "145", "Planning"), ("145", "a", "Highways"),
                             ("145", "b", "Footpaths"), (None, "146", "AOB")], kind="minutes")
    _order_items(found)
    assert [i.minute for i in found.items] == ["144", "145", "a", "b", "146"]


def test_letters_starting_again_under_the_sections_of_one_item_are_all_kept():
    from minutebook.importer.merge import _order_items
    found = _agenda_meeting([(None, "10", "Approval of Resolutions"),
                             ("10", "A", "RESOLUTION (2019-37) Accept the Ohio Department of Transportation award"),
                             ("10", "B", "RESOLUTION (2019-38) Enter into a contract with the County"),
                             ("10", "A", "RESOLUTION (2019-21) To grant a variance from Section 3701-29-12"),
                             (None, "11", "Consent Agenda")])
    _order_items(found)
    assert [(i.parent, i.agenda) for i in found.items] == [
        (None, "10"), ("10", "A"), ("10", "B"), ("10", "A"), (None, "11")]


def test_agenda_numbers_starting_again_under_a_second_session_keep_their_own_items():
    from minutebook.importer.drafts import ItemDraft, MeetingDraft
    from minutebook.importer.lines import Line
    from minutebook.importer.merge import _order_items
    found = MeetingDraft(body="Council", date=__import__("datetime").date(2022, 12, 12), file="doc.txt", line=1)
    line = Line("doc.txt", 1, "", "")
    found.items = [ItemDraft(t, line, agenda=n, kind="agenda", sources=[("doc.txt", k, k)])
                   for k, (n, t) in enumerate([("1", "CALL MEETING TO ORDER"), ("2", "PUBLIC COMMENTS"),
                                               ("1", "FLAG SALUTE"), ("2", "PRESENTATIONS")])]
    _order_items(found)
    assert [i.title for i in found.items] == ["CALL MEETING TO ORDER", "PUBLIC COMMENTS", "FLAG SALUTE",
                                              "PRESENTATIONS"]


def test_a_roman_numeral_printed_twice_in_a_row_keeps_both_items_in_the_order_printed():
    from minutebook.importer.merge import _order_items
    found = _agenda_meeting([(None, "I", "Call to Order"), (None, "II", "Roll Call"), (None, "II", "Invocation"),
                             (None, "III", "Pledge"), (None, "IV", "Adjournment")])
    _order_items(found)
    assert [(i.agenda, i.title) for i in found.items] == [("I", "Call to Order"), ("II", "Roll Call"),
                                                          ("II", "Invocation"), ("III", "Pledge"),
                                                          ("IV", "Adjournment")]
