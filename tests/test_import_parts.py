"""parts.py: a pack cut into agenda, minutes, reports and cover sheets."""

import pytest

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


def test_labelled_header_under_a_heading_that_says_minutes():
    text = "Parks Committee Minutes\n\nDate:        January 22, 2024\nTime:        7:00 p.m.\nLocation:    Town Hall\n"
    assert kinds(text) == [("minutes", "Parks Committee")]


def test_regular_meeting_minutes_heading():
    parts = split_parts(read_lines("doc.txt", "BOARD OF EDUCATION REGULAR MEETING MINUTES\nApril 9, 2024\n")[0])
    assert (parts[0].kind, parts[0].body, parts[0].meeting_type) == ("minutes", "Board of Education", "regular")


def test_a_meeting_kind_over_minutes_takes_its_body_from_the_line_above():
    text = "COUNTY LEGISLATURE\nREGULAR MEETING MINUTES\nTuesday, April 9, 2024\n"
    minutes = [p for p in split_parts(read_lines("doc.txt", text)[0]) if p.kind == "minutes"]
    assert [(p.body, p.meeting_type) for p in minutes] == [("County Legislature", "regular")]
    parts = split_parts(read_lines("doc.txt", "REGULAR MEETING MINUTES\nTuesday, April 9, 2024\n")[0])
    assert "Regular" not in [p.body for p in parts]  # a kind of meeting names no body


def test_a_session_over_minutes_takes_its_body_from_the_nearest_line_above_that_names_one():
    text = "BOARD OF COUNTY COMMISSIONERS\nMADISON COUNTY, IOWA\nREGULAR SESSION MINUTES\nFebruary 6, 2024\n"
    minutes = [p for p in split_parts(read_lines("doc.txt", text)[0]) if p.kind == "minutes"]
    assert [(p.body, p.meeting_type) for p in minutes] == [("Board of County Commissioners", "regular")]


@pytest.mark.parametrize(("heading", "body", "meeting_type"), [
    ("ANNUAL TOWN MEETING MINUTES", "Town Meeting", "annual"),
    ("SPECIAL TOWN MEETING MINUTES", "Town Meeting", "special"),
    ("ANNUAL PARISH MEETING MINUTES", "Parish Meeting", "annual"),
])
def test_a_meeting_that_is_its_own_body_over_minutes(heading, body, meeting_type):
    parts = split_parts(read_lines("doc.txt", f"{heading}\nMay 4, 2024\n")[0])
    assert (parts[0].kind, parts[0].body, parts[0].meeting_type) == ("minutes", body, meeting_type)


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


def test_record_of_decisions_title_then_body_then_date():
    text = "ASHCOMBE COUNTY COUNCIL\n\nRECORD OF DECISIONS\n\nCABINET\n\nTuesday, 7 February 2023 at 10.00 am\n"
    assert kinds(text) == [("unknown", None), ("minutes", "Cabinet")]


def test_minutes_title_closing_a_cover_is_not_a_body():
    text = ("COUNCIL 28 SEPTEMBER 2017\n\nMINUTES\n\nThis page is intentionally left blank\n\n"
            "COUNCIL (ANNUAL) MINUTES\n\n18 MAY 2017\n")
    assert ("minutes", "Council") in kinds(text)


def test_scottish_minute_of_meeting_of_the_committee():
    text = "MINUTE of MEETING of the EDUCATION COMMITTEE held\nin the Council Chambers on 15 March 2023.\n"
    assert kinds(text) == [("minutes", "Education Committee")]


def test_minutes_of_the_x_committee_meeting_under_the_authority_name():
    text = ("MARKHAM TOWN COUNCIL\n\nMinutes of the Planning and Environment Committee Meeting held on\n"
            "Monday 6 June 2022 at 7.00 pm\n")
    assert kinds(text) == [("minutes", "Planning and Environment Committee")]


def test_a_committee_of_a_council_named_in_one_title_is_the_committee_and_its_authority():
    text = ("Minutes of Meeting of the Environment Committee of Glenmore District Council held\n"
            "on Tuesday 12 March 2024 in the Council Chamber\n")
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.kind, p.body, p.authority) for p in parts] == [("minutes", "Environment Committee",
                                                               "Glenmore District Council")]


def test_meeting_minutes_alone_under_the_bodys_name_over_its_date():
    text = "CITY OF HADBURY\nPLANNING COMMISSION\nMEETING MINUTES\nThursday, May 9, 2024\n"
    assert kinds(text)[-1] == ("minutes", "Planning Commission")


def test_extraordinary_meeting_of_gives_the_type():
    text = "MINUTES of the EXTRAORDINARY MEETING of the PLANNING COMMITTEE held on 3 July 2023\n"
    assert [p.meeting_type for p in split_parts(read_lines("doc.txt", text)[0])] == ["extraordinary"]


