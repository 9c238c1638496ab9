"""items.py: numbered item headings in agendas and minutes."""

from pathlib import Path

import pytest

from minutebook.importer.extract import extract_text
from minutebook.importer.items import clean_title, cut_items
from minutebook.importer.lines import read_lines


def items(text: str, kind: str = "minutes") -> list[tuple]:
    _, found = cut_items(read_lines("doc.txt", text)[0], kind)
    return [(i.minute, i.agenda, i.title, i.pages, i.to_follow) for i in found]


def markdown_items(tmp_path: Path, markdown: str) -> list:
    """The items of minutes written as a Markdown file, read as the importer reads one."""
    source = tmp_path / "minutes.md"
    source.write_text(markdown, encoding="utf-8")
    return cut_items(read_lines(str(source), extract_text(source).text)[0], "minutes")[1]


def marked_items(tmp_path: Path, markdown: str) -> list[str]:
    return [i.title for i in markdown_items(tmp_path, markdown)]


def test_a_court_record_s_caption_reciting_where_it_sits_is_no_item():
    text = ("MINUTES OF THE ALDER COUNTY COMMISSIONERS' COURT MEETING\nFEBRUARY 9, 2010\n\nSTATE OF TEXAS )(\n\n"
            "COUNTY OF ALDER §\n\nBE IT REMEMBERED that a REGULAR SESSION of the Court was held.\n\n"
            "APPROVAL OF MINUTES\n\nThe minutes were approved.\n\nROAD AND BRIDGE\n\nThe work was noted.\n")
    assert [title for _, _, title, _, _ in items(text)] == ["APPROVAL OF MINUTES", "ROAD AND BRIDGE"]


def test_a_title_in_capitals_run_into_its_text_with_no_separator_heads_an_item_in_unnumbered_minutes():
    text = ("BOARD OF DIRECTORS\n13 August, 2019\n\nPRESENT: A. BELL, C. HALE.\n\nMEMBER FORUM Matt Lind.\n\n"
            "CONSENT AGENDA All committee notes were accepted. Minutes were approved.\n\nFINANCE\n\n"
            "Sales are up by 4%.\n\nWHEREAS The Board met, it resolved.\n\nMAYOR JONES Called for order.\n\n"
            "PRESENT/ TEENWOORDIG Councillors were present as per the register.\n\nSMSU Council Minutes 7 September\n")
    assert [title for _, _, title, _, _ in items(text)] == ["MEMBER FORUM", "CONSENT AGENDA", "FINANCE"]


def test_a_title_ended_by_a_gap_of_spaces_the_packet_s_page_between_or_after_capitals_its_text_after():
    text = ("City Council Meeting Notes\n\nMarch 20, 2007\n\n1.      CALL TO ORDER\n\n"
            "2.      ROLL CALL  Mayor McNown; Councilmembers:  Black, Houston.\n\n"
            "3.      APPROVAL OF AGENDA  p2  Motion by Yarnell/ 2nd by Houston to approve agenda.  Motion carried.\n\n"
            "4.      CLERK’S AGENDA\n\nA.  Minutes of the March 6th Meeting  p2  Motion by Yarnell/ 2nd by Black to "
            "approve the minutes as presented.  Motion carried.\n\nB.  Appropriation Ordinance  p2  Motion by Houston/ "
            "2nd by Black to approve the appropriation.  Motion carried.\n\n5.      PUBLIC HEARING  Ordinance 12\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("1", "CALL TO ORDER"), ("2", "ROLL CALL"), ("3", "APPROVAL OF AGENDA"), ("4", "CLERK’S AGENDA"),
        ("A", "Minutes of the March 6th Meeting"), ("B", "Appropriation Ordinance"),
        ("5", "PUBLIC HEARING Ordinance 12")]


