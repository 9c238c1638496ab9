"""parts.py: a pack cut into agenda, minutes, reports and cover sheets."""

from minutebook.importer.lines import read_lines
from minutebook.importer.parts import split_parts


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(p.kind, p.body) for p in split_parts(read_lines("doc.txt", text)[0])]


def test_summons_and_agenda():
    assert kinds("Council SUMMONS AND AGENDA\n\nDATE: Thursday 28 September 2017\n") == [("agenda", "Council")]


def test_meeting_heading_with_date_and_agenda_line():
    text = "HARROW PARTNERSHIP BOARD MEETING\n\nWEDNESDAY 13 MARCH 2013 AT 6.00 PM\n\nVENUE\n\nAGENDA\n"
    assert kinds(text) == [("agenda", "Harrow Partnership Board")]


def test_moderngov_labelled_header():
    text = "Licensing and Regulatory Committee\n\nDate:   Thursday 14 July 2022\n\nTime:   6.30 pm\n"
    assert kinds(text) == [("agenda", "Licensing and Regulatory Committee")]


def test_annual_minutes_heading():
    parts = split_parts(read_lines("doc.txt", "COUNCIL (ANNUAL) MINUTES\n\n18 MAY 2017\n")[0])
    assert (parts[0].kind, parts[0].body, parts[0].meeting_type) == ("minutes", "Council", "annual")


def test_body_then_minutes_then_date():
    assert kinds("PENSION FUND COMMITTEE\n\nMINUTES\n\n28 JUNE 2017\n") == [("minutes", "Pension Fund Committee")]


def test_record_of_decisions():
    text = "CABINET\n\n13 JULY 2017\n\nRecord of decisions taken at the meeting held on Thursday 13 July 2017.\n"
    assert kinds(text) == [("minutes", "Cabinet")]


def test_minutes_of_the_meeting_held_on():
    text = "HARROW PARTNERSHIP BOARD\n\nMinutes of the meeting held on Thursday 6 December 2012\n"
    assert kinds(text) == [("minutes", "Harrow Partnership Board")]


def test_report_front_sheet_wrapped():
    assert kinds("REPORT FOR: Corporate Parenting\nPanel\n\nDate of Meeting:\t18 th December 2012\n") == [
        ("report", "Corporate Parenting Panel")]


def test_cover_sheet():
    assert kinds("COUNCIL\n28 SEPTEMBER 2017\n\nCABINET\nRECOMMENDATION\n") == [("cover", "Council")]


def test_text_before_any_part_kept_as_unknown():
    assert kinds("Some notes\n\nCABINET\n\n13 JULY 2017\n\nRecord of decisions\n")[0] == ("unknown", None)


def test_paper_after_a_blank_page_is_an_attachment():
    text = ("Council AGENDA\n\nDATE: 1 May 2020\n\n1. MINUTES\n\nThis page is intentionally left blank\n\n"
            "Action Plan 2020\n\nSome text.\n")
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.kind, p.title) for p in parts] == [("agenda", None), ("attachment", "Action Plan 2020")]