def test_body_then_agenda_line_then_date_label():
    text = ("CITY COUNCIL\n\nENVIRONMENT SCRUTINY COMMITTEE\n\nAGENDA\n\nDate:     Wednesday, 8 March 2023\n"
            "Time:     18:30\n")
    assert ("agenda", "Environment Scrutiny Committee") in kinds(text)


def test_a_body_name_too_long_for_a_heading_is_not_one():
    text = "Minutes of a meeting of the Planning " + "x" * 3000 + " Committee held on 9 March 2022\n"
    assert [kind for kind, _ in kinds(text)] == ["unknown"]


def test_annual_in_a_minutes_title_is_the_meeting_type_not_the_body():
    text = "MINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON 6 MAY 2025\n"
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.body, p.meeting_type) for p in parts] == [("Parish Council", "annual")]


def test_body_named_in_a_sentence_across_a_blank_line_is_no_page_title():
    text = ("City Council Meeting\n\nAgenda\n\nTuesday, January 5, 2021\n\n1. CONSENT CALENDAR\n\n"
            "2.3 Approval of Council Committee Minutes.\n\f\fCity Council    Agenda    January 5, 2021\n\n"
            "Recommendation: (a) Regular Joint Meeting for the Rules and Open Government\n\n"
            "Committee and Committee of the Whole Meeting Minutes of\nSeptember 23, 2020.\n")
    assert [k for k, _ in kinds(text)] == ["agenda"]


def test_a_heading_naming_its_council_by_kind_alone_means_the_council_named_above_it():
    text = "Minutes – 14 November 2023 – Ashcombe Parish Council\n\nMinutes of the Parish Council Meeting held on 14 " \
           "November 2023 at 7.30pm\n"
    assert [k for k in kinds(text) if k[0] == "minutes"] == [("minutes", "Ashcombe Parish Council")]


def test_the_kind_of_meeting_before_council_is_no_part_of_the_bodys_name():
    assert kinds("MINUTES OF THE ORDINARY COUNCIL MEETING\nHELD ON MONDAY 27 FEBRUARY 2023 AT 5:30PM\n") == [
        ("minutes", "Council")]
    assert kinds("REGULAR COUNCIL MEETING MINUTES\nTuesday, January 10, 2023\n") == [("minutes", "Council")]
    assert kinds("Minutes of the Budget Committee meeting held on 5 March 2023\n") == [
        ("minutes", "Budget Committee")]


def test_a_running_header_naming_the_body_then_the_date_and_its_page_gives_the_body_without_them():
    text = ("Minutes of Special Meeting of Municipal Building Authority of Ogden City, Utah, April 23, 2024 Page\n\n"
            "Minutes of the special meeting held on Tuesday, April 23, 2024 at 8:36 p.m.\n")
    assert kinds(text)[0] == ("minutes", "Municipal Building Authority of Ogden City, Utah")


def test_a_committee_s_draft_minutes_and_the_meeting_s_papers_attached_after_a_board_s_minutes():
    text = ("BOARD OF DIRECTORS MEETING MINUTES\nDecember 12, 2018\n\n1. Roll Call\n\nAll present.\n\n2. Adjourn\n\n"
            "Adjourned at 7:45 p.m.\n\nAGENDA ITEM VII-1.1\n\nSTAFF REPORT\n\n1. Operations\n\nFlows were normal.\n\n"
            "DRAFT\n\nPersonnel Committee Meeting\nSan Juan Water District\nDecember 7, 2018\n9:00 a.m.\n\n"
            "1. Other Personnel Matters\n\nNone.\n\nFinance Committee Meeting Minutes\nDecember 11, 2018\n\n"
            "1. Review Check Register\n")
    assert kinds(text) == [("minutes", "Board of Directors"), ("attachment", None),
                           ("minutes", "Personnel Committee"), ("minutes", "Finance Committee")]


def test_a_paper_s_label_at_the_top_of_a_file_labels_the_file_and_a_meeting_heading_without_minutes_is_none():
    text = ("AGENDA ITEM III.1.a\n\nBOARD OF DIRECTORS MEETING MINUTES\nApril 9, 2018\n\n1. Call to Order\n\n"
            "Planning Committee Meeting\nMay 2, 2018\n")
    assert kinds(text) == [("unknown", None), ("minutes", "Board of Directors")]


def test_the_council_s_letterhead_on_the_first_line_of_its_minutes_heading_is_its_authority():
    text = ("CYNGOR CYMUNED HADBURY COMMUNITY COUNCIL\n\nMINUTES OF THE COUNCIL MEETING HELD ON 24th SEPTEMBER "
            "2019, AT THE VILLAGE HALL.\n\n37. APOLOGIES\n\nNone.\n")
    assert [(p.kind, p.body, p.authority) for p in split_parts(read_lines("doc.txt", text)[0])] == [
        ("minutes", "Council", "Hadbury Community Council")]  # ('the Council' is the Council)