def test_a_roman_numeral_alone_on_its_line_numbers_the_title_on_the_next():
    text = ("TRIBAL BUSINESS COUNCIL\nMAY 28th 2015 MINUTES\nI.\nAPPROVAL OF AGENDA\nMotion: A moved to approve the "
            "agenda.\nII.\nAPPROVAL OF MINUTES\nItem deferred.\nIII.\nSPECIAL GUESTS\nNone came.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("I", "APPROVAL OF AGENDA"), ("II", "APPROVAL OF MINUTES"), ("III", "SPECIAL GUESTS")]


def test_a_list_whose_every_entry_was_numbered_1_is_the_items_each_numbered_as_printed():
    text = ("Selectboard Minutes, 09.25.2023\n\nDraft Minutes\n\n  1. Call to Order 6:30 pm\n  1. Rules of Procedure\n"
            "  1. Approval of Minutes\n    1. Minutes of the regular meeting of 09.11.23\n      MOTION: Michael moved "
            "to approve the minutes.\n  1. Updates and Reports\n    1. Town Administrator\n      Sand bids.\n"
            "    2. Highway Commissioner\n      Fall grading.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("1", "Call to Order 6:30 pm"), ("1", "Rules of Procedure"), ("1", "Approval of Minutes"),
        ("1", "Updates and Reports")]
    counted = text.replace("  1. Rules", "  2. Rules").replace("  1. Approval", "  3. Approval")
    assert [minute for minute, _, _, _, _ in items(counted)][:3] == ["1", "2", "3"]


def test_titles_in_capitals_run_in_with_a_colon_a_spaced_dash_inside_one_are_the_only_structure():
    text = ("Draft SB Meeting Minutes\n\nJuly 3, 2017\n\nAPPROVE MINUTES: Doug moved to accept the minutes.\n\n"
            "REAPPRAISAL: Bonnie has not heard back on the timeline.\n\nHALL ROAD – BUYAK: Bonnie will e-mail Laura "
            "Wilson.\n\nAUDIT: Town Auditors will start the audit.\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "APPROVE MINUTES", "REAPPRAISAL", "HALL ROAD – BUYAK", "AUDIT"]


def test_a_year_alone_on_a_line_under_a_sentence_ending_for_the_year_is_no_item_number():
    text = ("PLANNING COMMISSION\nJanuary 10, 2017\n\nCALL TO ORDER\n\nThe Chair called the meeting to order.\n\n"
            "SELECTION OF CHAIRPERSON\n\nMr. Ho: I move to appoint Mr. Kimo Keawe Chair of the Planning Commission "
            "for the year\n2017.\nChair Mahoney: Are there any further nominations?\n\nADJOURNMENT\n\nAt 10 am.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        (None, "CALL TO ORDER"), (None, "SELECTION OF CHAIRPERSON"), (None, "ADJOURNMENT")]


def test_an_initial_opening_a_name_in_a_list_of_initialled_names_is_no_numeral_and_numerals_may_open_at_ii():
    text = ("COUNTY OF HADBURY\nMINUTES OF COUNCIL MEETING\nMarch 24, 2011\nPRESENT: M. Douglass, Reeve\nCOUNCILLORS: "
            "C. Amulung\nI. Schroeder\nA.M. Philipsen\nA. Eastman\nSTAFF: K. Stephenson, Chief Administrative "
            "Officer\nA. Wickert, Development Officer\nII. MINUTES\n1. Council (March 10, 2011)\nMOVED BY COUNCILLOR "
            "A. EASTMAN that the minutes be adopted.\nIII. CALL FOR POST AGENDA ITEMS\nNone.\nIV. ADOPTION OF "
            "AGENDA\nAdopted.\nV. BYLAWS\nNone.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("II", "MINUTES"), ("1", "Council (March 10, 2011)"), ("III", "CALL FOR POST AGENDA ITEMS"),
        ("IV", "ADOPTION OF AGENDA"), ("V", "BYLAWS")]


def test_a_line_opening_with_the_time_of_day_is_no_item_number():
    text = ("Minutes of the Clubs & Societies Committee\nMeeting 3/11\n3 PM at, 11/3/2011\nLocation: Resource Room\n"
            "1. Procedural Matters\nNone.\n2. Confirmation of Previous Minutes\nConfirmed.\n4. Correspondence\n"
            "None.\n5. Grants\nNone.\n")
    assert [minute for minute, _, _, _, _ in items(text)] == ["1", "2", "4", "5"]


def test_a_short_bullet_ending_a_sentence_after_a_bulleted_point_is_a_point_not_an_item():
    text = ("BOARD OF DIRECTORS\n13 August, 2019\n\nFINANCE\n\n"
            "•  Sales for the year are up by about $915K, approximately 4% higher than last year.\n\n"
            "•  Outstanding Member Loans discussion.\n\nGENERAL MANAGER REPORT\n\nWages were discussed.\n")
    assert [title for _, _, title, _, _ in items(text)] == ["FINANCE", "GENERAL MANAGER REPORT"]


def test_a_minute_s_label_and_number_alone_over_its_title_numbers_the_item():
    text = ("Full Council\n\n23/09/2013 at 6:30 pm\n\nMinute 66\n\nDeclarations of Interest\n\nNone.\n\nMinute 67\n\n"
            "TraCC – Mr Rhydian Mason\n\nA talk was given.\n\nMinute 68\n\nFinance\n\nThe accounts were approved.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("66", "Declarations of Interest"), ("67", "TraCC – Mr Rhydian Mason"), ("68", "Finance")]


def test_a_line_in_capitals_ending_in_a_month_and_year_is_a_title_of_its_period_not_an_item():
    text = ("MINUTES OF THE PARISH COUNCIL\n\nHeld on 3 May 2021\n\nAPPROVAL OF THE MINUTES\n\nThe minutes were "
            "approved.\n\nPAYMENTS SEPTEMBER, 2019\n\nThe payments were approved.\n")
    assert [title for _, _, title, _, _ in items(text)] == ["APPROVAL OF THE MINUTES"]


def test_a_street_number_and_street_in_capitals_before_the_meeting_s_date_is_no_numbered_item():
    text = ("181 BUNKERTOWN RD MARCH 12, 2025 6PM\nThe Township Board of Supervisors held their regular monthly "
            "meeting.\n\n1. Minutes\nApproved.\n\n2. Roads\nDiscussed.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [("1", "Minutes"), ("2", "Roads")]


def test_headings_a_markdown_file_marks_are_items_in_any_case_however_short_their_text(tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n## Call to order\nAt 7 pm.\n\n## Minutes approval\nApproved.\n\n"
            "## Road report\nAll well.\n")
    assert marked_items(tmp_path, text) == ["Call to order", "Minutes approval", "Road report"]


def test_a_heading_that_opens_with_a_year_is_titled_by_it_not_numbered(tmp_path):
    text = ("Hadbury Club Annual Meeting March 3, 2009\n\n## New Business\n\nDiscussed.\n\n"
            "## Club Finances\n\nAccepted.\n\n## 2009 Budget Items\n\nDiscussed.\n")
    assert [(i.minute, i.title) for i in markdown_items(tmp_path, text)] == [
        (None, "New Business"), (None, "Club Finances"), (None, "2009 Budget Items")]
    assert [(minute, title) for minute, _, title, _, _ in items("1. Apologies\n\nNone.\n\n2 Minutes\n\nAgreed.\n")] \
        == [("1", "Apologies"), ("2", "Minutes")]


def test_a_marked_heading_moving_something_is_an_item_a_motion_s_label_is_not(tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n## Road report\nAll well.\n\n## Motion\nTo buy salt.\n\n"
            "## Motion to adjourn\nProposed by: Ann\n")
    assert marked_items(tmp_path, text) == ["Road report", "Motion to adjourn"]


def test_two_sentences_a_rule_under_them_makes_a_heading_are_no_item(tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n## Road report\nAll well.\n\n---\n"
            "Ann left the meeting at 06:46 UTC. The meeting ceased to be quorate.\n---\n")
    assert marked_items(tmp_path, text) == ["Road report"]


def test_a_page_s_own_first_heading_under_the_title_its_metadata_gives_is_no_item(tmp_path):
    text = ('+++\ntitle = "2019 Annual General Meeting of the Hadbury Lake Association"\n+++\n\n# Agenda\n\n'
            "Annual General Meeting - Rupert Hall, August 24, 2019, 10:00 am\n\n## Financial Report\n\nAccepted.\n")
    assert marked_items(tmp_path, text) == ["Financial Report"]


def test_in_a_file_that_marks_its_headings_a_short_line_it_leaves_unmarked_is_text(tmp_path):
    text = ("# AGM Minutes 2019-09-14\n\n### Auditor\n\nVote to Appoint an Auditor\n\n"
            "Steve moved a motion to have no auditor for the coming year and it passed.\n")
    assert marked_items(tmp_path, text) == ["Auditor"]


def test_a_setup_heading_over_attendance_and_a_minutes_heading_over_the_items_are_no_items(tmp_path):
    text = ("# AGM Minutes 2019-09-14\n\n## Setup\n\nAttendees (ordinary Members):\n\n- Ann Bell\n- Tom Hale\n\n"
            "Chairperson: Ann Bell\n\n## Minutes\n\n### Previous AGM Minutes\n\nConfirmed.\n\n"
            "### Auditor\n\nNone appointed.\n")
    assert marked_items(tmp_path, text) == ["Previous AGM Minutes", "Auditor"]


def test_a_heading_block_down_to_the_labelled_date_of_the_meeting_is_no_item(tmp_path):
    text = ("# Notes: September 2017 GIS Group Meeting\n\n### Date: September 19, 2017  ● 2:30 pm – 4:00 pm\n\n"
            "**Location:** Conference Room 4\n\n## Welcome and Introductions\n\n## Adopt Charter\n\nNot adopted.\n")
    assert marked_items(tmp_path, text) == ["Welcome and Introductions", "Adopt Charter"]


def test_a_title_block_runs_down_to_a_short_line_saying_when_the_meeting_took_place(tmp_path):
    text = ("**BANK OF ISRAEL**\n\nApril 20, 2020\n\n# Report on the discussions prior to deciding on the\n"
            " interest rate\n\n## The discussions took place on April 5 and 6, 2020.\n\n"
            "## THE NARROW-FORUM DISCUSSION\n\n"
            "It was decided to lower the interest rate.\n")
    assert marked_items(tmp_path, text) == ["THE NARROW-FORUM DISCUSSION"]


def test_a_long_sentence_a_file_marks_as_a_heading_is_no_item_and_a_short_title_with_a_stop_is_one(tmp_path):
    text = ("# Monetary Policy Committee Meeting\n## 3 and 4 August 2005\n\n##### These are the minutes of the "
            "Monetary Policy Committee meeting held on 3 and 4 August 2005.\n\n## Financial markets\n\nRates fell.\n\n"
            "## The Open standards process.\n\nIt was explained.\n")
    assert marked_items(tmp_path, text) == ["Financial markets", "The Open standards process"]


def test_a_marked_heading_opening_with_a_word_of_a_figure_and_letters_is_an_item_where_no_heading_is_numbered(
        tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n## Welcome\n\n## 3D Nation Study - Richard Wade\nA survey.\n\n"
            "## 5G Masts\nNone yet.\n")
    assert marked_items(tmp_path, text) == ["Welcome", "3D Nation Study - Richard Wade", "5G Masts"]
    numbered = "# Village Board\nMay 18, 2020\n\n## 1. Welcome\nHello.\n\n## 2A Masts\nNone yet.\n"
    assert "2A Masts" not in marked_items(tmp_path, numbered)


def test_a_marked_heading_about_the_next_meeting_of_the_body_is_an_item_though_it_ends_with_the_body(tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n## Road report\nAll well.\n\n## Parish Council\n\n"
            "## Next meeting of the ICEG review committee\nStill to be determined.\n")
    assert marked_items(tmp_path, text) == ["Road report", "Next meeting of the ICEG review committee"]


def test_a_marked_heading_naming_a_body_over_its_report_among_the_items_is_an_item_one_over_nothing_is_not(tmp_path):
    text = ("# Westshire Residents Association\nMay 18, 2020\n\n## Committee Reports\n\n## Housing Coalition\n"
            "A stand will be held.\n\n## Traffic Advisory Committee\nNew crosswalks were painted.\n\n"
            "## Parish Council\n\n## Next General Meeting\nJune 15.\n")
    assert marked_items(tmp_path, text) == ["Committee Reports", "Housing Coalition", "Traffic Advisory Committee",
                                            "Next General Meeting"]


def test_minutes_as_the_page_s_first_level_title_after_its_agenda_is_no_item_and_as_a_section_one_is(tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n# Minutes\n\n## Road report\nAll well.\n\n## Minutes\n"
            "The minutes of the last meeting were approved.\n")
    assert marked_items(tmp_path, text) == ["Road report", "Minutes"]


def test_an_attendees_heading_over_administrations_and_their_people_is_no_item(tmp_path):
    text = ("# Review Committee\nMay 18, 2020\n\n## Attendees\n- Flanders: Raf Buyle, Eveline Vlassenroot\n"
            "- NGI: Rink Kruk\n\n## Training 2022\nA workshop.\n")
    assert marked_items(tmp_path, text) == ["Training 2022"]


def test_a_heading_holding_its_item_s_nothing_to_report_is_that_item_and_its_text(tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n## Road report\nAll well.\n\n## Public Comments: None\n\n"
            "## Phase II: Ellis Street\nBegun.\n")
    found = markdown_items(tmp_path, text)
    assert [(i.title, "\n".join(line.text for line in i.lines).strip()) for i in found][1:] == [
        ("Public Comments", "None"), ("Phase II: Ellis Street", "Begun.")]


def test_numbered_lists_under_headings_a_file_marks_are_not_items(tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n## Correspondence\n1.  Letter from the county\n2.  Letter from a "
            "resident\n\n## New business\n1.  Snow plowing contract renewed.\n\n## Adjournment\nAt 8 pm.\n")
    assert marked_items(tmp_path, text) == ["Correspondence", "New business", "Adjournment"]


def test_numbered_headings_a_file_marks_stay_numbered_items(tmp_path):
    text = "# Village Board\nMay 18, 2020\n\n## 1. Call to order\nAt 7 pm.\n\n## 2. Minutes\nApproved.\n"
    assert [(i.minute, i.title) for i in markdown_items(tmp_path, text)] == [("1", "Call to order"), ("2", "Minutes")]


def test_a_year_and_the_next_open_a_title_a_file_number_in_its_column_does_not():
    assert clean_title("2018-2019 Audit Reports for Measure J")[0] == "2018-2019 Audit Reports for Measure J"
    assert clean_title("2021-22 Budget Review")[0] == "2021-22 Budget Review"
    assert clean_title("21-024   Approve the Lease")[0] == "Approve the Lease"
    assert clean_title("2021-0123 Approve the Lease")[0] == "Approve the Lease"


def test_a_file_number_in_its_column_after_the_title_is_no_page_reference_and_not_the_title():
    assert clean_title("Adoption of the Fare Equity Study                          24-0140") == (
        "Adoption of the Fare Equity Study", {})
    wrapped = clean_title("Approval of a contract for bus maintenance      2024-131 in an amount not to exceed $4,000")
    assert wrapped[0] == "Approval of a contract for bus maintenance in an amount not to exceed $4,000"
    assert clean_title("Minutes of the meeting      5 - 12") == ("Minutes of the meeting", {"pages": "5 - 12"})
    assert clean_title("Accounts      12-14") == ("Accounts", {"pages": "12 - 14"})


def test_an_amount_in_a_column_of_its_own_is_not_the_title_one_in_the_sentence_is():
    assert clean_title("Ground Rents      $ 1,100.00")[0] == "Ground Rents"
    title = "Approve claims in the amount of $123,456.78"
    assert clean_title(title)[0] == title


def test_page_reference_and_to_follow_taken_out_of_titles():
    assert clean_title("MINUTES (Pages 1 - 14)") == ("MINUTES", {"pages": "1 - 14"})
    assert clean_title("Families First Progress Report: (To Follow)") == ("Families First Progress Report",
                                                                            {"to_follow": True})


def test_agenda_numbers_count_up_and_skip_numbered_text():
    text = "1. MINUTES (Pages 1 - 6)\n\nText.\n\n2. MOTIONS\n\n1. “Accessible stations Motion\n\n3. PETITIONS\n"
    assert [i[1] for i in items(text, "agenda") if i[1]] == ["1", "2", "3"]


def test_agenda_bold_heading_followed_directly_by_text():
    assert items("1. **Attendance by Substitute Members:**\nTo note the attendance.\n", "agenda")[0][2] == \
        "Attendance by Substitute Members"


def test_minute_numbers_rise_and_dates_are_not_items():
    text = "101. Welcome:\n\nText\n\n28 September 2017\n\n102. Minutes:\n\n1. a numbered point\n"
    assert [i[0] for i in items(text)] == ["101", "102"]


def test_parish_numbers():
    assert [i[0] for i in items("107/20 Apologies for absence\nText\n108/20 Declarations of interest\n")] == [
        "107/20", "108/20"]


def test_moderngov_item_label_gives_agenda_number():
    assert items("21.   APOLOGIES FOR ABSENCE (Item 1)\n\nText\n")[0][:3] == ("21", "1", "APOLOGIES FOR ABSENCE")


def test_heading_wrapped_over_two_lines():
    text = "1.     REVIEW OF GAMBLING POLICY 2023 - 2026 (Pages 7 -\n       38)\n\nReport.\n"
    assert items(text, "agenda")[0][2:4] == ("REVIEW OF GAMBLING POLICY 2023 - 2026", "7 - 38")


def test_numbered_member_list_before_the_agenda_is_not_items():
    text = ("Reserve Members:\n\n1. Callum Redfern\n2. Anjali Mistry\n\n"
            "AGENDA - PART I\n\n1.  APOLOGIES\n\n2.  MINUTES\n")
    assert [i[2] for i in items(text, "agenda")] == ["APOLOGIES", "MINUTES"]


def test_item_keeps_its_source_lines():
    _, found = cut_items(read_lines("doc.txt", "101. Welcome\n\nText\n\n102. Minutes\n\nMore\n")[0], "minutes")
    assert found[0].sources == [("doc.txt", 1, 3)] and found[1].sources == [("doc.txt", 5, 7)]


def test_item_n_dash_title_headings_with_decimal_sub_items():
    text = ("Item 1 - Apologies for Absence\nNone.\n\nItem 7 - Planning Applications\n7.1 The Committee RESOLVED.\n"
            "7.2 Application 22/00841/FUL was noted.\n\nItem 8 - Planning Decisions\nNoted.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("1", "Apologies for Absence"), ("7", "Planning Applications"),
                                                   ("8", "Planning Decisions")]


def test_year_first_minute_numbers():
    text = "2021/045 To receive apologies\nNone.\n\n2021/046 Declarations of interest\nNone.\n\n2021/047 Finance\n"
    assert [i[0] for i in items(text)] == ["2021/045", "2021/046", "2021/047"]


def test_date_wrapped_from_the_heading_is_not_an_item():
    text = ("MINUTE of MEETING held on Wednesday,\n15 March 2023 at 10.00 am.\n\n1. DECLARATIONS OF INTEREST\n\n"
            "None.\n\n2. MINUTE OF PREVIOUS MEETING\n")
    assert [i[0] for i in items(text)] == ["1", "2"]


def test_minutes_after_exclusion_of_the_press_and_public_are_exempt():
    text = ("52. ENFORCEMENT\n\nNoted.\n\n53. EXCLUSION OF THE PRESS AND PUBLIC\n\n"
            "RESOLVED: That the public be excluded.\n\n54. REVIEW OF A LICENCE\n\nRefused.\n")
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert [(i.minute, i.exempt) for i in found] == [("52", False), ("53", False), ("54", True)]


def test_cmis_agenda_page_column_wrapped_title_and_part_ii():
    text = ("PART I - ITEMS CONSIDERED IN PUBLIC                 Page\n\n1.    Apologies for Absence\n\n"
            "2.    Minutes of the Previous Meeting                 5 - 12\n\n"
            "3.    Fly-tipping Task and Finish Group - Final      65 - 80\n      Report\n\n"
            "PART II - ITEMS CONSIDERED IN PRIVATE\n\n4.    Fleet Replacement                              87 - 96\n")
    _, found = cut_items(read_lines("doc.txt", text)[0], "agenda")
    assert [(i.agenda, i.title, i.pages, i.exempt) for i in found] == [
        ("1", "Apologies for Absence", None, False), ("2", "Minutes of the Previous Meeting", "5 - 12", False),
        ("3", "Fly-tipping Task and Finish Group - Final Report", "65 - 80", False),
        ("4", "Fleet Replacement", "87 - 96", True)]


def test_prefixed_minute_numbers():
    text = "PL58/20     APOLOGIES\n\nNone.\n\nPL59/20     DECLARATIONS OF INTEREST\n\nNone.\n\nPL60/20     MINUTES\n"
    assert [(i[0], i[2]) for i in items(text)] == [("PL58/20", "APOLOGIES"), ("PL59/20", "DECLARATIONS OF INTEREST"),
                                                   ("PL60/20", "MINUTES")]


def test_minute_number_on_its_own_line_title_on_the_next():
    text = "1.\nELECTION OF MAYOR\n\nRESOLVED: That A be elected.\n\n2.\nMINUTES\n\nRESOLVED: approved.\n"
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert [(i.minute, i.title, i.lines[1].stripped) for i in found] == [
        ("1", "ELECTION OF MAYOR", "RESOLVED: That A be elected."), ("2", "MINUTES", "RESOLVED: approved.")]


def sub(text: str, kind: str = "agenda") -> list[tuple]:
    _, found = cut_items(read_lines("doc.txt", text)[0], kind)
    return [(i.minute or i.agenda, i.parent, i.title) for i in found]


def test_decimal_sub_items_under_their_item():
    text = "1. PRESENTATIONS\n\n1.1      Proclamation for the Police Chief\n\n1.2      COVID-19 Update\n\n2. CONSENT\n"
    assert sub(text) == [("1", None, "PRESENTATIONS"), ("1.1", "1", "Proclamation for the Police Chief"),
                         ("1.2", "1", "COVID-19 Update"), ("2", None, "CONSENT")]


def test_three_level_decimal_sub_items_with_run_in_titles():
    text = ("113. REPORTS\n113.2 Highways and Byways:\n113.2.1 Salt bin. Cllr Lester agreed to supply a sketch.\n"
            "114. CORRESPONDENCE\n")
    assert sub(text, "minutes") == [("113", None, "REPORTS"), ("113.2", "113", "Highways and Byways"),
                                    ("113.2.1", "113.2", "Salt bin"), ("114", None, "CORRESPONDENCE")]


def test_decimal_paragraph_without_a_title_is_not_a_sub_item():
    text = "6 Finance Update\n6.1 Our bank balance currently stands at £11k with no outstanding invoices.\n7 AOB\n"
    assert [i[0] for i in sub(text, "minutes")] == ["6", "7"]


def test_markdown_sub_item_headings_in_minutes_may_run_long():
    text = ("# 8.&nbsp;&nbsp;Reports\n\n## 8.1&nbsp;&nbsp;3rd Report of the Community and Protective Services "
            "Committee\n\nThat the report be approved.\n\n# 9.&nbsp;&nbsp;Added Reports\n")
    assert [i[:2] for i in sub(text, "minutes")] == [("8", None), ("8.1", "8"), ("9", None)]


def test_long_decimal_sub_item_in_title_case_in_minutes():
    text = ("6. Communications\n\n6.1    Unsheltered Homelessness Encampment Initiative and Incremental Reaching "
            "Home Funding Allocations\n\n1. Memo\n\n7. Reports\n")
    assert [i[:2] for i in sub(text, "minutes")] == [("6", None), ("6.1", "6"), ("7", None)]


def test_long_decimal_sentence_in_minutes_is_not_a_sub_item():
    text = "105. PUBLIC\n105.5 Mr L Evans spoke about the appeal against enforcement notice\n106. FINANCE\n"
    assert [i[0] for i in sub(text, "minutes")] == ["105", "106"]


def test_decision_forms_numbered_by_the_agenda_item_their_subject_names():
    text = ("(a)   Subject:           Annual Business Report (agenda item 7)\n\n(b)   Ward:\n\n"
            "(a)   Subject:           City Centre Transport Corridor – Bond St Full Business Case\n"
            "                         Submission (agenda item 10)\n\n(b)   Ward:\n")
    assert [(i[0], i[1], i[2]) for i in items(text)] == [
        ("7", "7", "Annual Business Report"),
        ("10", "10", "City Centre Transport Corridor – Bond St Full Business Case Submission")]


def test_rows_carrying_a_zero_padded_count_on_past_09_are_not_items():
    text = ("5     Chair's Announcements\n\nText.\n\n6     Public Forum\n\n 08   Angharad Hughes      East Bristol\n"
            " 09   Lucy McCourt         Underhand Installation\n 10   Simon Easton         East Bristol\n"
            " 11   Jenny Blue           EBLN and recent ruling\n\n7    Annual Business Report\n\nText.\n")
    assert [i[0] for i in items(text)] == ["5", "6", "7"]


def test_recommendations_numbered_in_words_under_a_minute_are_its_sub_items():
    text = ("7     Opportunities to promote sustainable transport\n\nThe Committee considered a report.\n\n"
            "Recommendation 1 – Need for a Parking and Kerbside Strategy.\n\nIt was proposed.\n\n"
            "1.    It was APPROVED that a Task and Finish Group be initiated.\n\n"
            "Recommendation 2 – Residents Parking Scheme (RPS) – First Permit increase and realignment of Easton\n\n"
            "2a. Residents Parking - Approve and implement increase of £56 to £124.\n\n"
            "8     Supported Bus Services\n\nText.\n")
    assert [i[:2] for i in sub(text, "minutes")] == [("7", None), ("1", "7"), ("2", "7"), ("8", None)]


def test_lettered_sub_items_on_an_agenda():
    text = "1.       PLANNING\n         a)   To receive an update\n         b)   Birchall Garden Suburb\n2. FINANCE\n"
    assert sub(text) == [("1", None, "PLANNING"), ("a", "1", "To receive an update"),
                         ("b", "1", "Birchall Garden Suburb"), ("2", None, "FINANCE")]


def test_lettered_resolutions_in_minutes_are_not_sub_items():
    text = "111/20 Finance\n   (a) that the payments be approved\n   (b) that the budget be noted\n112/20 AOB\n"
    assert [i[0] for i in sub(text, "minutes")] == ["111/20", "112/20"]


def test_fresh_numbers_indented_deeper_are_sub_items():
    text = ("    4.      Decisions\n                 1. Fixed Asset Review\n\n                 2. Review of Terms\n"
            "    5.      Update from Committees\n")
    assert sub(text, "minutes") == [("4", None, "Decisions"), ("1", "4", "Fixed Asset Review"),
                                    ("2", "4", "Review of Terms"), ("5", None, "Update from Committees")]


def test_section_letter_and_number_sub_items():
    text = "A.        Study Session\n\nA1.       Provide direction on water rates\n\nB.        Report\n\nC.  Public\n"
    assert sub(text) == [("A", None, "Study Session"), ("A1", "A", "Provide direction on water rates"),
                         ("B", None, "Report"), ("C", None, "Public")]


def test_roman_numeral_items():
    text = "I.      Call to Order & Roll Call\nII.     Minutes\nIII.    New Business\nIV.     Adjournment\n"
    assert [i[0] for i in sub(text)] == ["I", "II", "III", "IV"]


def test_markdown_headings_are_items_in_the_order_printed():
    text = ("# 1.&nbsp;&nbsp;Disclosures\n\n# 2.&nbsp;Recognitions\n\n# 7.&nbsp;Motions\n\n"
            "## 7.1&nbsp;Mayor's motion\n\n# 3.&nbsp;Review\n\n"
            "### 3.1&nbsp;[(2.1)](<other page#anchor>) 1st Report of the Committee\n")
    assert sub(text, "minutes") == [("1", None, "Disclosures"), ("2", None, "Recognitions"), ("7", None, "Motions"),
                                    ("7.1", "7", "Mayor's motion"), ("3", None, "Review"),
                                    ("3.1", "3", "1st Report of the Committee")]


def test_agenda_numbers_starting_again_under_a_new_heading():
    text = ("CLOSED SESSION\n1.     CALL TO ORDER\n2.     ROLL CALL\n3.     ADJOURN\n\nREGULAR BUSINESS\n"
            "1.     CALL TO ORDER\n2.     ROLL CALL\n3.     FLAG SALUTE\n4.     PUBLIC COMMENTS\n")
    assert [i[0] for i in sub(text)] == ["1", "2", "3", "1", "2", "3", "4"]


def test_agenda_numbered_from_the_minute_numbers_to_be_used():
    text = "2709. Police Report\n2710. Public Forum\n2711. Apologies for absence\n"
    assert [i[0] for i in sub(text)] == ["2709", "2710", "2711"]


def test_number_then_tab_then_title():
    assert [i[2] for i in sub("3681.\tPolice Reports:  None received.\n3682.\tApologies\n", "minutes")] == [
        "Police Reports", "Apologies"]


def test_zero_padded_list_and_numbered_names_are_not_items():
    text = ("5 Public Forum\nStatements:\n01 David Redgewell\n02 Ian Pond\n10 Dr Philippa Nason\n11 Wilma Gough\n"
            "12 Sue Callanan\n\n6 Parking Review\n")
    assert [i[0] for i in sub(text, "minutes")] == ["5", "6"]


def test_minute_numbers_padded_before_their_year_are_items():
    text = ("045/24 Apologies for absence\nApologies were received from Cllr T Reed.\n\n046/24 Declarations of "
            "interest\nNone.\n\n047/24 Minutes of the previous meeting\nRESOLVED: that the minutes be signed.\n")
    assert [(i[0], i[2]) for i in sub(text, "minutes")] == [
        ("045/24", "Apologies for absence"), ("046/24", "Declarations of interest"),
        ("047/24", "Minutes of the previous meeting")]


def test_a_full_title_line_going_on_in_lower_case_at_the_numbers_margin_is_the_title_s_rest():
    title = "Public hearing to consider adoption of Ordinance No. 1245 amending the Zoning Code regarding accessory"
    text = f"4. {title}\ndwelling units.\nChair Erickson opened the public hearing.\n\n5. Other\nText.\n"
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert [(i.title, i.lines[0].text) for i in found] == [
        (f"{title} dwelling units", "Chair Erickson opened the public hearing."), ("Other", "Text.")]
    _, short = cut_items(read_lines("doc.txt", "4. Short title\nthe text in lower case.\n")[0], "minutes")
    assert [(i.title, i.lines[0].text) for i in short] == [("Short title", "the text in lower case.")]


def test_run_in_titles_cut_at_the_text_and_the_text_kept():
    text = "3. Minutes of Previous Meetings. The minutes were approved.\n4. Police Report - there had been no report.\n"
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert [(i.title, i.lines[0].text) for i in found] == [
        ("Minutes of Previous Meetings", "The minutes were approved."), ("Police Report", "there had been no report.")]


def test_a_numbered_heading_the_file_marks_is_a_title_whole_where_a_plain_line_would_run_in(tmp_path):
    title = "Resolution 259-2018: Fee Schedule and Agreement to Meet Costs of Development, Tree Cutting, and Appeal"
    assert marked_items(tmp_path, f"### 1. Minutes\n\nAccepted.\n\n### 2. {title}\n\nAdopted.\n") == [
        "Minutes", title]


def test_colon_inside_a_capitals_title_is_not_a_run_in():
    assert sub("1. MINUTES: NOVEMBER 14, 2022 – REGULAR MEETING\n2. WARRANTS\n")[0][2] == \
        "MINUTES: NOVEMBER 14, 2022 – REGULAR MEETING"


def test_long_agenda_title_carried_on_under_itself():
    text = ("1.   Ord. to rezone property located East of 99th Street and South of Redick Avenue\n"
            "     from LI-Limited Industrial District to R7-Medium-Density District.\n\n2.   Ord. to approve\n")
    assert sub(text)[0][2] == ("Ord. to rezone property located East of 99th Street and South of Redick Avenue from "
                               "LI-Limited Industrial District to R7-Medium-Density District")


def test_long_agenda_title_wrapped_at_a_comma_is_an_item():
    text = ("1.   Ord. to rezone property located East of 99th Street\n\n"
            "2.   Ord. declaring the necessity of appropriating, for the use of the City,\n"
            "     certain property located at 1823 Lake Street.\n\n3.   Ord. to approve a plat\n")
    assert [i[2] for i in sub(text)] == ["Ord. to rezone property located East of 99th Street",
                                         "Ord. declaring the necessity of appropriating, for the use of the City, "
                                         "certain property located at 1823 Lake Street", "Ord. to approve a plat"]


def test_comma_ending_a_numbered_line_with_nothing_hanging_under_it_is_no_title():
    text = "1.   Apologies\n\n2.   Minutes\n\n3.   Smith, Jones,\nBrown and Green sent apologies.\n\n4.   Close\n"
    assert [i[1] for i in items(text, "agenda")] == ["1", "2", "4"]


def test_abbreviation_in_brackets_at_a_line_end_does_not_end_a_long_title():
    text = ("1.   Ord. to approve the acceptance of and authorize disbursement from the FY2011\n"
            "     City of Omaha/Douglas County Juvenile Accountability Block Grant (JABG)\n"
            "     Phase 14, from the Nebraska Crime Commission.\n\n2.   Ord. to approve a plat\n")
    assert sub(text)[0][2].endswith("(JABG) Phase 14, from the Nebraska Crime Commission")


def test_sub_item_parent_written_to_the_record():
    from minutebook.importer.output import _item

    _, found = cut_items(read_lines("doc.txt", "1. PRESENTATIONS\n1.1      Proclamation\n2. CONSENT\n")[0], "agenda")
    assert _item(found[1], None, None, None)["parent"] == "1"


def test_agenda_label_in_a_minute_heading():
    assert items("42. (Agenda 1) APOLOGIES FOR ABSENCE\nNone.\n")[0][:3] == ("42", "1", "APOLOGIES FOR ABSENCE")


def test_points_of_a_sentence_led_in_by_a_colon_are_not_sub_items():
    text = ("1. Conditional Vacation of a Street\nRecommendation:     Adopt a resolution:\n"
            "                    (a) Approving the report of the Director;\n"
            "                    (b) Declaring the land surplus;\n2. Adjournment\n")
    assert [i[0] for i in sub(text)] == ["1", "2"]


def test_a_schedule_numbered_after_the_items_ends_the_last_items_sub_items():
    text = ("1. Call to Order.\n\n2. Motion to adjourn the meeting.\n\nSCHEDULE A\n\n1. Establish Budgets\n\n"
            "    A. Establish a budget for the grant\n")
    assert [i[0] for i in sub(text)] == ["1", "2"]


def test_title_case_after_a_colon_is_the_title():
    assert sub("1. RFP 2024-228: Consulting Services for Operations Masterplan Study\n2. Other\n")[0][2] == \
        "RFP 2024-228: Consulting Services for Operations Masterplan Study"
    assert sub("1. ZA 24-01: Zoning Text Amendment, Accessory Dwelling Units\n2. Other\n")[0][2] == \
        "ZA 24-01: Zoning Text Amendment, Accessory Dwelling Units"  # (a comma inside it, after a file's number)


def test_amount_column_and_time_window_out_of_titles():
    assert clean_title("ANNE ARUNDEL COUNTY, MARYLAND    $ 560,894.00")[0] == "ANNE ARUNDEL COUNTY, MARYLAND"
    assert clean_title("Public Open Forum (∼19:30-20:00)")[0] == "Public Open Forum"


def test_numbered_points_of_a_resolution_are_not_items():
    text = ("(d)   Decision taken\n\n      That the Committee:\n      1.    Noted the membership of the Committee\n"
            "      2.    Noted the appointment of the Chair\n      3.    Noted the terms of reference\n")
    assert sub(text, "minutes") == []


def test_table_rows_are_not_items():
    text = ("1.   Prequalification of Contractors\n\n2.   Personnel Matters\n\n"
            "1.   TIMOTHY KRUS          $45.07                $78,873.00\n"
            "2.   325 Park Avenue        Chinese Merchants       Retain one\n\n3.   Travel Requests\n")
    assert [i[0] for i in sub(text, "minutes")] == ["1", "2", "3"]


def test_capitals_title_justified_across_the_page_is_one_column():
    assert sub("1. GOVERNMENT     FINANCE  OFFICERS   ASSOCIATION   (GFOA) AWARD\n2. OTHER\n")[0][2] == \
        "GOVERNMENT FINANCE OFFICERS ASSOCIATION (GFOA) AWARD"


# --- unnumbered headings (unnumbered.py) -----------------------------------------------------------------

def test_capitals_headings_standing_alone_are_items_where_nothing_is_numbered():
    text = ("CITY COUNCIL MINUTES\nAUGUST 17, 2015\n\nINTRODUCTORY\n\nThe Council met at 7:00 p.m.\n\n"
            "APPROVAL OF THE MINUTES\n\nThe minutes were approved.\n")
    assert [(i[0], i[2]) for i in items(text)] == [(None, "INTRODUCTORY"), (None, "APPROVAL OF THE MINUTES")]


def test_capitals_heading_over_numbered_entries_is_a_section_not_an_item():
    text = ("AGENDA\nNOVEMBER 15, 2022\n\nCALL TO ORDER                   Chair Smith\n\nCONSENT CALENDAR\n\n"
            "Items are routine.\n\n1. MINUTES – Staff recommends the Authority approve the minutes.\n\n"
            "2. WARRANTS – Staff recommends the Authority approve the warrants.\n\nADJOURNMENT\n")
    assert [(i[1], i[2]) for i in items(text, "agenda")] == [
        (None, "CALL TO ORDER"), ("1", "MINUTES"), ("2", "WARRANTS"), (None, "ADJOURNMENT")]


def test_presenter_column_beside_a_capitals_heading_kept_as_its_text():
    text = "AGENDA\nNOVEMBER 15, 2022\n\nCALL TO ORDER                   Chair Smith\n\nADJOURNMENT\n"
    _, found = cut_items(read_lines("doc.txt", text)[0], "agenda")
    assert [line.stripped for line in found[0].lines if not line.blank] == ["Chair Smith"]


def test_bulleted_titles_just_before_the_numbered_items_are_items():
    text = ("AGENDA\nJanuary 5, 2021\n\n• Call to Order and Roll Call\n\n• Pledge of Allegiance\n\n"
            "1. CEREMONIAL ITEMS\n\n2. CONSENT CALENDAR\n\n3. STRATEGIC SUPPORT\n")
    assert [i[2] for i in items(text, "agenda")][:2] == ["Call to Order and Roll Call", "Pledge of Allegiance"]


def test_bullets_describing_a_list_and_a_notice_far_above_the_items_are_no_items():
    text = ("AGENDA\nJanuary 5, 2021\n\n• Public Safety - Commitment to excellence in public safety by\n"
            "  investing in neighborhood services.\n\nCOVID-19 ADVISORY NOTICE\n\n" + "Notice text.\n" * 8 +
            "\nA.   Call To Order\n\nB.   Roll Call\n")
    assert [i[1] for i in items(text, "agenda")] == ["A", "B"]


def test_capitals_list_of_boards_with_their_appointees_is_no_items():
    text = ("MINUTES\nAUGUST 17, 2015\n\nAPPOINTMENTS\n\nThe following were appointed.\n\nBOARD OF ADJUSTMENT\n"
            "Hammen, Janet, Ward 6\n\nBOARD OF HEALTH\nTucker, Robert, Ward 4\n\n"
            "YOUTH ADVISORY PANEL\nMay, Timothy, Ward 4\n\nPUBLIC HEARINGS\n\nText.\n")
    assert [i[2] for i in items(text)] == ["APPOINTMENTS", "PUBLIC HEARINGS"]


def test_capitals_headings_each_over_a_short_paragraph_of_minutes_are_items():
    text = ("MINUTES\nFEBRUARY 5, 2024\n\nAPPROVAL OF MINUTES\nMotion by Bell, seconded by Hale, to approve the "
            "minutes. Motion carried 4-0.\n\nPUBLIC COMMENT\nRosa Lind spoke about speeding.\n\nCONSENT AGENDA\n"
            "Motion by Lind, seconded by Bell, to approve the consent agenda.\nMotion carried.\n\nADJOURNMENT\n\n"
            "The meeting ended.\n")
    assert [i[2] for i in items(text)] == ["APPROVAL OF MINUTES", "PUBLIC COMMENT", "CONSENT AGENDA", "ADJOURNMENT"]


def test_a_decimal_item_whose_section_heading_the_minutes_do_not_print():
    text = ("MINUTES\nMARCH 19, 2024\n\n1.    OPENING\n\n      Opened.\n\n2.    MINUTES\n\n      Confirmed.\n\n"
            "9.1   PROPOSED SUBDIVISION - LOT 12\n\n      Approved.\n\n10.   CLOSURE\n\n      Closed.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("1", "OPENING"), ("2", "MINUTES"), ("9.1", "PROPOSED SUBDIVISION -"
                                                   " LOT 12"), ("10", "CLOSURE")]


def test_numbered_paragraphs_opening_with_a_motion_are_no_items_the_headings_over_them_are():
    text = ("MINUTES\nMAY 14, 2024\n\nCONSENT CALENDAR\n\n1.   On motion of Supervisor Chen, seconded by Supervisor "
            "Adams, the Board approved the calendar.\n\nADJOURNMENT\n\n2.   There being no further business, the "
            "Board adjourned.\n")
    assert [(i[0], i[2]) for i in items(text)] == [(None, "CONSENT CALENDAR"), (None, "ADJOURNMENT")]


def test_a_decimal_item_after_the_last_whose_section_heading_is_not_printed():
    text = ("MINUTES\nAUGUST 21, 2024\n\n1.    KARAKIA\n\n      Opened.\n\n2.    APOLOGIES\n\n      None.\n\n"
            "5.2   WATER SUPPLY UPGRADE\n\n      Awarded.\n")
    assert [(i[0], i[2]) for i in items(text)][-1] == ("5.2", "WATER SUPPLY UPGRADE")


def test_capitals_heading_repeated_on_each_page_continues_its_item():
    text = ("MINUTES\nAUGUST 17, 2015\n\nINFORMAL AWARDS\n\nVendor one.\n\fINFORMAL AWARDS\n\nVendor two.\n\n"
            "PERSONNEL MATTERS\n\nText.\n")
    assert [i[2] for i in items(text)] == ["INFORMAL AWARDS", "PERSONNEL MATTERS"]


def test_capitals_labels_remarks_and_meeting_titles_are_no_items():
    text = ("MINUTES\nAUGUST 17, 2015\n\nOLD BUSINESS\n\nText.\n\nAUDITS REVIEWED AND HAD NO OBJECTION\n\n"
            "Text.\n\nFINANCING AUTHORITY MEETING\n\nText.\n\nPAYMENTS SEPTEMBER 2019\n\nText.\n\n(FILE NO. 56338)\n\n"
            "MINUTES\n\nText.\n\nAGENDA - PART II - NIL\n\nATTACHMENTS\n")
    assert [i[2] for i in items(text)] == ["OLD BUSINESS"]


def test_title_in_capitals_cut_at_a_dash_before_its_recommendation():
    assert items("1. WARRANTS – Staff recommends the Authority approve the warrant runs.\n\n2. ORAL REPORTS\n",
                 "agenda")[0][2] == "WARRANTS"


def test_stage_directions_in_double_brackets_and_see_attached_taken_out_of_titles():
    assert clean_title("Ord. to rezone a lot – see attached. ((PUBLIC HEARING TODAY))")[0] == "Ord. to rezone a lot"


def test_measure_numbers_are_items_and_capitals_headings_among_them_are_items_too():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nAPPROVAL OF THE MINUTES\n\nThe minutes were approved.\n\nOLD BUSINESS\n\n"
            "B226-15\nCalling a special election.\n\nB226-15 was given third reading.\n\nR135-15   Specifying how the "
            "City Council intends to use funds.\n\nREPORTS AND PETITIONS\n\nREP81-15   Fraternity Sprinkling.\n")
    assert [(i[0], i[2]) for i in items(text)] == [
        (None, "APPROVAL OF THE MINUTES"), (None, "OLD BUSINESS"), ("B226-15", "Calling a special election"),
        ("R135-15", "Specifying how the City Council intends to use funds"), (None, "REPORTS AND PETITIONS"),
        ("REP81-15", "Fraternity Sprinkling")]


def test_measure_labels_printed_in_a_column_before_their_titles_are_paired_in_order():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nPUBLIC HEARINGS\n\n(B)\nB219-15\n\n\n"
            "Setting property tax rates for 2015 for the City.\nSetting property tax rates for 2015.\n\n"
            "R135-15   Specifying how funds are used.\n")
    assert [(i[0], i[2]) for i in items(text)][1:] == [("B", "Setting property tax rates for 2015 for the City"),
                                                       ("B219-15", "Setting property tax rates for 2015"),
                                                       ("R135-15", "Specifying how funds are used")]


def test_measure_label_without_a_title_line_for_each_label_is_no_item():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nCONSENT AGENDA\n\nB228-15\n\nB229-15\n\nthe City Code to allow.\n"
            "Granting a waiver.\n\nR135-15   Specifying how funds are used.\n")
    assert [i[0] for i in items(text)] == [None, "R135-15"]


def test_title_wrapped_back_to_the_margin_after_a_word_that_cannot_end_it():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\n"
            "R130-15    Granting a temporary waiver from the requirements of Section 16-185 of\n"
            "the  City  Code  to  allow  possession  and  consumption  of  alcoholic\nbeverages for a concert.\n\n"
            "R131-15    Approving the by-laws.\n")
    assert items(text)[0][2] == ("Granting a temporary waiver from the requirements of Section 16-185 of the City Code "
                                 "to allow possession and consumption of alcoholic beverages for a concert")