def test_a_minutes_heading_opening_with_the_month_it_met_names_the_body_without_it():
    text = "OCTOBER, 2008 PLANNING COMMISSION MINUTES\nOCTOBER 28, 2008\n1. CALL TO ORDER\nText.\n"
    assert [(p.kind, p.body) for p in split_parts(read_lines("doc.txt", text)[0])] == [
        ("minutes", "Planning Commission")]


def test_a_numbered_title_going_on_to_a_line_ending_agenda_starts_no_agenda():
    text = ("MINUTES OF THE\nBOARD OF DIRECTORS MEETING OF THE\nHADBURY WATER DISTRICT\nFebruary 4, 2009\n"
            "1. The meeting was called to order at 3:30 p.m.\n5. PUBLIC PARTICIPATION – OPPORTUNITY FOR MEMBERS OF THE "
            "PUBLIC\nTO SPEAK TO THE BOARD ON ANY SUBJECT MATTER WITHIN THE\nBOARD'S JURISDICTION BUT NOT AN ITEM ON "
            "TODAY'S AGENDA\nNo one wished to be heard.\n6. APPROVAL OF MINUTES OF THE REGULAR BOARD MEETING OF\n"
            "OCTOBER 9, 2008\n")
    assert kinds(text) == [("minutes", "Hadbury Water District")]


def test_a_cover_like_heading_with_only_minutes_under_it_is_the_minutes_heading():
    text = ("BOARD OF COMMISSIONERS\n                 BOARD MEETING\n                 JUNE 28, 2011\n\n"
            "The Regular Meeting of the Board of Commissioners of the Housing Authority of the City of Hadbury was "
            "held at 7:30 a.m. on Tuesday, June 28, 2011.\n\nOATH OF OFFICE:\n\nAnn Bell executed the Oath of "
            "Office.\n")
    assert kinds(text) == [("minutes", "Board of Commissioners")]


def test_a_sentence_approving_other_minutes_starts_no_minutes():
    text = ("Parochial Church Council\nMinutes of Meeting\nThursday 13th June 2019\nPresent: Ann Bell, Tom Hale\n"
            "Minutes of the PCC Meeting of 28th April 2019 previously circulated were approved.\nMatters Arising: "
            "None\n")
    assert [(p.kind, p.body) for p in split_parts(read_lines("doc.txt", text)[0])] == [
        ("minutes", "Parochial Church Council")]


def test_a_sentence_noting_the_previous_meeting_s_minutes_starts_no_minutes():
    text = ("Minutes of the Meeting of the Board of the Alder Club\n\nHeld on Thursday 18 August 2022 at 5pm\n\n"
            "Attendance: Ann Bell (Chair), Tom Hale.\n\nMinutes of the previous Board Meeting held 21 July 2022 were "
            "tabled and noted.\n\nCorrespondence In:\n\nA letter was received.\n")
    assert [(p.kind, p.body) for p in split_parts(read_lines("doc.txt", text)[0])] == [
        ("minutes", "Board of the Alder Club")]


def test_the_next_page_s_running_header_inside_the_top_heading_s_reach_starts_no_document_of_its_own():
    text = ("                    HADBURY COUNCIL\n\n                    MINUTES OF THE\n"
            "               ORDINARY MEETING OF COUNCIL\n          HELD IN THE COUNCIL CHAMBER,\n"
            "           CIVIC PLACE, 1 HIGH STREET, HADBURY\n"
            "               ON WEDNESDAY, MARCH 5, 2008\n                 COMMENCING AT 6.30PM\n\n\n\n\nPRESENT\n\n"
            "Her Worship the Mayor (Clr Bell), Councillors Hale, Lind (from 6.35pm and until\n9.46pm), Moss and Kerr\n"
            "\n\n\n\nIN ATTENDANCE\n\nGeneral Manager, Director Planning & Environment\n\n\n\n\nAPOLOGY\n\n"
            "RESOLVED unanimously on the motion of Clr Hale, seconded Clr Moss that\nan apology by Clr Ross be "
            "accepted.\n\n\n\nTHIS IS PAGE NO.1 OF THE ORDINARY MEETING OF COUNCIL HELD MARCH 5, 2008\n"
            "HADBURY COUNCIL\nMINUTES OF THE ORDINARY MEETING OF COUNCIL HELD MARCH 5, 2008\n\n\n"
            "061/08       Disclosure of Interests\n\nThere were no disclosures of interest.\n")
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.kind, p.body, str(p.date)) for p in parts][0] == ("minutes", "Hadbury Council", "2008-03-05")