def test_capitals_list_of_boards_some_named_as_bodies_is_no_items():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nAPPOINTMENTS TO BOARDS\n\n"
            "The following were appointed\nto the boards below.\n\n"
            "BOARD OF ADJUSTMENT\nHammen, Janet, 1844 Cliff Drive\n\n"
            "BOARD OF ELECTRICAL EXAMINERS\nNoordsy, Todd, Ward 4\n\n"
            "BOARD OF HEALTH\nSkala, Mahree, 5201 Gasconade Drive\n"
            "Szewczyk, Michael, 1404 E. Highlands Court\n\nBUILDING CONSTRUCTION CODES COMMISSION\nMuzzy, Doug, 2202 "
            "Potomac Drive\n\nYOUTH ADVISORY BOARD\nMay, Timothy, Ward 4\n\nR135-15   Specifying how funds are used.\n")
    assert [i[2] for i in items(text)] == ["APPOINTMENTS TO BOARDS", "Specifying how funds are used"]


def test_blank_line_a_pdf_puts_inside_a_long_title_is_crossed():
    text = ("1.   Ord. to approve a Major Amendment to a Mixed Use District Development\n"
            "     Agreement for Whispering Ridge, to allow automotive repair services, located\n\n"
            "     southeast of West Maple Road.\n\n2.   Ord. to approve a plat\n")
    assert sub(text)[0][2].endswith("automotive repair services, located southeast of West Maple Road")


def test_recommendation_label_after_a_blank_line_does_not_join_the_title():
    text = ("1.   North Bayshore Circulation Feasibility Study, Project 19-54-Contract Amendment for\n\n"
            "     Recommendation(s): Approve the amendment.\n\n2.   Adjournment\n")
    assert sub(text)[0][2] == "North Bayshore Circulation Feasibility Study, Project 19-54-Contract Amendment for"


def test_comma_ending_a_short_cell_of_a_table_is_no_title():
    text = ("17. HOTEL GROUP ONE LLC\n\n18. OLD TOWN HOTEL GROUP,\n    LLC d/b/a HOLIDAY\n\n19. HOTEL GROUP THREE\n")
    assert [i[0] for i in items(text)] == ["17", "19"]


def test_sentences_after_a_dash_are_the_text_not_the_title():
    assert items(" 7. Open Forum - Still concerns about accuracy and frequency of mail deliveries. If they persist,\n"
                 "    maybe invite the area manager to a meeting.\n 8. Close\n")[0][2] == "Open Forum"


def test_blank_line_after_a_title_with_its_page_column_is_not_crossed():
    text = ("1.    Waste and Recycling Performance 2022/23 - Quarter 3            13 - 28\n\n"
            "      Report of the Director of Place.\n\n2.    Close\n")
    assert sub(text)[0][2] == "Waste and Recycling Performance 2022/23 - Quarter 3"


def test_sub_item_title_wrapped_at_a_comma_is_a_sub_item():
    text = ("4.    APPROVAL OF CONSENT CALENDAR\n\n      1.     June 10, 2019; June 24, 2019; and September 23, 2019,\n"
            "             Planning Commission Minutes\n\n      2.     Planning Commission Meeting Calendar 2020\n\n"
            "5.    ADJOURNMENT\n")
    assert [(i[0], i[1]) for i in sub(text, "minutes")] == [("4", None), ("1", "4"), ("2", "4"), ("5", None)]


CENTRED = ("CITY COUNCIL AGENDA\n\nNOVEMBER 18, 2020\n\n"
           "The City Council has adopted a policy that regular meetings shall not continue beyond 11:00 p.m. unless\n"
           "extended by a majority of the City Council.\n\n"
           "                                        CALL TO ORDER\n"
           "                                           Mayor Constantine\n\n"
           "                                 ROLL CALL ATTENDANCE\n"
           "                                   Deputy City Clerk Michelle Bigelow\n\n"
           "CONSENT CALENDAR\n\n1. APPROVE THE MINUTES\n\n2. AWARD THE CONTRACT\n\n3. ADOPT THE BUDGET\n")


def test_capitals_headings_centred_with_a_presenter_under_them_are_items():
    assert [(i[1], i[2]) for i in items(CENTRED, "agenda")][:3] == [
        (None, "CALL TO ORDER"), (None, "ROLL CALL ATTENDANCE"), ("1", "APPROVE THE MINUTES")]


def test_centred_capitals_over_a_form_or_with_nothing_under_them_are_no_items():
    text = CENTRED.replace("                                           Mayor Constantine\n",
                           "                     Meeting Type:        Regular     Special\n").replace(
        "                                   Deputy City Clerk Michelle Bigelow\n", "")
    assert [i[1] for i in items(text, "agenda") if i[1]] == ["1", "2", "3"]


def test_bulleted_titles_inside_a_pdf_page_margin_with_their_text_straight_under_them():
    text = ("        AGENDA\n        January 5, 2021\n\n        • Call to Order and Roll Call\n"
            "          Closed Session-Cancelled\n        • Pledge of Allegiance\n        1. CEREMONIAL ITEMS\n\n"
            "        2. CONSENT CALENDAR\n\n        3. STRATEGIC SUPPORT\n")
    assert [i[2] for i in items(text, "agenda")][:2] == ["Call to Order and Roll Call", "Pledge of Allegiance"]


def test_rules_numbered_again_after_the_items_with_lead_in_titles_are_no_items():
    text = ("AGENDA\nJanuary 5, 2021\n\n1. CEREMONIAL ITEMS\n\n2. CONSENT CALENDAR\n\n3. STRATEGIC SUPPORT\n\n"
            "CODE OF CONDUCT\n\n1. Public Meeting Decorum:\n\na) Persons will not disrupt.\n\n"
            "2. Signs, Objects or Symbolic Material:\n\na) Signs are allowed.\n\n3. Addressing the Council:\n\n"
            "a) Speakers will be brief.\n")
    assert [i[1] for i in items(text, "agenda") if i[1]] == ["1", "2", "3"]


def test_roman_numeral_printed_twice_or_lost_to_a_scan_keeps_the_run():
    text = ("I.   Call to Order\n\nII.   Roll Call\n\nII.   Invocation\n\nIII.   Pledge of Allegiance\n\n"
            "IV.   Presentations\n\nVv.   Public Comment\n\nVI.   Minutes\n\nVII.   Adjournment\n")
    assert [i[1] for i in items(text, "agenda")] == ["I", "II", "II", "III", "IV", "V", "VI", "VII"]


def test_roman_numerals_enclosing_a_longer_run_of_numbers_are_the_items():
    actions = "".join(f"    {n}. Consider action number {n}.\n\n" for n in range(1, 9))
    text = ("I.   Call to Order\n\nII.   Roll Call\n\nIII.   Minutes\n\nIV.   New Business\n\n" + actions +
            "V.   Official Reports\n\nVI.   Adjournment\n")
    found = items(text, "agenda")
    assert [i[1] for i in found if i[1] in ("I", "II", "III", "IV", "V", "VI")] == ["I", "II", "III", "IV", "V", "VI"]
    assert len(found) == 14


def test_centred_capitals_spread_by_a_pdf_with_a_blank_line_before_their_presenter_are_items():
    text = ("AGENDA\nJanuary 5, 2021\n\nThe council has adopted a policy that meetings shall not continue beyond "
            "11:00 p.m.\n"
            "                                  CALL  TO ORDER\n\n                                    Mayor Smith\n"
            "                        DECLARATION    OF POSTING   AGENDA\n\n"
            "                                Deputy City Clerk Jane Doe\n          PUBLIC  COMMENT\n\n"
            "          Members of the public may speak.\n\n          ADOPTION   OF AGENDA\n\n"
            "          CONSENT CALENDAR\n\n          1. MINUTES\n\n          2. WARRANTS\n")
    assert [i[2] for i in items(text, "agenda")][:3] == ["CALL TO ORDER", "DECLARATION OF POSTING AGENDA",
                                                         "PUBLIC COMMENT"]


def test_centred_body_title_over_a_dated_agenda_line_is_no_item():
    text = ("                      REVISED\n\n                CUYAHOGA COUNTY BOARD OF HEALTH\n\n"
            "                      AGENDA – April 24, 2019\n\n1. Call to Order.\n\n2. Roll Call.\n\n3. Minutes.\n")
    assert [i[1] for i in items(text, "agenda")] == ["1", "2", "3"]


def test_capitals_headings_at_a_pdf_page_margin_in_minutes_without_numbers_are_items():
    text = ("          MINUTES OF THE REGULAR MEETING\n          OCTOBER 18, 2022\n\n"
            "          The Chair called the meeting to order at 5:48 p.m.\n\n          CONSENT CALENDAR\n\n"
            "          The consent calendar was approved.\n\n          ORAL COMMUNICATIONS\n\n          None.\n\n"
            "          ADJOURNMENT\n\n          The meeting was adjourned at 5:49 p.m.\n")
    assert [i[2] for i in items(text)] == ["CONSENT CALENDAR", "ORAL COMMUNICATIONS", "ADJOURNMENT"]


def test_lettered_sub_items_under_a_title_printed_over_many_lines():
    text = ("1.   Res. that the Special Use Permit application submitted by the applicant for a\n"
            + "".join(f"     use permit, line {n} of a resolution that runs on over the page\n" for n in range(8))
            + "     see attached.\n\n\n           (a)    Planning Board recommend approval of the request\n\n"
            "2.   Res. that the plat be approved.\n")
    assert [(i[0], i[1]) for i in sub(text)] == [("1", None), ("a", "1"), ("2", None)]


def test_lettered_agenda_entries_ending_with_a_semicolon_are_sub_items():
    text = ("1.     HONOR OUTGOING MAYOR\n\n       A.   Comments by Council colleagues and public;\n\n"
            "       B.   Comments by outgoing Mayor.\n\n2.     SELECT MAYOR\n")
    assert sub(text) == [("1", None, "HONOR OUTGOING MAYOR"), ("A", "1", "Comments by Council colleagues and public;"),
                         ("B", "1", "Comments by outgoing Mayor"), ("2", None, "SELECT MAYOR")]


def test_lettered_points_led_in_at_the_foot_of_the_page_before_are_not_sub_items():
    text = ("1. WATERLINE REPAIR\n\n    RECOMMENDATION:     It is recommended that the City\n"
            "                        Council:\n\n7 of 9\n\fRegular City Council Meeting      https://example.org/agenda\n\n"
            "    A.     Receive and file this report as public record\n\n"
            "    B.     Authorize the Finance Manager to amend the budget\n\n2. HOLIDAY CLOSURE\n")
    assert [i[0] for i in sub(text)] == ["1", "2"]


def test_an_indented_sub_items_title_wrapped_on_shorter_lines_is_joined():
    text = ("1.   Ord. to approve a plat\n\n"
            "                    (a)  Planning Board and Planning Department recommend approval of\n"
            "                         the Final Plat of CROSSROADS PLAZA ADDITION, a\n"
            "                         minor plat inside the city limits – see attached.\n\n2.   Ord. to adjourn\n")
    assert sub(text)[1][2].endswith("ADDITION, a minor plat inside the city limits")


def run_in(line: str) -> tuple[str, str]:
    from minutebook.importer.titles import split_run_in
    return split_run_in(line)


def test_run_in_title_before_a_sentence_opening_with_its_subject():
    assert run_in("Minutes of Previous Meetings. The minutes of Meeting no 419 held on 9th November") == (
        "Minutes of Previous Meetings", "The minutes of Meeting no 419 held on 9th November")
    assert run_in("Planning - The only notable planning application received since the last") == (
        "Planning", "The only notable planning application received since the last")


def test_run_in_title_before_a_remark_that_there_is_no_news():
    assert run_in("AOCB - none") == ("AOCB", "none")
    assert run_in("Vice Chair – No Report") == ("Vice Chair", "No Report")


def test_run_in_title_before_a_full_stop_and_a_remark_that_there_is_nothing_to_say():
    assert run_in("1519/FUL Woolmer Park Farm. No Comments.") == ("1519/FUL Woolmer Park Farm", "No Comments.")
    assert run_in("Police Report. None.") == ("Police Report", "None.")


def test_run_in_title_in_capitals_before_text_in_lower_case():
    assert run_in("CLERK’S CONTRACT. Held over pending Employment Committee") == (
        "CLERK’S CONTRACT", "Held over pending Employment Committee")


def test_run_in_title_before_lettered_sub_items_run_in():
    assert run_in("Office Bearers’ Reports. A) Chair- B) Vice Chair")[0] == "Office Bearers’ Reports"
    assert run_in("Office Bearers’ Reports. a) Chair. Concern about")[0] == "Office Bearers’ Reports"


def test_run_in_title_with_no_stop_before_the_sentence():
    assert run_in("Public Open Forum The main concern raised was the state of the Oval. It") == (
        "Public Open Forum", "The main concern raised was the state of the Oval. It")
    assert run_in("Report of The Chief Executive") == ("Report of The Chief Executive", "")


def test_minute_title_run_into_a_sentence_that_shows_itself_on_the_next_line():
    text = ("9. Thornwood Roundabout. After a successful site visit in November by all interested parties\n"
            "   and the Press, various proposals had been mooted.\n10. AOCB\n")
    assert sub(text, "minutes")[0][2] == "Thornwood Roundabout"


def test_lettered_sub_items_at_the_margin_right_under_a_title_standing_alone_in_minutes():
    text = ("10. Updates\n\n(a) VPAP - DR said he would attend the meeting on 13 November\n\n"
            "(b) Broomhill Hub Trust / Bowling Green - this had been dissolved.\n\n(c) Planning - none\n\n"
            "11. Recruitment - Two people had put their names forward.\n")
    assert [(n, p, t) for n, p, t in sub(text, "minutes")] == [
        ("10", None, "Updates"), ("a", "10", "VPAP"), ("b", "10", "Broomhill Hub Trust / Bowling Green"),
        ("c", "10", "Planning"), ("11", None, "Recruitment")]


def test_lettered_points_at_the_margin_under_a_minute_with_text_are_not_sub_items():
    text = "10. Finance. The Clerk reported the balance.\n(a) Payments were approved.\n(b) Budget\n11. AOB\n"
    assert [i[0] for i in sub(text, "minutes")] == ["10", "11"]


def test_title_across_a_blank_line_inside_a_range_of_street_numbers():
    text = ("1. Call to Order.\n\n2. Approval of Resolutions:\n\n"
            "          G. RESOLUTION (2019-43) Authorize the Health Commissioner to enter a contract for the\n"
            "             lead hazard control grant for lead remediation at 2050 –\n\n"
            "             2052 Lewis, Lakewood, Ohio 44107 (CRC 2019-60).\n\n3. Adjourn.\n")
    assert [i[2] for i in sub(text) if i[0] == "G"] == []  # letters count from A: no sub-item 'G' alone
    text = text.replace("G. RESOLUTION", "A. RESOLUTION")
    title = [i[2] for i in sub(text) if i[0] == "A"][0]
    assert title.endswith("at 2050 – 2052 Lewis, Lakewood, Ohio 44107 (CRC 2019-60)")


def test_run_in_title_never_cut_inside_brackets():
    text = ("107. MATTERS ARISING\n"
            "     107.4 (94.9) Cllr Tony Jackson (Leader East Herts. Council) was copied on emails to officers.\n"
            "108. FINANCE\n")
    assert [i[0] for i in sub(text, "minutes")] == ["107", "108"]


def test_lettered_points_on_the_line_under_a_minutes_title_are_not_sub_items():
    text = ("111/20 Highways and footpaths\na) Speeding on Mill Road: following the concerns raised, it was\n"
            "   RESOLVED to register the parish for the scheme.\nb) Footpath HB/7: the stile remains broken.\n"
            "112/20 Finance\n")
    assert [i[0] for i in sub(text, "minutes")] == ["111/20", "112/20"]


def test_run_in_capitals_title_after_an_agenda_label():
    assert run_in("(Agenda 15) CLERK’S CONTRACT. Held over pending Employment Committee.")[0] == \
        "(Agenda 15) CLERK’S CONTRACT"


def test_run_in_title_of_a_few_words_in_title_case_before_a_long_sentence():
    assert run_in("Birch Green Shop. Alex Hellman and Carly Irving addressed the council regarding") == (
        "Birch Green Shop", "Alex Hellman and Carly Irving addressed the council regarding")
    assert run_in("Budget 2020. Review of Reserves")[1] == ""


def test_measure_titles_printed_as_paragraphs_after_their_column_of_labels_are_paired_in_order():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nFIRST READING\n\nThe following bills were given first reading.\n\n"
            "B238-15\n\nB239-15\n\n\nApproving the Final Plat of Howell Subdivision, located on the\n"
            "northwest corner of Strawn Road.\n\nVacating a water easement.\n\nREPORTS AND PETITIONS\n")
    assert [(i[0], i[2]) for i in items(text)][1:3] == [
        ("B238-15", "Approving the Final Plat of Howell Subdivision, located on the northwest corner of Strawn Road"),
        ("B239-15", "Vacating a water easement")]


def test_measure_titles_printed_before_their_column_of_labels_are_not_left_in_the_text():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nCONSENT AGENDA\n\nThe following bills were given second reading.\n\n"
            "Accepting a conveyance for utility purposes.\n\nAppropriating funds received from donations.\n\n"
            "B233-15\n\nB235-15\n\nThe bills were given third reading.\n")
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert [(i.minute, i.title) for i in found][1:] == [("B233-15", "Accepting a conveyance for utility purposes"),
                                                      ("B235-15", "Appropriating funds received from donations")]
    assert "Accepting" not in " ".join(line.text for i in found for line in i.lines)


def test_measure_labels_with_a_line_of_text_beside_one_are_not_paired():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nPUBLIC HEARINGS\n\nAmending Chapter 14 as it relates to parking fees for\n\n"
            "Adopting the Annual Budget.\nAmending Chapter 12A as it relates to stormwater utility\n\n"
            "B220-15\nB222-15\ncharges.\nB223-15\nunmetered lots.\n\nItem A was read by the Clerk.\n")
    assert [i[0] for i in items(text)] == [None]


def test_measure_title_opening_among_words_split_off_others_leaves_its_label_without_one():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nFIRST READING\n\nThe following bills were given first reading.\n\n"
            "B245-15\n\nB246-15\n\nAmending Chapter 14 to revise the speed limit.\n\n"
            "to provide\nAuthorizing a\ncybersecurity tools.\n\nREPORTS AND PETITIONS\n")
    assert [i[0] for i in items(text)] == [None, "B245-15", None]


def test_recommendation_label_under_a_long_title_opens_what_follows_it():
    text = ("1. PRESENTATIONS\n\n1.1      Proclamation for the Police Chief\n\n"
            "1.2      North Bayshore Circulation Feasibility Study, Project 19-54-Contract Amendment\n"
            "         Recommendation(s): 1. Acting as Board of Directors, transfer funds.\n\n2. CONSENT\n")
    assert sub(text)[2][2] == "North Bayshore Circulation Feasibility Study, Project 19-54-Contract Amendment"


def test_a_motion_told_on_the_line_under_a_long_title_opens_what_follows_it():
    text = ("1. PRESENTATIONS\n\n1.1      Proclamation for the Police Chief\n\n"
            "1.2      $487,274 American Rescue Plan - Homeless Children and Youth grant from the\n"
            "         California Department of Education for the 2021-2022 and 2022-2023 fiscal years\n"
            "         On a motion by Trustee Harold Fong, second by Trustee Alfred Brown, the Board authorized\n"
            "         staff to submit the grant applications.\n\n2. CONSENT\n")
    assert sub(text)[2][2] == ("$487,274 American Rescue Plan - Homeless Children and Youth grant from the California "
                               "Department of Education for the 2021-2022 and 2022-2023 fiscal years")


def test_title_in_capitals_goes_on_after_a_blank_line_when_it_stops_on_a_word_no_title_ends_with():
    text = ("1. MINUTES\n\n2. OTHER\n\n3. INDIVIDUAL COUNCIL  MEMBER   INFORMATION  ITEMS AND/OR\n\n"
            "    REQUIRED MEETING ATTENDANCE REPORTS\n\n    RECOMMENDATION: It is recommended to approve.\n")
    assert items(text, "agenda")[2][2] == ("INDIVIDUAL COUNCIL MEMBER INFORMATION ITEMS AND/OR REQUIRED MEETING "
                                          "ATTENDANCE REPORTS")


def test_long_title_broken_inside_a_code_goes_on_past_a_blank_line():
    text = ("1.   Minutes\n\n2.   Ord. to approve the acceptance of an award from the Office of Justice Programs,\n"
            "     Edward Byrne Memorial Justice Assistant Grant Program, Award# 2011-DJ-BX-\n\n"
            "     2287 in partnership with Douglas County for Law Enforcement Programs.\n\n3.   Other\n")
    assert items(text, "agenda")[1][2].endswith("Award# 2011-DJ-BX- 2287 in partnership with Douglas County for Law "
                                               "Enforcement Programs")


def test_long_title_goes_on_in_lower_case_after_a_line_ending_in_a_bracket():
    text = ("1.   Minutes\n\n2.   Ord. authorizing a Bill of Sale by the City to the Corporation for the sale of\n"
            "     equipment; approving separate Indentures of Trust (collectively, The “Indentures”)\n"
            "     between the Corporation and First National Bank, as Trustee.\n\n"
            "3.   Other\n")
    assert items(text, "agenda")[1][2].endswith("(collectively, The “Indentures”) between the Corporation and First "
                                               "National Bank, as Trustee")


def test_numbered_list_before_the_items_whose_numbers_the_items_start_again_is_not_items():
    text = ("AGENDA\n\n1. Email comments to the clerk by 5:00 p.m. on the meeting date. Emails will\n"
            "be forwarded to the Council.\n\n2. Provide oral public comments during the meeting:\n\nOnline.\n\n"
            "1. CALL TO ORDER\n\n2. ROLL CALL\n\n3. MINUTES\n\n4. CONSENT CALENDAR\n")
    assert [(i[1], i[2]) for i in items(text, "agenda")] == [("1", "CALL TO ORDER"), ("2", "ROLL CALL"),
                                                             ("3", "MINUTES"), ("4", "CONSENT CALENDAR")]


def test_title_ending_in_a_comma_carried_on_after_a_blank_line_is_a_title():
    text = ("68.   Ord. to amend Sec. 30-81 of the Municipal Code – see attached.\n\n"
            "69.   Ord. to amend Sections 31-145 and 31-147 of the Omaha Municipal Code,\n\n"
            "      dealing with sewer use fees; and to provide for the effective date.\n\n70.   Ord. to amend.\n")
    assert [i[1] for i in items(text, "agenda")] == ["68", "69", "70"]


OUTLINE = ("Commission Meeting Minutes\n\nMinutes from Monday, January 29, 2018\n"
           "   \uf0b7 Preliminary Business\n           o Commissioners Present: Ann Bell, Carl Dunn\n"
           "   \uf0b7 Meeting called to order at 9:08am – A. Bell (motion), C. Dunn (second)\n"
           "   \uf0b7 New Business\n           o APPROVED – 2018 Meetings Calendar\n"
           "   \uf0b7 Meeting adjourned at 11:25am\n")


def test_bulleted_outline_entries_at_the_margin_are_items_titled_before_a_run_in_note():
    _, found = cut_items(read_lines("doc.txt", OUTLINE)[0], "minutes")
    assert [i.title for i in found] == ["Preliminary Business", "Meeting called to order at 9:08am", "New Business",
                                        "Meeting adjourned at 11:25am"]
    assert found[1].lines[0].stripped == "– A. Bell (motion), C. Dunn (second)"


def test_bullets_with_no_deeper_points_under_any_are_a_list_not_an_outline():
    text = OUTLINE.replace("           o Commissioners Present: Ann Bell, Carl Dunn\n", "").replace(
        "           o APPROVED – 2018 Meetings Calendar\n", "")
    assert [i.title for i in cut_items(read_lines("doc.txt", text)[0], "minutes")[1]] == []


def test_a_street_address_in_a_footer_is_no_numbered_item():
    text = "MINUTES\n\nText.\n\n2611 W. Lawrence Avenue, Chicago IL 60625 | p: 773.728.3890\n"
    assert items(text) == []


def test_ocr_numeral_misread_as_a_letter_in_the_gap_of_a_sub_item_run():
    subs = "".join(f"   {n}. Consider action number {n}.\n\n" for n in ("1", "2", "3", "4", "S", "6"))
    text = f"I.   Bills\n\n{subs}II.   Reports\n\nIII.   Other\n\nIV.   Public\n\nV.   Adjournment\n"
    assert [(i[1], i[2]) for i in items(text, "agenda")][:8] == [
        ("I", "Bills"), *((n, f"Consider action number {t}") for n, t in zip("123456", "1234S6", strict=True)),
        ("II", "Reports")]


def test_ocr_numeral_misread_as_a_letter_in_the_gap_of_the_items_run():
    text = "".join(f"{n}. Title number {n}\n\n" for n in ("1", "2", "3", "4", "S", "6"))
    assert [i[1] for i in items(text, "agenda")] == ["1", "2", "3", "4", "5", "6"]


def test_a_fresh_one_indented_deeper_than_the_sub_items_is_a_list_inside_the_entry_above():
    text = ("I.   Bills\n\n   1. Consider action to close streets and to use the park on Saturday\n"
            "      for the following events:\n              1. Festival of Churches, Friday\n\n"
            "   2. Consider action to hire staff.\n\n"
            "   3. Consider action to buy a loader.\n\nII.   Reports\n\nIII.   Other\n\nIV.   Public\n\n"
            "V.   Adjournment\n")
    assert [i[1] for i in items(text, "agenda")] == ["I", "1", "2", "3", "II", "III", "IV", "V"]


def test_agenda_topics_listed_without_numbers_under_a_short_title_are_its_sub_items():
    text = ("   1. Roll Call\n   2. Discussions\n      Introductions\n      Vacancy Search Update\n\n"
            "   3. Votes\n      N/A\n\n   4. Adjournment\n")
    assert [(i[1], i[2]) for i in items(text, "agenda")] == [
        ("1", "Roll Call"), ("2", "Discussions"), (None, "Introductions"), (None, "Vacancy Search Update"),
        ("3", "Votes"), ("4", "Adjournment")]


def test_a_single_decimal_sub_item_whose_title_reads_like_a_name_is_still_a_sub_item():
    text = ("1. CONSENT\n\n2. DEVELOPMENT\n\n"
            "2.1        21-037   Conditional Summary Vacation, Declaration of Surplus\n\n3. LAND USE\n")
    assert [(i[1], i[2]) for i in items(text, "agenda")][2] == ("2.1", "Conditional Summary Vacation, Declaration of "
                                                                       "Surplus")


def test_a_lettered_sub_item_after_a_file_number_column_wraps_at_the_titles_own_column():
    text = ("1. CONSENT\n\n2. LAND USE\n\n2.1 Land Use on Consent Calendar\n\n"
            "(a)        21-038          ST20-003 - Street Renaming of Public Streets Along Portions of Bird Avenue,\n"
            "                           South Montgomery Street to Barack Obama Boulevard.\n\n3. ADJOURNMENT\n")
    assert [i[1] for i in items(text, "agenda")] == ["1", "2", "2.1", "a", "3"]


def test_minute_number_printed_twice_on_two_items_is_two_items():
    text = ("3. Village fete\nThe fete was discussed.\n\n4. Talk by the speaker\nA talk was given.\n\n"
            "4. Any other business\nThere was none.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("3", "Village fete"), ("4", "Talk by the speaker"),
                                                   ("4", "Any other business")]


def test_minute_number_printed_again_over_the_same_title_is_not_a_second_item():
    text = ("4. Planning applications\nOne was noted.\n\n4. Planning applications (continued)\nAnother.\n\n"
            "5. Any other business\nNone.\n")
    assert [i[0] for i in items(text)] == ["4", "5"]


def test_minute_set_as_one_long_line_with_its_title_run_in_before_a_colon():
    long = "Concerns were raised over the time the works are taking. " * 5
    text = f"3695.  Correspondence:  A request was read.\n\n3696.\tAny Other Business:  {long}\n"
    assert [(i[0], i[2]) for i in items(text)] == [("3695", "Correspondence"), ("3696", "Any Other Business")]


def test_a_point_numbered_as_the_item_above_it_is_no_second_item():
    text = ("7   Parking policies\nThe report was moved.\n\nCouncillor A moved an amendment as follows;\n\n"
            "7. Implement an inflation-based charge only. Refer the rest to the group.\n\n8   Bus services\nNoted.\n")
    assert [i[0] for i in items(text)] == ["7", "8"]


def test_letters_in_an_attachments_list_far_below_a_recommendation_label_are_not_sub_items():
    text = ("1. Apologies\n\n2. Minutes\n\n3. Paid Sick Leave Ordinance\nRecommendation: Adopt an urgency ordinance:\n"
            + "".join(f"               continues the benefits, part {n};\n" for n in range(1, 11))
            + "    Attachments Memorandum\n               (a) Ordinance\n               (b) Ordinance\n\n"
            "4. Public Safety Services\n")
    assert [i[1] for i in items(text, "agenda")] == ["1", "2", "3", "4"]


def test_hearing_letter_alone_titled_by_the_one_line_paragraph_under_it():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nPUBLIC HEARINGS\n\n(A)\n\nFY 2016 Annual Budget for the City.\n\n"
            "Mr. Matthes provided a staff report.\n\nR135-15   Specifying how funds are used.\n\n"
            "REP81-15   Fraternity Sprinkling.\n")
    assert [(i[0], i[2]) for i in items(text)][1:] == [("A", "FY 2016 Annual Budget for the City"),
                                                       ("R135-15", "Specifying how funds are used"),
                                                       ("REP81-15", "Fraternity Sprinkling")]


def test_topic_line_in_title_case_under_a_capitals_heading_of_minutes_numbered_by_measures():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nSCHEDULED PUBLIC COMMENT\n\nJill Raitt - Roll carts.\n\n"
            "Jill Raitt commented that she had lived in the city since 1981.\n\n"
            "Mr. Matthes provided a staff report.\n\nR135-15   Specifying how funds are used.\n\n"
            "REP81-15   Fraternity Sprinkling.\n")
    assert [(i[0], i[2]) for i in items(text)] == [
        (None, "SCHEDULED PUBLIC COMMENT"), (None, "Jill Raitt - Roll carts"),
        ("R135-15", "Specifying how funds are used"), ("REP81-15", "Fraternity Sprinkling")]


def test_line_in_title_case_ending_a_sentence_a_page_broke_is_no_topic():
    text = ("MINUTES\n\nAUGUST 17, 2015\n\nPUBLIC HEARINGS\n\nMayor McDavid continued the public hearing to the\n\n"
            "Regular Council Meeting Next Month.\n\nR135-15   Specifying how funds are used.\n\n"
            "REP81-15   Fraternity Sprinkling.\n")
    assert [i[0] for i in items(text)] == [None, "R135-15", "REP81-15"]


def test_a_street_address_line_in_the_heading_is_no_item():
    text = ("MEETING MINUTES\nCity Hall, Room 421\n1 Dr. Carlton B. Goodlett Place\nHadbury, California 94102\n\n"
            "1. Call to Order\n\nText.\n\n2. Public Comment\n\nNone.\n\n3. Other Business\n\nNone.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("1", "Call to Order"), ("2", "Public Comment"),
                                                   ("3", "Other Business")]


def test_the_time_an_item_was_taken_is_not_part_of_its_title():
    assert clean_title("General Public Comment (6:07pm)") == ("General Public Comment", {})
    assert clean_title("Conditional Use Permit (00:11:00)") == ("Conditional Use Permit", {})
    assert clean_title("Budget 2019 (at 7.30 pm)") == ("Budget 2019", {})


def test_minute_numbers_with_the_year_first_and_a_padded_serial():
    text = ("MINUTES\n\n23/045 Apologies for absence\nNone.\n\n23/046 Declarations of interest\nNone.\n\n"
            "23/047 Planning\nNo comments.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("23/045", "Apologies for absence"),
                                                   ("23/046", "Declarations of interest"), ("23/047", "Planning")]
    prefixed = "MINUTES\n\nPC23/01 Apologies\nNone.\n\nPC23/02 Declarations\nNone.\n\nPC23/03 Finance\nApproved.\n"
    assert [i[0] for i in items(prefixed)] == ["PC23/01", "PC23/02", "PC23/03"]


def test_minute_numbers_after_the_committees_letters_and_a_stop():
    text = ("MINUTES\n\nPL.41   APOLOGIES FOR ABSENCE\n        None.\n\n"
            "PL.42   DECLARATIONS OF INTEREST\n        None.\n\n"
            "PL.43   MINUTES\n        RESOLVED - That the minutes be approved.\n\n"
            "PL.44   APPLICATION 23/01122/FUL - LAND AT MILL LANE - ERECTION OF\n        9 DWELLINGS\n"
            "        The officer presented the report.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("PL.41", "APOLOGIES FOR ABSENCE"), ("PL.42", "DECLARATIONS OF "
                                                   "INTEREST"), ("PL.43", "MINUTES"),
                                                   ("PL.44", "APPLICATION 23/01122/FUL - LAND AT MILL LANE - ERECTION "
                                                    "OF 9 DWELLINGS")]


def test_subjects_numbered_after_the_word_subject():
    text = ("PROCEEDINGS\n\nMembers Present:\n1. Shri Rajesh Patil (Chairman)\n2. Smt. Sunita Deshmukh\n\n"
            "Subject No. 1: Confirmation of the minutes.\n\nConfirmed.\n\nSubject No. 2: Tender for water meters.\n\n"
            "Accepted.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("1", "Confirmation of the minutes"),
                                                   ("2", "Tender for water meters")]


def test_a_town_meetings_warrant_articles_are_its_items():
    text = ("MINUTES\n\nARTICLE 1: To choose a moderator to preside over said meeting.\nEllen Burke was elected.\n\n"
            "ARTICLE 2: To see if the Town will vote to raise $2,450,000 for the schools.\nVOTED: Passed.\n")
    assert [(i[0], i[2]) for i in items(text)] == [
        ("1", "To choose a moderator to preside over said meeting"),
        ("2", "To see if the Town will vote to raise $2,450,000 for the schools")]


def test_minute_label_before_a_number_and_its_year_without_a_separator():
    text = ("MINUTES\n\nMinute 45/23 Apologies\nNone.\n\nMinute 46/23 Declarations\nNone.\n\n"
            "Minute 47/23 Finance\nDone.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("45/23", "Apologies"), ("46/23", "Declarations"),
                                                   ("47/23", "Finance")]


def test_topics_run_into_their_paragraphs_with_a_dash_in_minutes_without_numbers():
    text = ("MINUTES\n\nJanice opened the meeting at 6:35 and welcomed everyone.\n\n"
            "North Hadbury College- Janice is our rep. and she noted the new interim president.\n\n"
            "Arts-in-the-Park- the funding is cancelled for now.\n\n"
            "The Board agreed- after a short discussion- to meet by Zoom.\n")
    assert [(i[0], i[2]) for i in items(text)] == [(None, "North Hadbury College"), (None, "Arts-in-the-Park")]
    numbered = ("MINUTES\n\n1. Apologies\nNone.\n\nNorth Hadbury College- Janice is our rep.\n\n2. Finance\nDone."
                "\n\n3. Planning\nNone.\n")
    assert [i[2] for i in items(numbered)] == ["Apologies", "Finance", "Planning"]  # only where nothing is numbered


def test_paragraphs_run_in_from_title_case_labels_with_a_colon_are_topics_where_they_are_the_only_structure(
        tmp_path):
    text = ("# Township Supervisors\n\n12 MAIN ST MAY 7, 2025 7PM\nThe board met with the following present: A, B.\n\n"
            "The minutes were approved.\n\nPublic Comment: None\n\nOld Business: The culvert is repaired.\n\n"
            "The board discussed the roads.\n\nMr Smith: asked about the bins.\n\n"
            "Report of the Treasurer: The balance is $300.\n")
    found = markdown_items(tmp_path, text)
    assert [i.title for i in found] == ["Public Comment", "Old Business", "Report of the Treasurer"]
    assert found[1].lines[0].text.startswith("The culvert is repaired.")  # the label's colon is no text
    two = text.replace("Report of the Treasurer: ", "")
    assert marked_items(tmp_path, two) == []  # two labels: words inside the minutes, no structure
    headed = text.replace("The minutes were approved.", "## Minutes\n\nThe minutes were approved.")
    assert marked_items(tmp_path, headed) == ["Minutes"]  # beside headings, a label names a thing inside a topic


def test_the_agenda_or_minutes_run_into_the_motion_approving_them_are_topics_like_the_labels_beside_them(tmp_path):
    text = ("# County Board\n\nThe Board met at 9:00 a.m.\n\n"
            "Agenda: Motion by Stancil, seconded by Clifton, to approve the agenda. Motion carried.\n\n"
            "Minutes: Motion by Clifton, seconded by Stancil, to approve the minutes. Motion carried.\n\n"
            "Claims: Motion by Stancil, seconded by Clifton, to approve claims. Motion carried.\n\n"
            "Public Comment: None.\n\nRoads: The engineer reported.\n")
    found = markdown_items(tmp_path, text)
    assert [i.title for i in found] == ["Agenda", "Minutes", "Claims", "Public Comment", "Roads"]
    told = text.replace("Minutes: Motion by", "Minutes: Taken by")  # a label over other words: no topic
    assert [i.title for i in markdown_items(tmp_path, told)] == ["Agenda", "Claims", "Public Comment", "Roads"]


def test_a_long_title_in_title_case_carried_on_in_title_case_up_to_the_blank_line_over_its_text():
    text = ("MINUTES\n\n1.      24-0118      Award of Contract for Citywide Street Resurfacing Project to Granite\n"
            "                     Paving Inc. in the Amount of $2,450,000\n\n"
            "                     This Contract was approved on the Consent Calendar.\n\n"
            "2.      24-0130      Adoption of a Resolution Approving the Fiscal Year 2024-25 Budget\n"
            "                     Calendar\n\n                     The report was received.\n\n"
            "3.      24-0131      Update on the Wastewater Treatment Plant Expansion Project Phases\n"
            "                     Jane Roe, City Engineer\n\n                     She reported.\n\n"
            "4.      24-0140      Update on the Wastewater Treatment Plant Expansion Project Phases\n"
            "                     The engineer reported delays\n\n                     Noted.\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "Award of Contract for Citywide Street Resurfacing Project to Granite Paving Inc. in the Amount of "
        "$2,450,000", "Adoption of a Resolution Approving the Fiscal Year 2024-25 Budget Calendar",
        "Update on the Wastewater Treatment Plant Expansion Project Phases",  # a name and post presents it
        "Update on the Wastewater Treatment Plant Expansion Project Phases"]  # a sentence opens its text


def test_a_lettered_list_under_one_heading_in_capitals_is_that_items_text_and_the_headings_the_items():
    text = ("MINUTES\n\nCALL TO ORDER\nThe Mayor called the meeting to order.\n\nCONSENT AGENDA\n"
            "A. Approve Minutes of May 20, 2024 Regular Meeting\nB. Approve Claims in the Amount of $1,245.18\n"
            "C. Adopt Resolution 24-51 Accepting Donations\nMotion by Vega, second by Ryan, to approve the Consent "
            "Agenda. Motion carried 5-0.\n\nPUBLIC HEARINGS\nThe hearing was held.\n\nNEW BUSINESS\nNone.\n\n"
            "ADJOURNMENT\nThe meeting adjourned.\n")
    assert [(i[0], i[2]) for i in items(text)] == [(None, "CALL TO ORDER"), (None, "CONSENT AGENDA"),
                                                   (None, "PUBLIC HEARINGS"), (None, "NEW BUSINESS"),
                                                   (None, "ADJOURNMENT")]


def test_numbered_entries_under_one_heading_then_the_business_closing_alone_after_them():
    text = ("MINUTES\n\nCALL TO ORDER\nThe Chair called the meeting to order.\n\nROLL CALL\nAll present.\n\n"
            "PUBLIC HEARINGS\n1. CUP 24-03: Daycare at 410 Elm Street\nApproved.\n\n2. ZA 24-01: Zoning Text "
            "Amendment\nRecommended.\n\nADJOURNMENT\nThe meeting adjourned at 8:02 p.m.\n")
    assert [(i[0], i[2]) for i in items(text)][-1] == (None, "ADJOURNMENT")  # (before: its text was item 2's)


def test_marked_headings_over_names_only_under_the_attendance_heading_are_its_groups_not_items(tmp_path):
    text = ("# Council Minutes\nMarch 29, 2018\n\n**ATTENDANCE**\n\nNeil Romano, Billy Altom\n\n**NCD Contractor**\n\n"
            "Anthony Simpson\n\n**Guests**\n\nKim, AUCD; Dylan Hedtler-Gaudette, National Federation of the Blind\n\n"
            "**Welcome and Introductions**\n\nThe chair called the meeting to order at 11:00 AM.\n\n"
            "**Contractor Report**\n\nAnthony Simpson\n\n1. **Acceptance of the Agenda**\n\nAccepted.\n")
    assert marked_items(tmp_path, text) == ["Welcome and Introductions", "Contractor Report",
                                            "Acceptance of the Agenda"]  # (a heading over prose ends the
    # attendance: a presenter's name under a later heading is an item's)


def test_a_numbered_title_wholly_in_bold_is_an_item_however_long_where_each_item_is_numbered_one(tmp_path):
    text = ("# Council Minutes\nMarch 29, 2018\n\n1. **Acceptance of the Agenda**\n\nMr. A moved to accept it.\n\n"
            "1. **Discussion of Policy Project Proposals, to conclude with a vote of the Council regarding funding "
            "allocations and priorities**\n\nThe chair reviewed the priorities.\n\n1. **ADJOURNMENT**\n\nAt noon.\n")
    assert [i.title for i in markdown_items(tmp_path, text)] == [
        "Acceptance of the Agenda", "Discussion of Policy Project Proposals, to conclude with a vote of the Council "
        "regarding funding allocations and priorities", "ADJOURNMENT"]


def test_a_name_and_post_in_capitals_signing_the_minutes_is_no_item():
    text = ("MINUTES\n\nAPPROVAL OF THE MINUTES\n\nThe minutes were approved.\n\nKEN RICHEY, CHAIR\n\n"
            "ROADS, BRIDGES AND FOOTPATHS\n\nThe potholes were noted.\n")
    assert [title for _, _, title, _, _ in items(text)] == ["APPROVAL OF THE MINUTES", "ROADS, BRIDGES AND FOOTPATHS"]


def test_a_title_at_the_margin_over_a_paragraph_set_in_is_a_topic_where_nothing_is_numbered():
    text = ("         Minutes of the special meeting of the Authority held on Tuesday, April 23, 2024 at 8:36\n"
            "p.m., in the Council Chambers.\n\n"
            "Proposed Resolution 2024-1 regarding a budget amendment for\n$61,258,700 in bond proceeds for the "
            "parking\nstructures and bond proceeds/costs\n"
            "         A memo from the City Comptroller regarding a proposed budget amendment came before\n"
            "the Board for consideration.\n\nVouchers HAP 3,882.00\n         Paid in October.\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "Proposed Resolution 2024-1 regarding a budget amendment for $61,258,700 in bond proceeds for the parking "
        "structures and bond proceeds/costs"]  # (not a table's row and its figure)


def test_a_title_in_capitals_run_into_its_paragraph_after_a_spaced_dash_in_unnumbered_minutes(tmp_path):
    text = ("# Village Board\nMay 18, 2020\n\n## Call to order\nAt 7 pm.\n\n**PLEDGE OF ALLEGIANCE** -- those "
            "present recited it\n\n## Minutes\nApproved.\n")
    assert marked_items(tmp_path, text) == ["Call to order", "PLEDGE OF ALLEGIANCE", "Minutes"]


def test_a_marked_heading_over_numbered_items_is_a_section_one_with_text_of_its_own_an_item(tmp_path):
    text = ("# Parish Council\nMay 10, 2016\n\n**Election of Chairman**\n\nA Bell was elected.\n\n"
            "**Order of Business**\n\n1\\. **Apologies for absence**\n\nNone were received.\n\n2\\. **Minutes of the "
            "last meeting**\n\nThe minutes were approved.\n\n3\\. **Planning**\n\nNo objection.\n")
    assert marked_items(tmp_path, text) == [
        "Election of Chairman", "Apologies for absence", "Minutes of the last meeting", "Planning"]


def test_a_number_alone_then_a_blank_line_then_its_title_each_a_paragraph():
    text = ("MINUTES\n\n1.\n\nAdoption of Minutes\n\nThe minutes were adopted.\n\n2.\n\nDisposal of Property\n\n"
            "The disposal was approved on 6 May\n2025.\n\nPresent: the Director.\n\n3.\n\nCorrespondence\n\nNoted.\n")
    assert [(i[0], i[2]) for i in items(text)] == [
        ("1", "Adoption of Minutes"), ("2", "Disposal of Property"), ("3", "Correspondence")]


def test_two_numbered_items_whose_first_title_is_an_items_word_are_items_not_a_list():
    text = "MINUTES OF HADBURY PARISH COUNCIL\n10 May 2016\n\n1. Apologies\n\nNone.\n\n2. Minutes\n\nApproved.\n"
    assert [(i[0], i[2]) for i in items(text)] == [("1", "Apologies"), ("2", "Minutes")]
    listed = "MINUTES\n10 May 2016\n\nThe Council:\n\n1. noted the report\n\n2. thanked the clerk\n"
    assert items(listed) == []


def test_titles_with_their_agenda_code_in_brackets_after_them_are_items_numbered_by_the_code():
    text = ("BOARD OF EDUCATION MINUTES\nOctober 25, 2022\n\nCall to Order (A)\nThe meeting was called to order.\n\n"
            "Minutes Approved (D)\nThe minutes were approved.\n\nPersonnel (G-1)\nApproved as submitted.\n\n"
            "Purchasing Report (G-2)\nApproved.\n\nAdjournment (L)\nAt 9:08 p.m.\n")
    assert [(i[0], i[2]) for i in items(text)] == [
        ("A", "Call to Order"), ("D", "Minutes Approved"), ("G-1", "Personnel"), ("G-2", "Purchasing Report"),
        ("L", "Adjournment")]
    parties = ("MINUTES\nMay 4, 2021\n\nCllr Ann Bell (C)\n\nCllr Tom Hale (L)\n\nCllr Kit Lind (C)\n\n"
               "1. Apologies\nNone.\n")
    assert [i[0] for i in items(parties)] == ["1"]  # a party's initial after a name numbers nothing


def test_a_range_code_then_its_first_entry():
    text = ("MINUTES\nFebruary 11, 2020\n\nMinutes Approved (D)\nApproved.\n\nConsent Calendar Approved (G-1/G-3)\n"
            "Approved.\n\nPersonnel (G-1)\nApproved.\n\nGifts (G-2)\nAccepted.\n\nStrategic Framework (G-3)\n"
            "Approved.\n")
    assert [i[0] for i in items(text)] == ["D", "G-1/G-3", "G-1", "G-2", "G-3"]


def test_lettered_entries_under_one_heading_in_capitals_are_no_order_of_business_of_the_minutes():
    text = ("CALL TO ORDER\nMayor Smith called the meeting to order at 7:02 p.m.\n\nCONSENT AGENDA\n"
            "A. Approval of Minutes of July 2, 2024\nB. Approval of Warrants\n\nMotion to approve the Consent Agenda.\n"
            "Motion passed 4-0.\n\nPUBLIC HEARINGS\nCouncilmember Garcia moved to adopt Ordinance 2024-07.\n\n"
            "ADJOURNMENT\nMayor Smith adjourned the meeting at 8:05 p.m.\n")
    titles = [title for _, _, title, *_ in items(text)]
    assert "PUBLIC HEARINGS" in titles and "ADJOURNMENT" in titles, titles


def test_numbers_counted_on_in_sections_under_headings_in_capitals_leave_the_headings_after_them_items():
    text = ("CITY COUNCIL MINUTES\nJune 6, 2023\n\nCALL TO ORDER\nMayor Ortiz called the meeting to order at 7:02 p.m."
            "\n\nCONSENT CALENDAR\n"
            "1. Approval of Minutes of the May 16, 2023 Regular Meeting\n2. Approval of Warrant Register No. 23-11\n\n"
            "Motion by Council Member Sanders to approve the Consent Calendar. Motion carried 5-0.\n\n"
            "PUBLIC HEARINGS\n3. Ordinance No. 512 Amending Chapter 17\nNo one spoke.\n\nNEW BUSINESS\n"
            "4. Award of Contract for Street Resurfacing\nMotion carried 4-1.\n\nCOUNCIL COMMENTS\n"
            "Council Member Cho reported on the transit board.\n\nADJOURNMENT\n"
            "Mayor Ortiz adjourned the meeting at 8:41 p.m.\n")
    assert [i[0] or i[2] for i in items(text)] == ["CALL TO ORDER", "1", "2", "3", "4", "COUNCIL COMMENTS",
                                                   "ADJOURNMENT"]


def test_a_street_address_in_capitals_wrapped_from_the_heading_is_no_item():
    text = ("MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBER,\n"
            "15 MARKET STREET, TOWNSVILLE ON TUESDAY 14 MARCH 2023 AT 9.30AM\n\n"
            "1. APOLOGIES\n\nNone.\n\n2. CONFIRMATION OF MINUTES\n\nConfirmed.\n\n3. GENERAL BUSINESS\n\nNone.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("1", "APOLOGIES"), ("2", "CONFIRMATION OF MINUTES"),
                                                   ("3", "GENERAL BUSINESS")]


def test_minute_numbers_with_a_prefix_the_year_and_an_unpadded_serial():
    heads = "".join(f"CCL23/{n}     TITLE NUMBER {n} (ID23/{300 + n})\nText.\n\n" for n in range(1, 13))
    assert [i[0] for i in items(f"MINUTES\n\n{heads}")] == [f"CCL23/{n}" for n in range(1, 13)]


def test_the_numbered_points_of_a_resolution_under_its_movers_are_no_items():
    text = ("MINUTES\n\n1. FIRST ITEM\n\nText.\n\n2. SECOND ITEM\n\nMoved (Cr Bell / Cr Hale)\nTHAT the Committee:\n"
            "1.   Receives the report.\n2.   Approves the plan.\nCARRIED\n\n3. THIRD ITEM\n\nText.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("1", "FIRST ITEM"), ("2", "SECOND ITEM"), ("3", "THIRD ITEM")]


def test_a_long_title_in_minutes_does_not_go_on_into_a_lettered_line_under_it():
    text = ("I. Call to Order\n- The Chair opened the meeting.\n\nII. Closed Session\n"
            "1. Performance evaluation of the General Manager\n"
            "2. Conference with property negotiators on the possible sale of the old depot to a buyer outside\n"
            "   a. Negotiating parties: the Board President and the General Manager of the district\n"
            "   b. Under negotiation: price and terms of payment for the water sold\n\n"
            "The meeting reopened at 9 pm.\n")
    assert items(text)[3][2] == ("Conference with property negotiators on the possible sale of the old depot to a "
                                 "buyer outside")


CONSENT = ("I. Call to Order\n- The President opened the meeting.\n\nII. Consent Calendar\n"
           "The following consent calendar items were considered and acted upon as follows:\n\n"
           "1. Approval of Minutes\n   a. Regular Board Meeting of March 12, 2018\n2. Approval of Warrants\n"
           "3. Approval of Board Expense Report for the month of March 2018\n\n{after}\n\n"
           "III. Public Comment\n- None.\n\nIV. Old Business\n- The well was mended.\n\n"
           "V. Adjournment\n- The meeting closed at 8 pm.\n")


def test_a_motion_under_the_last_sub_item_acting_on_its_parent_by_title_is_the_parent_s():
    text = CONSENT.format(after="Vice President Ng moved to approve the consent calendar.\nDirector Page seconded "
                                "the motion.\nMotion carried with the following votes: Marx - aye, Ng - aye")
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    calendar, last = found[1], found[5]
    assert (calendar.title, last.title) == ("Consent Calendar", "Approval of Board Expense Report for the month of "
                                                                 "March 2018")
    assert "moved to approve the consent calendar" in " ".join(line.stripped for line in calendar.lines)
    assert [line.stripped for line in calendar.lines if line.stripped][-1].startswith("Motion carried")
    assert not any("moved" in line.stripped for line in last.lines)
    assert calendar.sources[-1][1:] == (12, 14) and last.sources[-1][1:] == (10, 10)


def test_a_paragraph_under_the_last_sub_item_that_does_not_act_on_the_parent_stays_with_it():
    text = CONSENT.format(after="Director Page moved to approve the report.\nDirector Ng seconded the motion.")
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert not any("moved" in line.stripped for line in found[1].lines)
    assert any("moved to approve the report" in line.stripped for line in found[5].lines)


def test_minutes_alone_over_a_paragraph_approving_minutes_is_an_item_the_document_s_own_title_is_not():
    text = ("MINUTES\nOCTOBER 18, 2022\n\nCALL TO ORDER\n\nThe meeting was called to order at 5.48 p.m.\n\n"
            "CONSENT CALENDAR\n\nCommissioner Perez moved to approve the consent calendar as recommended.\n\n"
            "MINUTES\n\nThe Housing Authority approved the minutes of the regular meeting of September 20, 2022.\n\n"
            "WARRANTS\n\nThe Housing Authority approved the warrant run.\n\nADJOURNMENT\n\nAt 5.49 p.m.\n")
    assert [i[2] for i in items(text)] == ["CALL TO ORDER", "CONSENT CALENDAR", "MINUTES", "WARRANTS", "ADJOURNMENT"]


def test_the_vote_after_the_last_sub_item_of_a_motion_ending_with_a_colon_is_the_motion_s(tmp_path):
    text = ("# 5. Confirmation of the Minutes\n\nNone.\n\n# 6. Communications and Petitions\n\n"
            "> Motion made by S. Hillier\n\n> Seconded by P. Cuddy\n\n"
            "That the following communications BE RECEIVED, and BE REFERRED as noted on the Added Agenda:\n\n"
            "6.1 Encampment Funding\n\n1. Deputy City Manager - Memo\n\n6.2 Overnight Warming Centres\n\n"
            "1. Director, Housing - Memo\n\n> [!abstract]- Vote:\n> |Yeas:|Absent:|\n> |-|-|\n"
            "> |A. Hopkins|J. Morgan|\n\n"
            "> Motion Passed (1 to 0)\n\n# 7. Reports\n\nNone.\n")
    found = markdown_items(tmp_path, text)
    motion, last = found[1], found[3]
    assert (motion.title, last.title) == ("Communications and Petitions", "Overnight Warming Centres")
    assert any("Motion Passed" in line.stripped for line in motion.lines)
    assert not any("Vote" in line.stripped or "Passed" in line.stripped for line in last.lines)


def test_a_sub_item_s_own_vote_stays_its_own_when_the_parent_holds_no_open_motion(tmp_path):
    text = ("# 5. Confirmation of the Minutes\n\nNone.\n\n# 8. Reports\n\n8.1 Planning Report\n\nText.\n\n"
            "8.2 Finance Report\n\nThat the report be received.\n\n> Motion Passed (11 to 0)\n\n# 9. Adjournment\n\n"
            "Closed.\n")
    found = markdown_items(tmp_path, text)
    assert found[3].title == "Finance Report" and any("Motion Passed" in line.stripped for line in found[3].lines)


def test_lettered_sub_items_printed_with_their_kind_first_under_an_item_with_no_blank_line():
    text = ("10. New Business - Other\nAction: A. Approval of the 2020-2021 Budget Revision No. 4\n"
            "Mr. Schweizer provided comments on this item.\nInformation: B. Board Report - School Based Mental Health\n"
            "Action, Information: C. $487,274 American Rescue Plan - Homeless Children and Youth grant from the State\n"
            "11. Board Reports\nA. None this month was reported by the members of the board at all.\n"
            "12. Adjournment\n")
    assert [(i[0], i[2]) for i in items(text)][:4] == [
        ("10", "New Business - Other"), ("A", "Approval of the 2020-2021 Budget Revision No. 4"),
        ("B", "Board Report - School Based Mental Health"),
        ("C", "$487,274 American Rescue Plan - Homeless Children and Youth grant from the State")]
    assert [i[0] for i in items(text)][4:] == ["11", "12"]


def test_lettered_short_titles_straight_under_a_title_alone_with_no_blank_line_are_its_sub_items():
    text = ("11. Board Reports, Comments, and Ideas\nA. Board Members\nTrustee Lind - no report.\n\n"
            "Trustee Hale asked about the plaque.\nB. Board President\n\nPresident Bell - no report.\n"
            "12. Adjournment\nClosed.\n")
    assert [(i[0], i[2]) for i in items(text)] == [
        ("11", "Board Reports, Comments, and Ideas"), ("A", "Board Members"), ("B", "Board President"),
        ("12", "Adjournment")]


def test_a_lettered_point_running_on_under_a_title_stays_its_text():
    text = ("11. Highways\na) Speeding on Mill Road: following complaints the clerk will write.\n"
            "b) Potholes: reported.\n12. Adjournment\nClosed.\n")
    assert [i[0] for i in items(text)] == ["11", "12"]


def test_a_title_and_its_nothing_to_report_after_a_dash_is_the_title():
    text = ("1. Call to Order\nThe President opened the meeting.\n2. Official Correspondence - No Official "
            "Correspondence\n3. Visitor Presentations - No Public Comments\n4. Space Committee - Lease Agreement\n"
            "Approved.\n")
    assert [i[2] for i in items(text)] == ["Call to Order", "Official Correspondence", "Visitor Presentations",
                                           "Space Committee - Lease Agreement"]


def test_lettered_titles_with_a_slash_between_words_are_sub_items_not_a_roll_of_names():
    text = ("13. Items for Distribution\n\nA. October/November Events\n\nThere was no distribution.\n\n"
            "B. October/November Site Visits\n\nThere was none.\n\n14. Adjournment\n")
    assert [(i[0], i[2]) for i in items(text)] == [("13", "Items for Distribution"), ("A", "October/November Events"),
                                                  ("B", "October/November Site Visits"), ("14", "Adjournment")]


LONG = ("Authorize the Chief Executive Officer and General Manager to award contracts to four firms to provide general "
        "building construction and support services for a three-year term from January 22, 2024, to January 21, 2027, "
        "with three optional one-year extensions, for a total aggregate contract not-to-exceed amount of $30 million.")


def test_an_agenda_s_entries_told_whole_in_one_long_sentence_are_items_in_their_sequence():
    text = (f"AGENDA\nJanuary 18, 2024\n\n1. Call to Order.\n\n2. Approval of the Agenda.\n\n3. {LONG}\n\n"
            f"4. {LONG}\n\n5. Directors' Reports.\n")
    assert [i[1] for i in items(text, "agenda")] == ["1", "2", "3", "4", "5"]


def test_a_long_numbered_notice_before_an_agenda_s_items_stays_text():
    text = ("AGENDA\nJanuary 18, 2024\n\nMembers of the public may comment in the following ways:\n\n"
            f"1. Email comments to the clerk by 5:00 p.m. on the meeting date. {LONG}\n\n"
            f"2. Provide oral public comments during the meeting. {LONG}\n\n"
            "1. CALL TO ORDER\n\n2. ROLL CALL\n\n3. MINUTES\n\n4. ADJOURNMENT\n")
    assert [(i[1], i[2]) for i in items(text, "agenda")] == [
        ("1", "CALL TO ORDER"), ("2", "ROLL CALL"), ("3", "MINUTES"), ("4", "ADJOURNMENT")]


def test_an_agenda_that_prints_one_number_on_two_titles_in_a_row_keeps_both():
    text = ("AGENDA\nJanuary 18, 2024\n\n1. Call to Order.\n\n2. Approval of the Agenda.\n"
            "2. Commendation Resolution for Director Sanborn.\n\n3. Committee Chair Reports.\n\n4. Adjournment.\n")
    assert [(i[1], i[2]) for i in items(text, "agenda")] == [
        ("1", "Call to Order"), ("2", "Approval of the Agenda"), ("2", "Commendation Resolution for Director Sanborn"),
        ("3", "Committee Chair Reports"), ("4", "Adjournment")]


WITHOUT_NUMBERS = ("Village Board\n\nMinutes of the meeting\nThursday 28 March 2019\n\nAttendees:\nA Bell (AB)\n\n"
                   "e-Prescribing\n\nAB said that prescribing was a foundation to many things for the Board.\n\n"
                   "Statement of Principles\n\nThe Board discussed the final draft of the statement of principles.\n\n"
                   "Any other business\n\nThe minutes of the previous meeting were agreed for publication.\n\n"
                   "Actions\n\n1.\tAgree the letter to health boards and trusts at the next meeting.\n"
                   "2.\tAB to produce a blog post on the positive impact of standards.\n")


def test_short_titles_alone_between_blank_lines_over_paragraphs_are_items_where_nothing_is_numbered():
    text = WITHOUT_NUMBERS.split("Actions")[0]
    assert [i[2] for i in items(text)] == ["e-Prescribing", "Statement of Principles", "Any other business"]
    run_on = text.replace("Statement of Principles\n\n", "Statement of Principles\n")  # a line over its text
    assert "Statement of Principles" not in [i[2] for i in items(run_on)]
    short = text.replace("The Board discussed the final draft of the statement of principles.", "Noted.")
    assert "Statement of Principles" not in [i[2] for i in items(short)]  # no paragraph of text under it


def test_the_title_block_ends_at_the_date_with_the_place_of_the_meeting_after_it():
    text = ("Minutes for August 13, 2019\n\nHADBURY FOOD CO-OP\n\nBOARD OF DIRECTORS MEETING\n\n"
            "13 August, 2019 AT CO-OP TRAINING ROOM\n\nPRESENT: A. BELL, T. HALE\n\nFINANCE\n\nThe budget was "
            "approved.\n\nREVIEW OF ACTION ITEMS\n\nAll were done.\n")
    assert [i[2] for i in items(text)] == ["FINANCE", "REVIEW OF ACTION ITEMS"]


def test_minutes_numbered_with_the_year_then_the_committee_s_letters(tmp_path):
    text = ("Present: Cllr A Bell\n\n01/20/F&R Apologies\nNone.\n02/20/F&R Declarations of Interest\nNone.\n"
            "03/20/F&R Approval of Minutes\nApproved.\n")
    assert [(i[0], i[2]) for i in items(text)] == [
        ("01/20", "Apologies"), ("02/20", "Declarations of Interest"), ("03/20", "Approval of Minutes")]
    assert [i[0] for i in items(text.replace("/20/", "/2020/"))] == ["01/2020", "02/2020", "03/2020"]
    from minutebook.importer import run_import  # the committee's letters, on every minute, no part of its number:
    source = tmp_path / "2020-01-13-finance-committee-minutes.txt"  # an item number holds no '&', and the record
    source.write_text("Hadbury Town Council Finance & Resources Committee\nMinutes of the meeting held on 13th "
                      "January 2020\n" + text, encoding="utf-8")  # is written
    report = run_import([source], tmp_path / "content", root=tmp_path)
    assert not report.errors and list((tmp_path / "content" / "meetings").rglob("2020-01-13.md"))


PACKED = ("Hadbury Water District\nMeeting of Board of Trustees\nMinutes of July 17, 2017\n"
          "The meeting was called to order at 1:02 P.M. by Ann Bell, Chair.\nApproval of the Agenda\n"
          "Agenda approved by consensus.\nApproval of Minutes\nMotion by Bell to approve the June minutes, Hale "
          "seconded. Motion carried 2-0.\nPublic Comment\nNo public comment.\nOld Business\nNo old business.\n"
          "Adjournment\nMeeting was adjourned at 1:18 PM.\n")


def test_short_titles_packed_between_sentences_with_no_blank_lines_are_items_where_three_or_more_are():
    assert [i[2] for i in items(PACKED)] == [
        "Approval of the Agenda", "Approval of Minutes", "Public Comment", "Old Business", "Adjournment"]
    two = PACKED.split("Public Comment")[0]
    assert items(two) == []  # two such lines: no structure of the minutes
    named = PACKED.replace("Old Business\n", "Tom Hale\n")
    assert "Tom Hale" not in [i[2] for i in items(named)]  # a name alone on its line is no title


def test_numbered_sentences_under_the_last_of_several_plain_headings_are_its_points_not_items():
    assert [(i[0], i[2]) for i in items(WITHOUT_NUMBERS)] == [
        (None, "e-Prescribing"), (None, "Statement of Principles"), (None, "Any other business"), (None, "Actions")]
    titled = WITHOUT_NUMBERS.replace("Agree the letter to health boards and trusts at the next meeting.",
                                     "LETTERS TO HEALTH BOARDS").replace("AB to produce a blog post", "BLOG POSTS")
    assert [i[0] for i in items(titled)] == ["1", "2"]  # numbered titles are the items


def test_a_heading_saying_who_attended_over_a_list_of_people_is_no_item(tmp_path):
    text = ("# Open Standards Board\n3 May 2018\n\n## Attendees\n\n* Chris Francis (SAP)\n"
            "* Dan Appelquist (Samsung)\n\n## Apologies\n* Liam Maxwell (DCMS)\n\n## Main Outcomes\n\n"
            "* continue work on ODF adoption\n\n"
            "### 1. Introductions\nThe members introduced themselves.\n")
    assert marked_items(tmp_path, text) == ["Main Outcomes", "Introductions"]
    told = text.replace("* Liam Maxwell (DCMS)", "Apologies were received from Liam Maxwell of DCMS.")
    assert marked_items(tmp_path, told) == ["Apologies", "Main Outcomes", "Introductions"]


def test_a_heading_marked_above_the_numbered_items_level_after_them_is_an_item(tmp_path):
    text = ("# Open Standards Board\n3 May 2018\n\n### 1. Introductions\nThe members introduced themselves.\n\n"
            "### 2. PDF\nThe problem was discussed.\n\n## Any Other Business\n* GDS are presenting at Sprint 18.\n")
    assert marked_items(tmp_path, text) == ["Introductions", "PDF", "Any Other Business"]
    level = text.replace("## Any Other Business", "#### Any Other Business")  # a level below: 2's own heading
    assert marked_items(tmp_path, level) == ["Introductions", "PDF"]


def test_an_agenda_s_few_entries_told_as_sentences_after_headings_in_capitals_are_its_items():
    text = ("VILLAGE BOARD\nMay 18, 2020\n\nCALL TO ORDER\n\nThe meeting will be called to order at 7 pm sharp.\n\n"
            "ROLL CALL\n\nThe clerk will call the roll of all the members present.\n\n"
            "PLEDGE OF ALLEGIANCE\n\nAll present will recite the pledge of allegiance.\n\n"
            "1. Approve the minutes of the meeting of May 4.\n2. Adopt the budget for the coming year.\n")
    assert [i[1] for i in items(text, "agenda") if i[1]] == ["1", "2"]


def test_the_next_number_printed_as_the_items_are_wins_over_a_point_printed_otherwise_before_it():
    text = ("5   Announcements\n\nNone.\n\n6   Public Forum\n\nNone.\n\n7   Parking policies\n\n"
            "The report was moved.\n\nIt was APPROVED:\n\n7.  Implement an inflation-based charge only.\n\n"
            "8.  Delegates authority to the Director to implement the\n     approved proposals.\n\n\n"
            "8   Bus services task group\n\nNoted.\n\n9   Cycling hub\n\nNoted.\n")
    assert [(i[0], i[2]) for i in items(text)] == [("5", "Announcements"), ("6", "Public Forum"),
                                                   ("7", "Parking policies"), ("8", "Bus services task group"),
                                                   ("9", "Cycling hub")]


def test_a_number_printed_otherwise_stays_the_item_where_no_other_prints_it_as_the_items_are():
    text = ("5   Announcements\nNone.\n\n6   Public Forum\nNone.\n\n7   Parking policies\nThe report was moved.\n\n"
            "8. Bus services task group\nNoted.\n\n9   Cycling hub\nNoted.\n")
    assert [i[0] for i in items(text)] == ["5", "6", "7", "8", "9"]


def case_titles(under_first_case: str) -> list[str]:
    """The items of a commission's minutes of two cases, `under_first_case` the text of the first."""
    text = ("HISTORIC DISTRICT COMMISSION\n\nSeptember 23, 2019\n\nAPPLICATION: HDC 2019-00516, 1621 DILWORTH ROAD - "
            f"ADDITION\n\n{under_first_case}APPLICATION: HDC 2019-00517, 412 GRANDIN ROAD - ADDITION\n\n"
            "The addition was approved.\n")
    return [title for _, _, title, _, _ in items(text)]


CASES = ["HDC 2019-00516, 1621 DILWORTH ROAD - ADDITION", "HDC 2019-00517, 412 GRANDIN ROAD - ADDITION"]


def test_a_numbered_list_of_statements_each_closed_by_its_full_stop_is_no_run_of_items():
    assert case_titles("STAFF ANALYSIS:\n\nStaff has the following concerns with the proposal:\n\n3. Minor "
                       "revisions may be reviewed by staff.\n\n4. The doors of the rear addition need more detail."
                       "\n\n") == CASES


def test_a_line_in_capitals_after_a_comma_or_under_a_label_in_capitals_is_no_heading():
    assert case_titles("VOTE: 7/0 AYES: HADEN, HENNINGSON, MURYN,\n\nWALKER\n\nDECISION:\n\nAPPLICATION FOR "
                       "ADDITION CONTINUED\n\n") == CASES


def test_a_numbered_measure_whose_title_opens_as_a_sentence_is_an_item():
    text = ("BOARD of Canvassers\n\nMeeting Minutes\n\nTuesday, September 19, 2023\n\n 1.       A resolution of the "
            "Board of Canvassers accepting the election returns and\n          declaring the results of the vote.\n\n"
            "           Heidi Allman, City Recorder Presenting.\n\n           Motion was made by Mayor Kaufusi to "
            "accept the resolution.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [(
        "1", "A resolution of the Board of Canvassers accepting the election returns and declaring the results of "
             "the vote")]


def test_participants_and_observers_present_over_none_are_the_attendance_not_items(tmp_path):
    text = ("# Hadley Technical Committee Monthly Meeting\n\n- Meeting Date: July 20, 2022\n\n## Call to Order\n\n"
            "Meeting called to order @ 1:05 PM\n\n## Participants\n\n- Ann Bell, Oracle (Voting Member)\n"
            "- Cy Hale, Red Hat (Chair)\n\n### Observers present\n\nNone\n\n## Meeting Notes\n\n"
            "- Quorum was reached.\n")
    assert marked_items(tmp_path, text) == ["Call to Order", "Meeting Notes"]


def test_a_pelican_page_its_header_breadcrumbs_particulars_and_items_numbered_by_ordinals(tmp_path):
    text = ("Title: Board Meeting 2014-01-23\nDate: 2010-12-03 10:20\nsave_as: Board_Meeting.html\n\n"
            "[Main Page](index.html) -\\> [Meetings](Meetings.html)\n-\\> [Board Meeting](Board_Meeting.html)\n\n"
            "Board Meeting 2014-01-23 Minutes\n--------------------------------\n\n### Directors Present\n\n"
            "-   Ann Bell, President\n-   Cy Hale, Secretary\n\n### Location and Time\n\n"
            "Meeting held on Jan 23, 2014 at Mama's Pizza during lunch.\n\nBusiness\n--------\n\n"
            "### 1st Order of business:\n\nExpansion of board. Discussion regarding future board members.\n\n"
            "### 2nd Order of business:\n\nCan we spend the \\$850 needed to file for tax exempt status?\n"
            "Agreement that we can afford to file now.\n\n### THIRD ORDER OF BUSINESS\n\nWe discussed the lease "
            "at length and agreed nothing.\n")
    found = markdown_items(tmp_path, text)
    assert [(i.minute, i.title) for i in found] == [
        ("1", "Expansion of board"), ("2", "Can we spend the $850 needed to file for tax exempt status?"),
        ("3", "ORDER OF BUSINESS")]  # (a subject is a short sentence of its own opening the text)
    lines = read_lines("minutes.md", extract_text(tmp_path / "minutes.md").text)[0]
    assert [line.text for line in lines[:6]] == [""] * 6  # the site's header and breadcrumbs are no text


def test_a_closing_heading_at_the_numbered_items_level_is_an_item(tmp_path):
    source = tmp_path / "minutes.html"
    source.write_text("<p>March 8, 2005</p><h1>1. Attendance</h1><p>All present.</p><h1>2. Minutes</h1><p>Approved."
                      "</p><h1>Adjournment.</h1><p>The meeting was adjourned at 18:51.</p>", encoding="utf-8")
    found = cut_items(read_lines(str(source), extract_text(source).text)[0], "minutes")[1]
    assert [(i.minute, i.title) for i in found] == [("1", "Attendance"), ("2", "Minutes"), (None, "Adjournment")]


SJWD_LIKE = """# WATER DISTRICT
Board of Directors Meeting Minutes
December 12, 2018

## OTHER ATTENDEES
- Sue Brunone
- Michelle Brunone

## AGENDA ITEMS
I. Roll Call
II. Consent Calendar
III. New Business
IV. Upcoming Events
V. Adjourn

### I. ROLL CALL
The following directors were present: Ted Costa and Dan Rich.

## II. CONSENT CALENDAR
1. Minutes of the Board of Directors Meeting, November 13, 2018

Vice President Rich moved to approve the Consent Calendar. Director Tobin seconded the motion and it carried.

**III. NEW BUSINESS**

1. **Approve minutes of the Financing Corporation Meeting of December 13, 2017 and its annual report**

   Director Tobin moved to approve the minutes. Director Rich seconded the motion and it carried unanimously.

2. General Manager Compensation
Director Costa moved to approve a cash incentive award.

IV. UPCOMING EVENTS

1. **SJWD Employee Awards**
   December 13, 2018

## V. ADJOURN
The meeting was adjourned at 7:45 p.m.
"""


def test_an_agenda_listed_before_minutes_that_number_their_headings_at_the_margin_again(tmp_path):
    items = markdown_items(tmp_path, SJWD_LIKE)
    assert [(i.minute, i.parent, i.title) for i in items] == [
        ("I", None, "ROLL CALL"), ("II", None, "CONSENT CALENDAR"),
        ("1", "II", "Minutes of the Board of Directors Meeting, November 13, 2018"), ("III", None, "NEW BUSINESS"),
        ("1", "III", "Approve minutes of the Financing Corporation Meeting of December 13, 2017 and its annual report"),
        ("2", "III", "General Manager Compensation"), ("IV", None, "UPCOMING EVENTS"),
        ("1", "IV", "SJWD Employee Awards"), ("V", None, "ADJOURN")]


def test_numbers_starting_again_under_each_numeral_at_the_same_margin_are_the_numerals_sub_items(tmp_path):
    text = ("MINUTES OF THE BOARD\n\nMarch 3, 2021\n\n## I. OLD BUSINESS\n1. Water Rates\n\nText.\n\n2. Wells\n\n"
            "Text.\n\n"
            "## II. NEW BUSINESS\n1. Budget\n\nText.\n\n2. Audit\n\nText.\n\n3. Staffing\n\nText.\n\n"
            "## III. REPORTS\n1. Manager\n\nText.\n\n2. Treasurer\n\nText.\n\n## IV. CLOSED SESSION\n\nNone.\n\n"
            "## V. ADJOURN\n\nAdjourned.\n")
    assert [(i.minute, i.parent) for i in markdown_items(tmp_path, text)] == [
        ("I", None), ("1", "I"), ("2", "I"), ("II", None), ("1", "II"), ("2", "II"), ("3", "II"), ("III", None),
        ("1", "III"), ("2", "III"), ("IV", None), ("V", None)]


def test_a_heading_in_capitals_saying_who_attended_over_a_list_of_names_is_no_item(tmp_path):
    text = ("MINUTES OF THE BOARD\n\nMarch 3, 2021\n\nOTHER ATTENDEES\n\n- Sue Brunone\n- Michelle Brunone\n\n"
            "CALL TO ORDER\n\nThe meeting was called to order.\n\nADJOURNMENT\n\nAdjourned at 7 pm.\n")
    assert marked_items(tmp_path, text) == ["CALL TO ORDER", "ADJOURNMENT"]


def test_groups_of_those_attending_each_over_names_with_a_dash_and_a_post_are_no_items(tmp_path):
    text = ("Port of Alder\n\nCommission Meeting\n\nNovember 13, 2018\n\nThose in attendance at the meeting were as "
            "follows:\n\nCOMMISSION AND STAFF\nAnn Bell - Commissioner\nTom Hale - Executive Director\n\nVISITORS\n"
            "Kit Lind - Citizen\nJo Moss - Alder PUD\n\nCALL TO ORDER\n\nThe meeting was called to order.\n\n"
            "ADJOURNMENT\n\nAdjourned at 7 pm.\n")
    assert marked_items(tmp_path, text) == ["CALL TO ORDER", "ADJOURNMENT"]


def test_a_markdown_list_s_entries_at_its_margin_are_the_items_not_those_of_the_lists_nested_in_them(tmp_path):
    text = ("**Board Call**\n\n**12 March 2020**\n\n1.  **Call to Order**\n\n    1.  **Members**\n\n"
            "    2.  **Guests**\n\n    3.  **Observers**\n\n2.  **Agenda Items & Motions**\n\n"
            "    1.  The board approves the minutes.\n\n"
            "3.  **Action Item Review**\n\n    1.  Stephano will write.\n\n4.  **Code of conduct**\n")
    tops = [(i.minute, i.title) for i in markdown_items(tmp_path, text) if i.parent is None]
    assert tops == [("1", "Call to Order"), ("2", "Agenda Items & Motions"), ("3", "Action Item Review"),
                    ("4", "Code of conduct")]


def test_a_roll_call_s_groups_numbered_under_its_item_with_their_people_nested_deeper_are_no_sub_items(tmp_path):
    text = ("**Governing Board Call**\n\n**12 March 2020**\n\n1.  **Call to Order / Roll Call**\n\n"
            "    1.  **Premier Members of the CCC**\n\n        1.  Ann Bell (Arm)\\*\n\n"
            "        2.  Tom Hale (Oracle)\\*\n\n"
            "    2.  **Guests / Observers**\n\n        1.  Jo Moss (Intel)\n\n    3.  **Not in attendance**\n\n"
            "        1.  Kit Mayo (Alibaba)\\*\n\n2.  **Agenda Items & Motions**\n\n"
            "    1.  The board approves the minutes of the February 27, 2020 meeting with no abstentions or "
            "objections.\n\n3.  **Code of conduct**\n\n"
            "    1.  **Current Code of Conduct Complaints**\n\n        1.  A complaint was raised.\n\n"
            "    2.  **Next Steps for the Board**\n\n"
            "        1.  We will call an executive session.\n")
    items = markdown_items(tmp_path, text)
    assert [(i.minute, i.parent, i.title) for i in items] == [
        ("1", None, "Call to Order / Roll Call"), ("2", None, "Agenda Items & Motions"),
        ("3", None, "Code of conduct"), ("1", "3", "Current Code of Conduct Complaints"),
        ("2", "3", "Next Steps for the Board")]


def test_a_chat_s_lines_in_capitals_are_no_titles_and_attendees_over_labelled_lists_no_item(tmp_path):
    text = ("# X Working Group Telco\n\n## 08 October 2025\n\n## Attendees\n\nPresent: Ann Bell, Tom Hale\n"
            "Chair: Ann Bell\n\n## Meeting minutes\n\n### Render Method\n\nann: So that's enough.\n\n<PDL-ASU> +1\n\n"
            "<ivan> +1\n\n### Issues\n\nNone.\n")
    assert marked_items(tmp_path, text) == ["Meeting minutes", "Render Method", "Issues"]


def test_a_heading_naming_two_kinds_of_member_present_is_attendance_not_an_item(tmp_path: Path):
    text = ("### Society 2018 AGM Minutes\n\n12th September 2018\n\n### Officers and Trustees Present\n\n* Ann Bell\n"
            "* Tom Hale\n\n### Accounts Review\n\n* Accounts approved\n")
    assert marked_items(tmp_path, text) == ["Accounts Review"]


def test_a_heading_saying_where_the_meeting_was_held_is_no_item(tmp_path: Path):
    text = ("## Minutes of the Group AGM - 26 September 2005\n\n**Held at the Hall**\n\nMeeting opened at 7:16pm.\n\n"
            "### 1. Apologies\n\nNone.\n")
    assert marked_items(tmp_path, text) == ["Apologies"]


def test_items_numbered_with_a_bracket_after_the_number(tmp_path: Path):
    text = ("# Annual meeting 2023-05-23\n\nPresent members:\n- Ann Bell\n1) Election of meeting secretary\n"
            "Voting result: 10 yes.\n2) Election of meeting chairperson\nText.\n3) Setting meeting agenda\nText.\n")
    assert marked_items(tmp_path, text) == ["Election of meeting secretary", "Election of meeting chairperson",
                                            "Setting meeting agenda"]


def test_a_numbered_list_of_sentences_under_numbered_headings_the_file_marks_is_the_item_s_text(tmp_path):
    markdown = ("## Minutes of the first AGM held on 26th September 2010\n\n### 1. Quorum\n\n- 10 members were present."
                "\n\n### 2. Proceedings\n\n1.  The meeting was chaired by the President Ann Bell.\n"
                "2.  The secretary presented the annual report. The report was accepted.\n"
                "3.  The treasurer presented the accounts. The accounts were accepted unanimously.\n"
                "4.  The proceedings came to an end with a vote of thanks.\n")
    assert marked_items(tmp_path, markdown) == ["Quorum", "Proceedings"]


def test_a_numbered_list_of_titles_under_numbered_headings_the_file_marks_is_still_read(tmp_path):
    markdown = ("## Minutes of the meeting held on 26th September 2010\n\n### 1. Apologies\n\nNone.\n\n"
                "### 2. Reports\n\n1.  Treasurer\n2.  Secretary\n3.  Chair\n")
    titles = marked_items(tmp_path, markdown)
    assert titles[:2] == ["Apologies", "Reports"] and {"Secretary", "Chair"} <= set(titles)


def test_the_time_an_item_is_given_and_a_footnote_s_reference_are_no_part_of_its_title():
    text = ("Committee Meeting Minutes\n\n1. Roll call\n\nA, B.\n\n2. Accepting the minutes[1] of the previous meeting"
            "\n\nAccepted.\n\n3. Discuss options to control per-instance generated text on xref {15 min}\n\n"
            "     Postponed.\n\n4. Discuss Help Authoring [10 mins]\n\nPostponed.\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "Roll call", "Accepting the minutes of the previous meeting",
        "Discuss options to control per-instance generated text on xref", "Discuss Help Authoring"]


def test_an_item_added_after_another_with_its_number_and_a_letter_is_an_item():
    text = ("Committee Meeting Minutes\n\n1. Roll call\n\nA, B.\n\n2. Character entities\n\nDiscussed.\n\n"
            "2b. Linking in DocBook\n\nDiscussed.\n\n2c. Scheduling of releases\n\nDiscussed.\n\n3. Annotations\n\n"
            "Discussed.\n")
    assert [number for number, *_ in items(text)] == ["1", "2", "2b", "2c", "3"]


def test_roman_numerals_under_a_lettered_sub_item_are_its_sub_items():
    text = ("Minutes of the Business Meeting\n\nMarch 18, 2012\n\n4. Committee Reports:\n\n   a. Finance Report\n\n"
            "      The accounts were reviewed.\n\n   b. Ministry and Oversight\n\n      No report.\n\n"
            "   c. Meeting Home\n\n     i. Report on 950 E. Cimmarron\n\n        Brian gave a short synopsis.\n\n"
            "5. Old Business\n\n   i. Consideration of purchase of the house\n\n6. New Business\n")
    assert [(number, title) for number, _, title, _, _ in items(text)] == [
        ("4", "Committee Reports"), ("a", "Finance Report"), ("b", "Ministry and Oversight"), ("c", "Meeting Home"),
        ("i", "Report on 950 E. Cimmarron"), ("5", "Old Business"), ("i", "Consideration of purchase of the house"),
        ("6", "New Business")]


def test_unmarked_sub_headings_under_a_numbered_heading_and_a_heading_between_two_numbered_ones_are_items(tmp_path):
    text = ("# Club AGM\n\n7 September 2023\n\n## 1. Welcome\n\nAll welcomed.\n\n## 2. Captains' Reports\n\n"
            "### Team A – Ann Bell\n\nWe came second.\n\n### Team B – Cy Hale\n\nWe came third.\n\n"
            "## Junior Chess\n\nAll agreed to take this further.\n\n## 4. Any Other Business\n\nNone.\n")
    assert [(i.minute, i.parent, i.title) for i in markdown_items(tmp_path, text)] == [
        ("1", None, "Welcome"), ("2", None, "Captains' Reports"), (None, "2", "Team A – Ann Bell"),
        (None, "2", "Team B – Cy Hale"), (None, None, "Junior Chess"), ("4", None, "Any Other Business")]


def test_one_marked_heading_opening_with_a_number_among_many_without_is_named_so_not_numbered(tmp_path):
    text = ("# Advisory Team\n\n17 January 2018\n\n## Approval of Agenda\n\nApproved.\n\n## Updates\n\n"
            "### WG 6 (Trusted eCommunication)\n\nA report.\n\n### JWG8 (Logistics data)\n\nA report.\n\n"
            "### ISO 7372 JMA\n\nStill discussed.\n\n## Other Business\n\nNone.\n\n## Next Meeting\n\nIn March.\n")
    assert [(i.minute, i.title) for i in markdown_items(tmp_path, text)] == [
        (None, "Approval of Agenda"), (None, "Updates"), (None, "WG 6 (Trusted eCommunication)"),
        (None, "JWG8 (Logistics data)"), (None, "ISO 7372 JMA"), (None, "Other Business"), (None, "Next Meeting")]


def test_a_dash_run_in_is_no_title_where_it_tells_what_someone_did_or_the_file_marks_its_topics(tmp_path):
    text = ("ANNUAL MEETING\n\nMay 7, 2016\n\nRoads- new signs will be put up.\n\nInsurance- a new company takes "
            "over.\n\nAnn Bell brought discussion on cows- no grazing on the burn area.\n")
    assert [title for _, _, title, _, _ in items(text)] == ["Roads", "Insurance"]
    marked = ("# Annual Meeting\n\nMay 7, 2016\n\n## Chairman's Report\n\nAll well.\n\n## New Business\n\n"
              "Insurance- a new company takes over.\n\n## Archived Annual Meeting Minutes\n\n2015 Minutes\n")
    assert marked_items(tmp_path, marked) == ["Chairman's Report", "New Business"]


def test_an_html_list_written_into_a_markdown_file_is_numbered_as_a_browser_shows_it(tmp_path):
    text = ("# AGM of the Friends of the Park - 11 May 2015\n\n<ol>\n<li>\nWelcome & Introductions\n\n</li>\n<li>\n"
            "Nominations for committee<br />\n<ul>\n<li>\nAnn Bell - Chairman\n</li>\n<li>\nCy Hale\n</li>\n</ul>\n"
            "</li>\n<li>\nThe Pavilion\n</li>\n<li>Close</li>\n</ol>\n")
    assert [(i.minute, i.title) for i in markdown_items(tmp_path, text)] == [
        ("1", "Welcome & Introductions"), ("2", "Nominations for committee"), ("3", "The Pavilion"), ("4", "Close")]


def test_a_heading_saying_who_attended_with_its_count_over_a_numbered_list_of_names_is_no_item(tmp_path):
    text = ("# 2024 03 11: Official members meeting\n\n## Participants (14/30)\n\n1. Jonathan Beliën\n2. Joost "
            "Schouppe\n\n## Official Agenda\n\nDiscussed.\n\n## Plans for 2024\n\nMany.\n")
    assert marked_items(tmp_path, text) == ["Official Agenda", "Plans for 2024"]


def test_an_agenda_s_bullets_printed_again_in_an_outline_of_minutes_are_its_items(tmp_path):
    text = ("# Speakers Council Meeting 17.06.2024\n\n## Agenda:\n\n* Presentation of the structure (A Bell)\n"
            "* Reports from the task forces\n\n## Minutes\n\n* Presentation of the structure (A Bell)\n    * Talk: "
            "Modular\n    * Discussion of the names\n\n* Reports from the task forces\n  * NFDI | Cy Hale\n"
            "      * no meeting yet\n")
    assert [i.title for i in markdown_items(tmp_path, text)] == [
        "Presentation of the structure (A Bell)", "Reports from the task forces"]
    reports = text.replace("      * no meeting yet\n",
                           "      * no meeting yet\n  * de-RSE25 | Di Lord\n      * started\n")
    assert [i.title for i in markdown_items(tmp_path, reports)] == [
        "Presentation of the structure (A Bell)", "Reports from the task forces", "NFDI | Cy Hale",
        "de-RSE25 | Di Lord"]


def test_a_heading_marking_the_end_of_the_minutes_is_no_item(tmp_path):
    assert marked_items(tmp_path, "# Committee Minutes 10 August 2021\n\n## Treasurer's Report\n\nNil.\n\n"
                                  "## Umpire Fees\n\nThey want to increase fees.\n\n# End Minutes\n"
                                  "        Next Meeting: 7:30pm\n") == ["Treasurer's Report", "Umpire Fees"]


def test_an_agendas_sections_led_in_with_a_colon_number_their_items_afresh(tmp_path):
    source = tmp_path / "agenda.md"
    source.write_text("---\ntitle: APCM 2019\n---\n## Notice of Meeting\n\n"
                      "The Annual Parochial Church Meeting will be held<br>\nat 7:30pm on "
                      "Thursday, 21st March 2019<br>\nin St Mary's Church.\n\n## Agenda\n\n### The meeting will begin "
                      "with the meeting of parishioners:\n\n1. A meeting of parishioners to elect two Churchwardens\n\n"
                      "### There will then be the formal business:\n\n1. Minutes of the 2018 APCM\n\n2. Electoral "
                      "roll report\n\n3. Accounts for 2018\n\n### Worship, followed by presentations:\n\n"
                      "1. Presentations\n\n2. The Vicar\n", encoding="utf-8")
    found = cut_items(read_lines(str(source), extract_text(source).text)[0], "agenda")[1]
    assert [(i.agenda, i.title) for i in found] == [
        ("1", "A meeting of parishioners to elect two Churchwardens"), ("1", "Minutes of the 2018 APCM"),
        ("2", "Electoral roll report"), ("3", "Accounts for 2018"), ("1", "Presentations"), ("2", "The Vicar")]


def test_the_agenda_and_setup_headings_before_the_meeting_notes_title_are_no_items(tmp_path):
    assert marked_items(tmp_path, "## Agenda for the November 12th call of the Example Group\n\n### Registration\n\n"
                                  "None required.\n\n## Logistics\n\nA video call.\n\n## Meeting Notes\n\n"
                                  "### Attendees\n\n* Ann Bell\n* Flaki\n* Peter jensen\n* Tom Hale\n* Kim Lee\n"
                                  "* Jo Moss\n* Cy Dunn\n* Al Ray\n\n"
                                  "### BigInt to stage 3\n\nDiscussed.\n\n### Wasi-sdk\n\nDiscussed.\n") == [
        "BigInt to stage 3", "Wasi-sdk"]


def test_meeting_notes_over_items_in_bold_is_the_minutes_title_not_an_item(tmp_path):
    assert marked_items(tmp_path, "### Steering Committee Meeting Report\nAugust 17, 2016\n\n#### Meeting Notes\n\n"
                                  "**Report on workshops**  \nWe have run 48 workshops since the first of January.\n\n"
                                  "**Report on partnerships**  \nEight partnerships were signed with universities this "
                                  "year.\n\n**Discussion of accounting**  \nThe director updated the committee on the "
                                  "accounting problems.\n") == [
        "Report on workshops", "Report on partnerships", "Discussion of accounting"]


def test_the_outermost_bullets_of_an_outline_under_meeting_notes_are_the_items(tmp_path):
    assert marked_items(tmp_path, "# TSC meeting 2020-04-02\n\n### Attendees:\n\nTSC members:\n\n  * [x] Ann Bell, "
                                  "Pixar\n  * [x] Tom Hale, Intel\n\n### Agenda / Meeting notes\n\n"
                                  "* Charter / legalities\n  - All the documents are in this PR.\n\n"
                                  "* Office elections\n  - Both passed by voice vote.\n\n* Meeting cadence\n"
                                  "  - Let's keep the Thursday time.\n") == [
        "Charter / legalities", "Office elections", "Meeting cadence"]


def test_a_sub_items_presenter_time_and_running_tally_are_no_part_of_its_title():
    assert [(n, title) for n, _, title, _, _ in items(
        "PCE Working Group Meeting 5th Nov 2018\n\n1. Introduction\n1.1. WG Status (chairs, 20 min) [25/120]\n"
        "Text.\n\n2. Segment Routing\n2.1. Path Segment & bi-directional SR (Cheng Li, 15 min) [40/120]\n"
        "draft-li-pce-sr-path-segment-03\n\n3. Optical\n3.1. PCEP for Flex-Grid (Young Lee, 10 min) [75/120]\n"
        "Text.\n")] == [("1", "Introduction"), ("1.1", "WG Status"), ("2", "Segment Routing"),
                       ("2.1", "Path Segment & bi-directional SR"), ("3", "Optical"), ("3.1", "PCEP for Flex-Grid")]


def test_participants_led_in_by_a_sentence_and_apologies_over_none_are_no_items(tmp_path):
    assert marked_items(tmp_path, "# User Meeting 10 (2010-01-19)\n\n## Participants\n\nThe following developers, "
                                  "users and enthusiasts were present.\n\n- Ann Bell\n- Tom Hale, secretary\n\n"
                                  "## Apologies\n\n- None\n\n## Documentation\n\n- The examples need work.\n") == [
        "Documentation"]


def test_minute_references_number_the_items_over_the_agenda_listed_before_them():
    text = ("KALOMO TOWN COUNCIL\nAGENDA: To enable capture the relevant contents, it is recommended that the\n"
            "following agenda items be considered.\n1. Opening Remarks\n2. Roll Call / Apologies\n"
            "3. Adoption of the Agenda\nCES/01/11/24: APOLOGIES\nAbion Muntanga - WDC Chairperson\n"
            "CES/02/11/24: ADOPTION OF THE AGENDA\nThe agenda was adopted.\nCES/02/11/25 PLENARY\n"
            "Members raised concerns.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("CES/01/11/24", "APOLOGIES"), ("CES/02/11/24", "ADOPTION OF THE AGENDA"), ("CES/02/11/25", "PLENARY")]


def test_a_numbered_list_of_people_with_posts_under_present_is_no_items_even_where_a_page_breaks_it():
    text = ("MINUTES OF THE COUNCIL\n3 May 2024\nPRESENT\n1. Ann Bell - Council Secretary\n"
            "2. Tom Hale - Director Finance\n3. Kit Lind - Community Member\n4. Jo Moss - WDC Chairperson (Katanda}\n"
            "2\n5. Sam Reed - Community Member\n\nMIN/01/05/24: APOLOGIES\nNone.\n\nMIN/02/05/24: FINANCE\n"
            "The report was noted.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("MIN/01/05/24", "APOLOGIES"), ("MIN/02/05/24", "FINANCE")]


def test_items_numbered_with_a_nought_after_the_point_their_paragraphs_numbered_under_them():
    text = ("MINUTES OF THE PARISH COUNCIL\nHeld on 3 May 2024\n\n1.0 APOLOGIES\n1.1 Cllr Smith sent apologies.\n\n"
            "2.0 MINUTES\n2.1 Approved.\n2.2 Signed.\n\n3.0 FINANCE\n3.1 Payments approved.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("1.0", "APOLOGIES"), ("2.0", "MINUTES"), ("3.0", "FINANCE")]


@pytest.mark.parametrize("heading", ["Agenda Item {n} – {title}", "Minute No. {n} – {title}",
                                     "Minute no. {n} – {title}", "({n}) {title}"])
def test_items_numbered_after_agenda_item_minute_no_or_in_brackets(heading):
    titles = ["Apologies", "Minutes", "Finance"]
    text = "MINUTES OF THE PARISH COUNCIL\nHeld on 3 May 2024\n\n" + "".join(
        heading.format(n=n, title=title) + "\nNoted.\n\n" for n, title in enumerate(titles, start=1))
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [("1", "Apologies"), ("2", "Minutes"),
                                                                             ("3", "Finance")]


@pytest.mark.parametrize("number", ["RESOLUTION 2023/46", "COMMUNITY BOARD RESOLUTION  OCB2023/46"])
def test_a_resolution_s_number_under_a_title_in_capitals_is_the_motion_s_not_more_of_the_title(number):
    text = ("1 OPENING\nThe Mayor opened the meeting.\n\n2 CONFIRMATION OF MINUTES\n" + number + "\n"
            "Moved: Cr Tom Brown\nSeconded: Cr Sue White\nThat the minutes be confirmed.\nCARRIED\n\n"
            "3 DEVELOPMENT APPLICATION 2022/123 - 12 SMITH\nROAD, WATTLEVILLE\nRESOLUTION 2023/47\n"
            "Moved: Cr Sue White\nSeconded: Cr Amy Lee\nThat the application be approved.\nCARRIED\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "OPENING", "CONFIRMATION OF MINUTES", "DEVELOPMENT APPLICATION 2022/123 - 12 SMITH ROAD, WATTLEVILLE"]


def test_a_year_wrapped_from_a_date_onto_a_line_of_its_own_is_no_item_number():
    text = ("HADBURY CITY COUNCIL\nMAY 4, 2010\n\nREPORT ON POSTING OF AGENDA\nThe Clerk reported that the agenda was "
            "posted on April 30,\n2010.\nPUBLIC COMMENT\nNone.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        (None, "REPORT ON POSTING OF AGENDA"), (None, "PUBLIC COMMENT")]


def test_minutes_printed_without_blank_lines_their_title_block_ends_at_the_first_sentence():
    text = ("MINUTES\nHADBURY CITY COUNCIL MEETING\nMAY 4, 2010\nThe City Council of the City of Hadbury met in "
            "Closed Session in the Council\nConference Room at 5:30 p.m.\nCLOSED SESSION\nConference with Legal "
            "Counsel on one case.\nThe Mayor called the meeting to order at 7:00 p.m.\nROLL CALL\nPRESENT: "
            "Councilmembers Ann Bell, Tom Hale\nABSENT: None\nORAL COMMUNICATIONS\nNone were made.\nCONSENT "
            "CALENDAR\nThe consent calendar was approved.\nADJOURNMENT\nThe meeting was adjourned at 8:00 p.m.\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "CLOSED SESSION", "ROLL CALL", "ORAL COMMUNICATIONS", "CONSENT CALENDAR", "ADJOURNMENT"]


def test_a_heading_in_capitals_under_a_line_that_ends_no_sentence_in_text_without_blank_lines():
    text = ("HADBURY CITY COUNCIL\nMAY 4, 2010\n\nCLOSED SESSION\nConference with Legal Counsel on one case.\n"
            "Conference with Legal Counsel on a second case.\nConference on the lease of the depot.\nConference on "
            "the lease of the yard.\nConference on the sale of land.\nConference on the sale of a house.\n"
            "On the hall.\n"
            "Agency Negotiator: Ann Bell, City Manager and Tom Hale, Public Works\nDirector\nMAYOR'S REPORT ON "
            "CLOSED SESSION\nThe Mayor stated there was no reportable information.\nROLL CALL\nPRESENT: Ann Bell, "
            "Tom Hale\nABSENT: None\nALSO PRESENT:\nSue Ray, City Manager\nJo Park, City Clerk\nREPORT ON POSTING "
            "OF AGENDA\nThe Clerk reported that the agenda was properly posted.\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "CLOSED SESSION", "MAYOR'S REPORT ON CLOSED SESSION", "ROLL CALL", "REPORT ON POSTING OF AGENDA"]


def test_a_street_number_over_a_line_of_its_town_and_postal_code_is_an_address_not_an_item():
    text = ("1. Minutes\nApproved.\n\n2. Roads\nDiscussed.\n35 North 1st East\nRexburg, ID 83440\n\n"
            "3. Parks\nNoted.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("1", "Minutes"), ("2", "Roads"), ("3", "Parks")]
    assert [(minute, title) for minute, _, title, _, _ in items(
        "7. Minutes\nApproved.\n\n8. APPROVE FINAL MAP FOR A SUBDIVISION -\nTRACT NO. 10534\nApproved.\n")] == [
        ("7", "Minutes"), ("8", "APPROVE FINAL MAP FOR A SUBDIVISION - TRACT NO. 10534")]


def test_minutes_numbered_within_their_year_by_a_point_are_items_sections_of_an_item_are_not():
    text = ("MINUTES OF HADBURY PARISH COUNCIL\nHeld on 5 May 2021\n\n21.44 ELECTION OF CHAIR\n\nCllr A was elected."
            "\n\n21.45 APOLOGIES FOR ABSENCE\n\nNone.\n\n21.46 PLANNING\n\nNoted.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [
        ("21.44", "ELECTION OF CHAIR"), ("21.45", "APOLOGIES FOR ABSENCE"), ("21.46", "PLANNING")]
    text = ("1. Apologies\n\nNone.\n\n4. Reports\n\n4.1 Finance\n\nNoted.\n\n4.2 Roads\n\nNoted.\n\n4.3 Parks\n\n"
            "Noted.\n\n4.4 Library\n\nNoted.\n\n5. Close\n")
    assert [minute for minute, _, _, _, _ in items(text)] == ["1", "4", "4.1", "4.2", "4.3", "4.4", "5"]


def test_bullets_under_an_attendance_label_and_a_bulleted_motion_label_are_no_items():
    text = ("Council Meeting Minutes\nMay 27, 2024\n\nMembers Present:\n  • Mayor N. Salonen\n  • Councillor "
            "S. Cressman\nStaff Present:\n  • Curator, S. Gropp\n\n1.  Call to Order\n\n  • Moved by:Councillor "
            "S. Martin\n    Seconded by:Councillor S. Cressman\n\n    THAT the meeting be called to order.\n\n"
            "2.  Adjournment\n\nThe meeting ended.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [("1", "Call to Order"), ("2", "Adjournment")]


def test_a_street_number_and_street_with_its_compass_point_is_an_address_not_an_item():
    text = ("Location:\nCouncil Chambers\n60 Snyder's Road West\nBaden, Ontario\n\n1. Call to Order\n\nAt 6 pm.\n\n"
            "2. Adjournment\n\nAt 7 pm.\n")
    assert [(minute, title) for minute, _, title, _, _ in items(text)] == [("1", "Call to Order"), ("2", "Adjournment")]


def test_titles_alone_with_a_colon_in_minutes_without_numbers_a_line_set_in_no_title():
    text = ("MINUTES OF A REGULAR MEETING OF THE HADBURY COUNTY BOARD HELD FEBRUARY 17, 2003.\n\nCall to Order:\n\n"
            "Chairman Bell called the meeting to order at 5:00 p.m. and led the Pledge of Allegiance.\n\n"
            "Agenda Changes:\n\nAdditions:         Purchase Order #3000867, Wheeled Coach Ind. ($83,713) (Clerk's "
            "Report)\n\n"
            "  Letter from Program Management Services (Clerk's Report)\n\nMotion by Commissioner Hale, seconded by "
            "Commissioner Lind, to accept the agenda.  The motion carried unanimously.\n\nConsent Agenda:\n\n"
            "1)                  Approval of Bills\n\n2)                  Approval of Budget Entries\n")
    assert [title for _, _, title, _, _ in items(text)] == ["Call to Order", "Agenda Changes", "Consent Agenda"]
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert [line.stripped for line in found[0].lines if not line.blank][0].startswith("Chairman Bell")  # (no ':')


def test_a_line_in_capitals_and_a_colon_before_numbered_titles_so_printed_is_an_item_a_label_none():
    text = ("Minutes of the Ordinary Meeting of Hadbury County Council held on Monday 1st October, 2012\n\n"
            "OFFICIALS IN ATTENDANCE:\n\nMr H. Bell, County Manager\n\nCATHAOIRLEACH:\n\n"
            "The Cathaoirleach, Councillor V. Hale presided.\n\nSUSPEND STANDING ORDERS:\n\n"
            "With the agreement of the meeting the Cathaoirleach suspended Standing Orders.\n\n"
            "Proposed by Councillor D. Lind\n\nSeconded by Councillor V. Hale\n\nAND AGREED\n\n"
            "“That a vote of sympathy be extended to the family.”\n\n"
            "1.  MINUTES OF THE ORDINARY MEETING HELD ON 3RD SEPTEMBER, 2012:\n\nProposed by Councillor H. Keane\n\n"
            "2.  CORRESPONDENCE:\n\nThe correspondence was noted.\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "SUSPEND STANDING ORDERS", "MINUTES OF THE ORDINARY MEETING HELD ON 3RD SEPTEMBER, 2012", "CORRESPONDENCE"]


def test_a_long_title_in_title_case_before_a_colon_and_a_sentence_runs_in():
    title = "Public Observations on Matters Arising and Agenda Items Being Discussed at this Meeting"
    assert run_in(f"{title}: There were no public observations on matters arising.") == (
        title, "There were no public observations on matters arising.")
    long = "the clerk said that the members of the council had agreed on the matter of the hall and its roof"
    assert run_in(f"Hall: {long}") == ("Hall", long)  # (a short title as before)


def test_titles_in_capitals_and_a_colon_over_their_text_in_minutes_without_numbers_three_or_more():
    text = ("MINUTES\nHADBURY VILLAGE COUNCIL\nJuly 15, 2019\n\nMEMBERS PRESENT:\nMike Bell, Mayor\n\n"
            "MINUTES FROM THE JULY 1, 2019 REGULAR COUNCIL MEETING:\nThe Mayor asked for any additions.\n\n"
            "PRESENTATION OF BILLS:\nCouncil Member Hale moved to accept the bills.\n\nAUDIENCE:\n"
            "Ann Lind and Bob Moss were in attendance.\n\nPRESENTATION OF GUESTS:\nNone were presented.\n")
    assert [title for _, _, title, _, _ in items(text)] == [
        "MINUTES FROM THE JULY 1, 2019 REGULAR COUNCIL MEETING", "PRESENTATION OF BILLS", "PRESENTATION OF GUESTS"]
    two = text.split("AUDIENCE:")[0]  # two such titles are labels, not the minutes' structure
    assert [title for _, _, title, _, _ in items(two)] == []
    beside = text.replace("MEMBERS PRESENT:", "CALL TO ORDER\n\nThe Mayor opened the meeting.\n\nMEMBERS PRESENT:")
    assert [title for _, _, title, _, _ in items(beside)] == ["CALL TO ORDER"]  # beside other headings: labels


def test_a_motion_s_outcome_alone_over_its_vote_is_no_title_in_minutes_without_numbers():
    text = ("Minutes of Ordinary Council Meeting of Hadbury Council held on 24 August 2021\n\n"
            "Motion: (Bell/Hale)\nTHAT apologies from Councillor Lind be accepted.\n\nMotion Carried\n\n"
            "For Motion:                 Crs Bell, Hale, Lind, Moss and Ward\n\nCONFIRMATION OF MINUTES\n\n"
            "The minutes of the last meeting were confirmed as a correct record of the meeting.\n")
    assert [title for _, _, title, _, _ in items(text)] == ["CONFIRMATION OF MINUTES"]


def test_a_summary_of_motions_or_contents_before_the_minutes_is_no_item_nor_a_label_over_two_lines():
    text = ("MUNICIPAL COUNCIL OF HADBURY\nJune 17, 2014\n\nSUMMARY OF MOTIONS\n\nMOTION 140617.01 Minutes Annual "
            "Session May 20, 2014. 1\n\nMinutes of the regular session of Municipal Council held on June 17, 2014.\n\n"
            "Present:          Warden Reg Bell, Councillors: Wayne Hale, Paul Lind\n\nAlso\n\n"
            "Present:          CAO John Moss, Municipal Clerk Carolyn Ward, and other staff.\n\nMinutes\n\n"
            "Councillor Hale moved, seconded by Councillor Lind, that the minutes be approved as circulated.\n")
    assert [title for _, _, title, _, _ in items(text)] == ["Minutes"]


def test_numbers_with_a_spaced_dash_before_the_title():
    text = ("Minutes of the meeting\n\n1 - Welcome and Apologies.\n\nThe Chair welcomed all.\n\n"
            "2 – Declarations of Interest\n\nThere were none.\n\n3 - Planning\n\nNoted.\n")
    assert [i[:3] for i in items(text)] == [("1", None, "Welcome and Apologies"),
                                            ("2", None, "Declarations of Interest"), ("3", None, "Planning")]


def test_a_serial_joined_to_the_council_year_by_a_hyphen():
    text = ("Minutes of the meeting\n\n1-0607/8 - Welcome and Apologies.\n\nThe Chair welcomed all.\n\n"
            "2-0607/8 - Declarations of Interest\n\nThere were none.\n\n3-0607/8 – Planning\n\nNoted.\n")
    assert [i[0] for i in items(text)] == ["1-0607/8", "2-0607/8", "3-0607/8"]


def test_minute_references_of_letters_year_and_serial_apart_by_stops():
    text = ("Minutes of the meeting\n\nC.25.9 Prayer\nThe meeting opened with a prayer.\n\n"
            "C.25.10 Welcome, Apologies and Quorum\nReceived: apologies.\n\nC.25.11 Business of the Agenda\nNoted.\n")
    assert [i[:3] for i in items(text)] == [("C.25.9", None, "Prayer"),
                                            ("C.25.10", None, "Welcome, Apologies and Quorum"),
                                            ("C.25.11", None, "Business of the Agenda")]


def test_a_minute_reference_of_letters_serial_and_year_alone_over_its_title():
    text = ("Minutes of the meeting\n\nCMD.74.21\n\nElection of the Cathaoirleach\n\nMinutes:\n\nCllr A Bell was "
            "elected.\n\nCMD.75.21\n\nElection of the Leas Cathaoirleach\n\nMinutes:\n\nCllr B Hale was elected.\n")
    assert [i[:3] for i in items(text)] == [("CMD.74.21", None, "Election of the Cathaoirleach"),
                                            ("CMD.75.21", None, "Election of the Leas Cathaoirleach")]


def test_a_line_naming_the_minutes_of_a_board_of_trustees_under_the_title_is_no_item():
    text = ("August 2015 Minutes\n\nUnofficial Minutes of the Board of Trustees\n\nMeeting was called to order at "
            "6:05pm, August 20, 2015 in the upstairs reading room of the library.\n\nOld Business\n\nIt was decided "
            "to table a presentation on forming foundations until the next meeting.\n\nNew Business\n\nThe trustees "
            "reviewed the budget and the state aid documents with the director.\n")
    assert [i[2] for i in items(text)] == ["Old Business", "New Business"]


def test_one_numbered_line_among_plain_titles_is_a_reference_in_the_text_not_the_items_numbering():
    text = ("Minutes of the Ordinary Council Meeting\n\nOpening of Ordinary Meeting\n\nThe meeting commenced at 5.00pm "
            "with the Mayor in the chair and all councillors present.\n\nAcknowledgement of Country\n\nWe respectfully "
            "acknowledge the traditional custodians of the land on which we meet.\n\nDisclosure of Interest\n\n"
            "Councillor Bell declared an interest in the following report of the director:\n\n"
            "SI20/13 Toormina BMX Upgrade Project\n\nThe interest was a non-pecuniary one of long standing and "
            "Councillor Bell stayed in the room.\n")
    assert [i[2] for i in items(text)] == ["Opening of Ordinary Meeting", "Acknowledgement of Country",
                                           "Disclosure of Interest"]


def test_a_motion_s_label_with_its_mover_and_seconder_in_brackets_is_no_title():
    text = ("Minutes of the Ordinary Council Meeting\n\nOpening of Ordinary Meeting\n\nThe meeting commenced at 5.00pm "
            "with the Mayor in the chair and all councillors present.\n\nConfirmation of Minutes\n\nThe minutes of the "
            "last ordinary meeting were put to the meeting for confirmation.\n\nResolved (Cr Ann Bell / Cr Tom Hale)"
            "\n\nThat the minutes of the Ordinary Meeting held on 9 July 2020 be confirmed as a true record.\n")
    assert [i[2] for i in items(text)] == ["Opening of Ordinary Meeting", "Confirmation of Minutes"]


def test_a_title_block_runs_down_to_its_date_with_the_time_after_it():
    text = ("Ordinary Council Meeting Minutes\n\nHADBURY CITY COUNCIL\n\nOrdinary Council Meeting\n\n"
            "COUNCIL ADMINISTRATION BUILDING\n\nCNR COFF AND CASTLE STREETS, HADBURY\n\nON\n\n"
            "Thursday, 23 July 2020 AT 5.00pm\n\nOpening of Ordinary Meeting\n\nThe meeting commenced at 5.00pm with "
            "the Mayor in the chair and all councillors present.\n\nAcknowledgement of Country\n\nWe respectfully "
            "acknowledge the traditional custodians of the land on which we meet.\n")
    assert [i[2] for i in items(text)] == ["Opening of Ordinary Meeting", "Acknowledgement of Country"]


def test_the_agenda_s_number_in_a_column_after_the_minute_s_reference_is_no_part_of_the_title():
    text = ("Minutes of Parish Council 22 November 2023\n\nC048/23      1.         APOLOGIES FOR ABSENCE.\n\nNone.\n\n"
            "C049/23      2.         DECLARATIONS OF INTEREST\n\nNone.\n\nC050/23      3.         PUBLIC QUESTIONS.\n\n"
            "None.\n")
    assert [(minute, agenda, title) for minute, agenda, title, _, _ in items(text)] == [
        ("C048/23", "1", "APOLOGIES FOR ABSENCE"), ("C049/23", "2", "DECLARATIONS OF INTEREST"),
        ("C050/23", "3", "PUBLIC QUESTIONS")]


def test_a_list_of_names_each_with_initials_in_brackets_is_no_title_with_an_agenda_code():
    text = ("Library Board Meeting\n\nJune 12, 2019\n\nPresent: Ann Bell (AB), Tom Hale (TH)\n\nRegrets: Jo Lind (JL), "
            "Di Moss (DM)\n\nMinutes Approved (D)\nApproved.\n\nAdjournment (L)\nAt 9 pm.\n")
    assert [title for _, _, title, _, _ in items(text)] == ["Minutes Approved", "Adjournment"]


def test_an_address_whose_street_a_bullet_parts_from_its_town_is_no_item():
    text = ("HADBURY COMMUNITY COLLEGE DISTRICT\nBOARD OF TRUSTEES\nMINUTES – REGULAR MEETING\nWednesday, December 19, "
            "2007 • 9:00 a.m.\nEducational Services Center • Board Room\n770 Hadbury Boulevard • Hadbury, California "
            "90017\nThe meeting was called to order at 9:12 a.m.\nRECESS\nThe meeting recessed.\nADJOURNMENT\n"
            "The meeting adjourned.\n")
    assert all(minute != "770" for minute, _, _, _, _ in items(text))


def test_a_weekday_alone_on_its_line_between_the_date_and_the_time_is_no_item():
    text = ("STATEMENT OF PROCEEDINGS OF THE BOARD OF SUPERVISORS\n\nOCTOBER 18, 2011\n\nTUESDAY              \n\n"
            "8:30 A.M.\n\nOPENING COMMENTS:\n\nSupervisor Bell spoke.\n\nCONSENT CALENDAR:\n\nApproved.\n")
    assert "TUESDAY" not in [title for _, _, title, _, _ in items(text)]


def test_a_numbered_heading_naming_only_a_mover_and_seconder_is_titled_by_what_it_resolved():
    text = ("1. J. Bell – D. Hale\nRESOLVED THAT the Agenda be adopted as presented.\nCarried.\n\n"
            "2. D. Hale – S. Kerr\nWHEREAS the hall roof leaks in the winter months;\nTHEREFORE BE IT RESOLVED THAT "
            "the contract for the repair of the hall roof and its gutters be awarded to the lowest bidder.\nCarried.\n")
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert [(i.minute, i.title, i.lines[0].text) for i in found] == [
        ("1", "The Agenda be adopted as presented", "J. Bell – D. Hale"),
        ("2", "The contract for the repair of the hall roof and its gutters", "D. Hale – S. Kerr")]


def test_an_attendance_label_run_into_the_names_it_lists_is_the_title():
    assert [i[2] for i in items("1.  Attendance. J. Bell in the chair.\n\n2.  Apologies for absence. T. Hale & K. Lind."
                                "\n\n3.  Matters Arising.  None.\n")] == ["Attendance", "Apologies for absence",
                                                                         "Matters Arising"]


def test_a_title_in_capitals_run_into_text_after_its_colon_however_many_capitals_open_the_text():
    text = ("1. CALL TO ORDER AND ROLL CALL: Chair Bell called the\nmeeting to order at 2:00 p.m.\n"
            "2. CITIZEN COMMENTS: Tom Hale spoke.\n")
    assert [i[2] for i in items(text)] == ["CALL TO ORDER AND ROLL CALL", "CITIZEN COMMENTS"]


def test_a_resolution_numbered_as_an_item_with_no_title_of_its_own_is_titled_by_what_it_resolved():
    text = ("#316/2018 BE IT RESOLVED THAT the Agenda for the November 21, 2018 Regular Meeting be adopted as "
            "prepared.\n\nCARRIED.\n\n#317/2018 BE IT RESOLVED THAT the Minutes of the October meeting be approved as "
            "presented.\n\nCARRIED.\n")
    assert [(i[0], i[2]) for i in items(text)] == [
        ("316/2018", "The Agenda for the November 21, 2018 Regular Meeting be adopted"),
        ("317/2018", "The Minutes of the October meeting be approved as presented")]
    moved = ("C/720/19 Moved by Mr. Bell that the minutes of the September 12, 2019 meeting be approved as presented. "
             "Carried Unanimously.\n\nC/721/19 Moved by Mrs. Hale that the presentation by the MLA be received for "
             "information. Carried Unanimously.\n")
    assert [(i[0], i[2]) for i in items(moved)] == [
        ("C/720/19", "The minutes of the September 12, 2019 meeting be approved as presented"),
        ("C/721/19", "The presentation by the MLA be received for information")]


def test_a_roster_of_governors_each_kind_in_brackets_after_a_semicolon_list_is_no_agenda_s_codes():
    text = ("A Meeting of the Hadbury School Governing Board\n\nwas held on Thursday 5th December 2019.\n\n"
            "Mr C Bell [CB] Chair (FTG); Mr M Hale [MH] Headmaster (SG); Mrs J Lind [JL] Vice Chair (FTG)\n\n"
            "Dr S Moss [SM] (PAFTG); Ms S Kerr [SK] (CG); Mr S Ross [SR] (LA)\n\n"
            "Mr S Ward [SW] (FTG); Mrs D Penn [DP] (FTG); Mr A Hart [AH] (SG)\n\nMinutes of the last meeting were "
            "approved.\n")
    assert items(text) == []
