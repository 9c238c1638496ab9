"""recognise.py: a meeting document read from the evidence at its top, one test per kind of evidence."""

import datetime as dt

import pytest

from minutebook.importer.bodynames import authority_named
from minutebook.importer.file_names import file_body
from minutebook.importer.lines import plain, read_lines
from minutebook.importer.parts import split_parts
from minutebook.importer.recognise import body_name, recognise


def read(text: str, name: str = "doc.txt"):
    return recognise(read_lines(name, text)[0], 0, whole=True)


def test_title_sentence_names_the_body_and_its_date_not_the_signing_date():
    text = ("Members are hereby summoned to attend a Meeting of Little Hadbury Parish Council to be held at\n"
            "the School, on Wednesday 10 October 2018 at 1900.\nSigned\nDate: 4th October 2018\n\n1. APOLOGIES\n")
    found = read(text)
    assert (found.body, str(found.date), found.kind) == ("Little Hadbury Parish Council", "2018-10-10", "agenda")
    assert "a title sentence" in found.why


def test_a_summons_under_the_councils_name_dates_the_meeting_not_the_clerks_signature():
    text = ("HADBURY TOWN COUNCIL\n\nTo: All Members of the Town Council\n\nYou are hereby summoned to attend a "
            "meeting of the Town Council to be held at the Town Hall, Market Street,\nHadbury on Tuesday 9 April "
            "2024 at 7.00 pm for the purpose of transacting the business below.\n\nJane Smith\nTown Clerk\n"
            "2 April 2024\n\nAGENDA\n\n1. Apologies for absence\n")
    found = read(text)
    assert (found.body, str(found.date), found.kind) == ("Hadbury Town Council", "2024-04-09", "agenda")
    nothing = read(text.replace("to be held at the Town Hall, Market Street,\nHadbury on Tuesday 9 April 2024 at "
                                "7.00 pm", "at the Town Hall"))
    assert str(nothing.date) == "2024-04-02"  # no date told for the meeting: the one printed alone


def test_a_notice_that_the_body_will_hold_a_meeting_names_it_and_dates_the_meeting():
    text = ("CITY OF RIVERTON\nNOTICE AND AGENDA\n\nPosted: May 30, 2024\n\nNOTICE IS HEREBY GIVEN that the "
            "Riverton City Council will hold a regular meeting on Monday, June 3, 2024 at\n7:00 p.m. in the Council "
            "Chambers.\n\n1. Call to Order\n")
    found = read(text)
    assert (found.body, str(found.date), found.kind) == ("Riverton City Council", "2024-06-03", "agenda")


def test_a_meeting_s_notes_are_its_minutes_and_the_month_in_their_title_is_no_part_of_the_body_s_name():
    found = read("Notes: September 2017 DCS GIS Solutions Group Meeting\n\nDate: September 19, 2017  2:30 pm\n\n"
                 "Participants: Raj Nadkarni, TCEQ\n\n## Adopt Charter\n\nCharter not adopted.\n", name="page.md")
    assert (found.body, str(found.date), found.kind) == ("DCS GIS Solutions Group", "2017-09-19", "minutes")


def test_minutes_that_open_with_their_own_agenda_are_minutes(tmp_path):
    from minutebook.importer.extract import extract_text

    source = tmp_path / "2022-01-14-review-committee-minutes.md"
    source.write_text("# Agenda\n1. Status of agreements\n2. Training 2022\n\n# Minutes\n\n## Attendees\n"
                      "- NGI: Rink Kruk\n\n## Status of agreements\nBoth were approved.\n", encoding="utf-8")
    found = recognise(read_lines(str(source), extract_text(source).text)[0], 0, whole=True)
    assert (found.kind, str(found.date)) == ("minutes", "2022-01-14")


def test_minutes_under_an_agenda_heading_that_tell_how_each_proposal_went_are_minutes(tmp_path):
    from minutebook.importer.extract import extract_text

    source = tmp_path / "board-meeting-2024-02-03.md"
    text = ("+++\ndate = 2024-02-03\n+++\n\n## Attendees\n\n- Ann Bell\n\n## Agenda\n\n"
            "1. Adopt bylaws\n2. Elect officers\n\n## Adopt Bylaws\n\nProposed by: Ann\n\n{result}\n\n"
            "## Officers\n\nAnn for President.\n\nProposed by: Ann\n\n{result}\n")
    source.write_text(text.format(result="Unanimously approved."), encoding="utf-8")
    assert recognise(read_lines(str(source), extract_text(source).text)[0], 0, whole=True).kind == "minutes"
    source.write_text(text.format(result=""), encoding="utf-8")
    assert recognise(read_lines(str(source), extract_text(source).text)[0], 0, whole=True).kind == "agenda"


def test_a_meeting_system_s_agenda_heading_over_what_the_meeting_did_starts_minutes():
    text = ("BOROUGH OF ALDER\n\nCOUNCIL MEETING AGENDA\n\nMONDAY, SEPTEMBER 25, 2023.\n\n"
            "PRESENT – President Bell, Councilman Hale were present.\n\n"
            "MINUTES – Councilman Hale made a motion to approve the minutes. {result}\n\n"
            "BUDGET – Councilman Hale made a motion to adopt the budget. {result}\n")
    assert split_parts(read_lines("doc.txt", text.format(result="Motion carried 2-0."))[0])[-1].kind == "minutes"
    assert split_parts(read_lines("doc.txt", text.format(result=""))[0])[-1].kind == "agenda"


def test_a_link_to_the_agenda_over_a_teleconference_s_record_is_no_agenda():
    text = ("GNSO Council Teleconference\n18 May 2006\n\nProposed agenda and related documents\n\n"
            "List of attendees:\nAnn Bell - Registrars\n\n{record}\n\nApproval of agenda\n")
    record = "Quorum present at 14:07 UTC.\n\nAnn Bell chaired this teleconference."
    assert recognise(read_lines("doc.txt", text.format(record=record))[0], 0).kind == "minutes"
    assert recognise(read_lines("doc.txt", text.format(record=""))[0], 0).kind == "agenda"


def test_a_toml_front_matter_s_title_names_and_dates_a_page_kept_as_index_md(tmp_path):
    from minutebook.importer.extract import extract_text

    source = tmp_path / "index.md"
    source.write_text('+++\ntitle = "Board meeting: 2024-02-03"\ndate = 2024-02-03\n+++\n\n## Attendees\n\n'
                      "- Ann Bell\n\n## Adopt Bylaws\n\nProposed by: Ann\n\nUnanimously approved.\n", encoding="utf-8")
    found = recognise(read_lines(str(source), extract_text(source).text)[0], 0, whole=True)
    assert (found.body, str(found.date), found.kind) == ("Board", "2024-02-03", "minutes")


def test_a_heading_saying_when_the_meeting_took_place_dates_it_over_a_release_date_above():
    found = read("MONETARY COMMITTEE\n\nDecember 9, 2019\n\nReport on the discussions prior to deciding\n\n"
                 "The discussions took place on November 24 and 25, 2019.\n\nGeneral\n\nThe Committee met.\n")
    assert str(found.date) == "2019-11-24"


def test_the_above_council_is_the_title_above():
    text = ("LITTLE HADBURY COMMUNITY COUNCIL\n\nMinutes of a meeting of the above Council held on Monday 25th June\n"
            "at 7.00pm in the Village Hall.\n\nPresent: Cllr A Smith\n")
    found = read(text, "2018-06-25-community-council-minutes.txt")
    assert (found.body, str(found.date)) == ("Little Hadbury Community Council", "2018-06-25")
    assert "the year from the file name" in found.why


def test_letter_spaced_title_is_closed_up():
    assert plain("H E R T F O R D   P A R I S H   C O U N C I L") == "HERTFORD PARISH COUNCIL"


def test_a_tab_between_every_word_reads_as_spaces():
    assert plain("MINUTES\t  OF\t  A\t  MEETING") == "MINUTES OF A MEETING"


def test_title_wrapped_over_two_lines_with_the_authority_after_of():
    text = ("PUBLIC NOTICE OF SPECIAL MEETING OF THE PLANNING\nCOMMITTEE MEMBERS OF THE WESTSHIRE FINANCE AUTHORITY\n\n"
            "Tuesday, December 8, 2020\n")
    assert read(text).body == "Planning Committee"


def test_annual_parish_meeting_is_its_own_body():
    assert body_name("MINUTES OF THE ANNUAL PARISH MEETING 25 APRIL 2023") == "Parish Meeting"
    assert body_name("Westshire Libraries Ltd Annual General Meeting") == "Annual General Meeting"


def test_a_general_meeting_printed_alone_is_the_body():
    assert body_name("Annual General Meeting") == "Annual General Meeting"
    assert body_name("Minutes of the Annual General Meeting") == "Annual General Meeting"


def test_an_organisation_s_annual_meeting_is_its_own_body():
    assert body_name("HacDC Annual Meeting February 21, 2009") == "Annual Meeting"
    assert body_name("Annual Meeting") == "Annual Meeting"
    assert body_name("ANNUAL MEETING OF THE PARISH COUNCIL") == "Parish Council"
    assert body_name("Annual Town Meeting") == "Town Meeting"


def test_a_general_meeting_named_in_lower_case_in_a_title_is_the_body():
    assert body_name("Minutes of general meeting") == "General Meeting"
    assert body_name("minutes of the committee") is None  # the tail of a sentence


def test_a_meeting_named_by_its_initials_alone_is_that_meeting():
    assert body_name("AGM Minutes 2019-09-14") == "Annual General Meeting"
    assert body_name("Minutes of the EGM") == "General Meeting"
    assert body_name("Broomhill Community Council AGM") == "Broomhill Community Council"


def test_a_body_s_name_printed_twice_running_is_the_name_once():
    assert body_name("ASUCD Senate ASUCD Senate/Minutes Meeting") == "ASUCD Senate"


def test_an_association_is_a_body_where_its_name_is_capitalised():
    assert body_name("WESTSHIRE DOWNTOWN RESIDENTS ASSOCIATION") == "Westshire Downtown Residents Association"
    assert body_name("Hadbury Lake Association") == "Hadbury Lake Association"
    assert body_name("Mandate of the association") is None


def test_an_annual_general_meeting_over_its_venue_and_date_names_the_body():
    text = ("Agenda\n\nAnnual General Meeting - Hadbury Village Hall, August 24, 2019, 10:00 am\n\n"
            "Mandate of the association:\n")
    assert read(text).body == "Annual General Meeting"


def test_meeting_number_in_brackets_is_not_part_of_the_name():
    assert body_name("Minutes of Meeting (no.435) of Hadbury Community Council held on") == "Hadbury Community Council"


def test_a_name_must_end_with_its_body_word():
    assert body_name("CITY COUNCIL BILL") is None
    assert body_name("Board of Estimates") == "Board of Estimates"


def test_an_office_that_serves_a_body_names_the_body_it_serves():
    assert body_name("Secretariat of the Monetary Committee") == "Monetary Committee"
    assert body_name("Office of the Board of Supervisors") == "Board of Supervisors"
    found = read("BANK OF ISRAEL\n\nSecretariat of the Monetary Committee\n\nApril 20, 2020\n\n"
                 "# Report on the discussions\n\nThe Committee met.\n")
    assert found.body == "Monetary Committee"


def test_ordinal_meeting_of_the_body():
    assert body_name("3rd Meeting of City Council") == "City Council"


def test_body_and_date_from_the_file_name_when_the_text_has_no_heading():
    text = "Present: Cllrs Evans and Shewell.\n\n3681.\tPolice Reports: None received.\n"
    found = read(text, "2024-04-29-community-council-minutes.txt")
    assert (found.body, str(found.date), found.kind) == ("Community Council", "2024-04-29", "minutes")
    assert "file name" in found.why
    assert file_body("2016-09-29-agm-agenda.pdf") is None


def test_numeric_date_read_month_first_where_the_document_writes_dates_month_first():
    text = "City Council\nSPECIAL MEETING AGENDA\nDate: 2/9/2021\n\nCity Council Agenda\nFebruary 9, 2021\n"
    assert str(read(text).date) == "2021-02-09"


def test_an_address_in_a_link_is_not_a_kind_word():
    text = ("CITY COUNCIL\nFebruary 11, 2025\n[link](https://example.org/Meeting.aspx?Agenda=PostMinutes)\n\n"
            "Present: A\n")
    assert read(text, "2025-02-11-city-council-minutes.md").kind_from == "file name"


def test_consent_agenda_and_future_agenda_items_are_not_agenda_headings():
    text = ("CITY COUNCIL MEETING MINUTES\nAUGUST 17, 2015\n\nCONSENT AGENDA\n\nstuff\n\n"
            "12. ITEMS FOR FUTURE AGENDA\n")
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.kind, p.body) for p in parts] == [("minutes", "City Council")]


def test_an_item_labelled_by_its_number_in_words_names_no_kind_of_document_at_the_top():
    text = ("Village of Tularosa-Regular Meeting-October 17, 2006\nThe Board of Trustees of the Village of Tularosa "
            "met in a Regular Meeting\nTuesday, October 17, 2006 at 7:00 P. M.\nMayor Ray S. Cordova, Trustee Patrick "
            "Garcia, Trustee Margaret Trujillo\nItem 1. Consideration of Agenda and Consent Agenda\nTrustee Garcia "
            "moved to approve the agenda, seconded by Trustee Trujillo. Motion carried.\n")
    found = read(text)
    assert (found.kind, found.body) == ("minutes", "Board of Trustees")


def test_a_later_page_with_its_own_minutes_title_starts_a_new_part():
    text = ("HOUSING AUTHORITY\nAGENDA\nNovember 15, 2022\n\n1. Minutes\n\f\n"
            "MINUTES OF THE REGULAR MEETING\nWESTSHIRE HOUSING AUTHORITY\nOCTOBER 18, 2022\n\nThe Chair called ...\n")
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.kind, p.body, str(p.date)) for p in parts] == [
        ("agenda", "Housing Authority", "2022-11-15"), ("minutes", "Westshire Housing Authority", "2022-10-18")]



def test_a_later_page_naming_a_meeting_in_a_sentence_carried_on_is_no_new_part():
    text = ("CITY COUNCIL\nAGENDA\nJanuary 5, 2021\n\n1. Approval of Committee Minutes.\n\f\n"
            "           21-055   Approval of Committee Minutes.\n\n"
            "Recommendation:     (a) Regular Joint Meeting for the Rules and Open Government\n"
            "                    Committee and Committee of the Whole Meeting Minutes of\n"
            "                    September 23, 2020.\n")
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.kind, p.body) for p in parts] == [("agenda", "City Council")]

def test_the_import_report_says_why_each_document_was_read_as_it_was(tmp_path):
    from minutebook.importer import run_import
    source = tmp_path / "2024-04-29-community-council-minutes.txt"
    source.write_text("Present: Cllrs Evans and Shewell.\n\n3681.\tPolice Reports: None received.\n", encoding="utf-8")
    summary = run_import([source], tmp_path / "content", root=tmp_path).summary()
    assert "how each document was read:" in summary
    assert "minutes of Community Council, 2024-04-29: body 'Community Council' (line 1: the file name)" in summary


def test_a_files_meeting_date_label_beats_a_heading_copied_from_another_meeting_and_the_import_says_so(tmp_path):
    """A repository's or agenda system's 'Meeting date:' over minutes whose heading still prints an earlier
    meeting's date and time: the meeting is the label's, the heading's time is not taken, and a warning names both."""
    from minutebook.importer import run_import
    source = tmp_path / "canvass.md"
    source.write_text("# Board of Canvassers Meeting\n> Meeting date: 2023-09-19\n\n---\n\n"
                      "BOARD OF CANVASSERS\nMeeting Minutes\n12:00 PM, Tuesday, August 22, 2023\nCouncil Chambers\n\n"
                      "1. Election returns\nThe results were accepted.\n", encoding="utf-8")
    result = run_import([source], tmp_path / "content", root=tmp_path)
    meetings = sorted(p.name for p in (tmp_path / "content").rglob("20*.md"))
    assert meetings == ["2023-09-19.md"], meetings
    assert "start:" not in next((tmp_path / "content").rglob("2023-09-19.md")).read_text(encoding="utf-8")
    warned = [str(w) for w in result.warnings if w.code == "meeting-date-disagrees"]
    assert len(warned) == 1 and "canvass.md:2:" in warned[0] and "2023-08-22 (line 8)" in warned[0], warned


def test_a_date_on_a_title_line_wins_over_one_inside_a_sentence_below():
    text = ("CITY OF HADBURY     TUESDAY, DECEMBER 8, 2020 - 6:30 PM\nCITY COUNCIL AGENDA AND NOTICE\n\n"
            "Video Conference     Tuesday, December 8, 20206:30 PM\n\n"
            "This meeting will be conducted in accordance with the Executive Order N-29-20,\n"
            "dated March 17, 2020. All members of the City Council will participate by video.\n")
    assert str(read(text).date) == "2020-12-08"


@pytest.mark.parametrize(("text", "read_as", "why"), [
    # an authority beside its regular meeting
    ("AGENDA\nBorough of Westfield  — Regular Meeting\nWestfield Municipal Complex, Council Chambers\n"
     "July 12, 2016 — 7:00 PM\n\nI.   Call to Order\n\n1. Consider action on the recommendation from the "
     "Code Enforcement Committee\n", ("Borough of Westfield", "2016-07-12", "agenda"), "an authority's name"),
    # an authority over its date and a first sentence calling its meeting to order
    ("Town of Elmwood\nFebruary 19, 2020\n\nCALL TO ORDER\nChair Ann Bell called the monthly meeting to order on "
     "February 19, 2020 at 6:30 pm at the Town Hall. Board members present were supervisors Ann Bell and Tom Hale.\n",
     ("Town of Elmwood", "2020-02-19", "minutes"), "an authority's name"),
    # a committee's initials before 'meeting' and the date
    ("TSC meeting 2021-05-06 (our third)\n\nHost: Ann Bell\n\nAttendees:\n\nTSC members:\n"
     "  * Tom Hale, Acme Rendering\n  * Kit Lind, Blue Pixel\n\nThe charter was approved.\n",
     ("TSC", "2021-05-06", "minutes"), "a name before 'Meeting' or 'Minutes'"),
])
def test_a_heading_with_no_body_word_names_the_meeting_as_printed(text, read_as, why):
    found = read(text, "SCAN0001.txt")
    assert (found.body, str(found.date), found.kind) == read_as
    assert why in found.why


def test_who_was_present_as_a_heading_of_their_own_marks_minutes_where_the_top_names_no_kind():
    text = ("General Meeting 17:00 21-Oct-2021\n\nHeld at the Guildhall\n\nTrustees Present\n\nAnn Bell, Tom Hale\n\n"
            "Apologies\n\nKit Lind\n\nReport\n\nAnn Bell presented a brief report.\n")
    assert read(text, "document.txt").kind == "minutes"


def test_notes_of_who_said_what_are_minutes_where_the_top_names_no_kind():
    text = ("ABC Working Group Meeting – 13:50-15:50 Monday 4th Nov 2019\n\n   o Chairs: Ann Bell, Tom Hale\n\n"
            "1. Introduction\n\nAnn Bell: [draft-abc-one] Will be posting it soon.\nKit Lind: [draft-abc-two] "
            "Already posted.\nTom Hale: Please take a look at this.\n")
    assert read(text, "document.txt").kind == "minutes"
    agenda = "ABC Working Group Meeting – Monday 4th Nov 2019\n\nChairs: Ann Bell, Tom Hale\n\n1. Introduction\n"
    assert read(agenda, "document.txt").kind == "agenda"


def test_a_heading_naming_only_a_kind_of_meeting_and_its_date_names_the_meeting_when_no_body_is_printed():
    text = ("Minutes of the Regular Meeting on October 18th, 2021\nThe meeting was held over the internet.\n\n"
            "### Opening\nThe meeting was opened by the President at 7:13 pm.\n")
    found = read(text, "minutes202110.md")
    assert (found.body, str(found.date), found.meeting_type) == ("Regular Meeting", "2021-10-18", "regular")
    assert "a kind of meeting" in found.why


def test_a_member_s_or_business_meeting_named_with_its_date_names_the_meeting():
    text = ("## 2024-06-03 Member's Meeting\n\nMinutes recorded by: **Ann Bell**\n\n### Greg: Wants a new lathe\n\n"
            "Discussed.\n")
    found = read(text, "minutes.md")
    assert (found.body, str(found.date)) == ("Member's Meeting", "2024-06-03")


def test_a_business_meeting_named_in_the_title_outranks_a_body_word_only_among_the_items_far_below():
    reports = "".join(f"### Report {n}\n\nNothing to report this month.\n\n" for n in range(1, 30))
    text = ("August 2022 Business Meeting Minutes\n\n* Meeting called to order by President Jake Lee at 19:01, "
            f"August 16, 2022\n* 20 members in attendance\n\n## Consent Agenda\n\n{reports}"
            "#### Technical Committee\n\nSeth asked for a committee.\n")
    found = read(text, "august-minutes.md")
    assert (found.body, str(found.date)) == ("Business Meeting", "2022-08-16")


def test_a_meeting_named_for_what_it_is_for_with_its_date_under_it_names_the_meeting():
    text = ("Minutes Meeting for Worship with a Concern for Business\n\nMarch 18, 2012\n\nIn Attendance: Ann Bell, "
            "Tom Hale\n\n1. Open Worship\n\n2. Library\n\nCommittee\n")
    found = read(text, "minutes.rst")
    assert (found.body, str(found.date)) == ("Meeting for Worship with a Concern for Business", "2012-03-18")


def test_a_body_printed_beside_the_kind_of_meeting_is_the_body_not_the_meeting():
    text = "Minutes of the Regular Meeting of the Parish Council on October 18th, 2021\n\n1. Apologies\n"
    assert read(text, "minutes.txt").body == "Parish Council"


def test_the_body_whose_previous_meeting_minutes_are_approved_is_named_without_the_approval():
    assert body_name("Approve minutes from previous Public Board Meeting") == "Board"
    assert body_name("Approval of the minutes of the last Parish Council meeting") == "Parish Council"


def test_the_tail_of_a_sentence_ending_in_a_body_word_is_no_body_name():
    assert body_name("this is based on the recommendation from the Code Enforcement Committee") is None


def test_a_decision_forms_heading_wrapped_over_two_lines_names_the_body():
    text = ("    Decision Recording Form\n Decision determined at Transport & Parks Policy\n"
            " Committee meeting on 15 May 2025\n\n\nCommittee Members present:\nCouncillor Ann Hale\n")
    found = read(text, "decisions.txt")
    assert (found.body, str(found.date)) == ("Transport & Parks Policy Committee", "2025-05-15")


def test_title_words_spaced_out_across_the_line_are_one_title():
    assert plain("City    Council       Meeting") == "City Council Meeting"


def test_capitals_spread_by_a_pdf_read_as_one_title():
    assert plain("MORGAN   HILL FINANCING  AUTHORITY   MEETING") == "MORGAN HILL FINANCING AUTHORITY MEETING"
    assert plain("AYES      NOES") == "AYES      NOES"  # a wide gap: two columns


def test_body_under_a_line_that_says_only_what_the_document_is_beats_the_letterhead():
    text = ("Minutes: June 13, 2019\n\nElections Commission\nCity of Hadbury\n\nMEETING MINUTES\n"
            "Open Data Technical Advisory Committee\nof the Hadbury Elections Commission\nThursday, June 13, 2019\n\n"
            "1. Call to Order\n")
    found = read(text)
    assert (found.body, str(found.date)) == ("Open Data Technical Advisory Committee", "2019-06-13")
    assert "under a line that says only what the document is" in found.why


def test_a_name_beginning_with_open_or_public_keeps_it():
    assert body_name("Open Data Advisory Committee") == "Open Data Advisory Committee"
    assert body_name("Public Works Committee") == "Public Works Committee"
    assert body_name("OPEN SESSION OF THE FINANCE COMMITTEE") == "Finance Committee"
    assert body_name("OPEN BOARD MEETING MINUTES") == "Board"


def test_a_board_named_for_its_members_keeps_them():
    assert body_name("REGULAR MEETING OF THE BOARD OF DIRECTORS") == "Board of Directors"
    assert body_name("Board of Trustees") == "Board of Trustees"
    assert body_name("Hadbury Rowing Club Board of Directors") == "Hadbury Rowing Club Board of Directors"  # (its
    # organisation's name before it: not 'Board')
    assert body_name("Conduit Financing Committee of the Illinois Finance Authority") == "Conduit Financing Committee"


@pytest.mark.parametrize(("segment", "body", "authority"), [
    ("SIERRA VALLEY WATER DISTRICT BOARD OF DIRECTORS MEETING", "Board of Directors", "Sierra Valley Water District"),
    ("Regular Meeting of the Port of Seabrook Board of Commissioners", "Board of Commissioners", "Port of Seabrook"),
    ("The Fenwick Township Board of Supervisors", "Board of Supervisors", "Fenwick Township"),
    ("LAKESIDE HOUSING AUTHORITY BOARD OF COMMISSIONERS", "Board of Commissioners", "Lakeside Housing Authority"),
    ("Lakeside Regional Transportation District Board of Directors", "Board of Directors",
     "Lakeside Regional Transportation District"),
    ("Hadbury Rowing Club Board of Directors", "Hadbury Rowing Club Board of Directors", None),  # no authority
])
def test_a_board_named_for_its_members_after_its_authoritys_name(segment, body, authority):
    assert (body_name(segment), authority_named(segment)) == (body, authority)


def test_a_welsh_councils_name_printed_before_its_english_one():
    assert body_name("CYNGOR CYMUNED HADBURY COMMUNITY COUNCIL") == "Hadbury Community Council"
    assert body_name("Cyngor Tref Hadbury Town Council") == "Hadbury Town Council"


def test_an_authoritys_name_over_one_of_its_bodies_named_as_the_documents_subject_is_a_letterhead():
    found = read("HADBURY DISTRICT COUNCIL\n\nEXECUTIVE - RECORD OF DECISIONS\n\nDate of meeting:  Wednesday, 7 "
                 "February 2024\n\nPresent: Councillors Bell and Hale\n")
    assert (found.body, found.authority) == ("Executive", "Hadbury District Council")


def test_an_annual_general_meeting_named_by_its_abbreviation_and_year():
    text = ("Hadbury Parish Council AGM 2016\n\nMINUTES OF HADBURY PARISH COUNCIL AGM MEETING HELD AT THE VILLAGE HALL "
            "ON\n\nTUESDAY MAY 10th 2016\n\nOPEN FORUM\n\nResidents raised parking.\n")
    found = read(text)
    assert (found.body, str(found.date), found.meeting_type) == ("Hadbury Parish Council", "2016-05-10", "annual")
    assert body_name("Hadbury Parish Council AGM 2016") == "Hadbury Parish Council"


def test_a_title_sentence_a_converter_broke_up_a_word_a_paragraph():
    text = ("MINUTES OF PROCEEDINGS AT MEETING OF HADBURY CITY AND\n\nCOUNTY\n\nCOUNCIL\n\nHELD\n\nIN\n\nTHE\n\n"
            "COUNCIL\n\nCHAMBER,\n\nHADBURY, ON MONDAY, 23RD MAY, 2016, AT 3.00PM.\n\nMEMBERS PRESENT:\n\n"
            "Councillors Hale, Lind.\n\n1.\n\nAdoption of Minutes\n")
    found = read(text)
    assert (found.body, str(found.date)) == ("Hadbury City and County Council", "2016-05-23")


def test_a_journal_of_the_proceedings_names_the_body_after_it():
    assert body_name("JOURNAL OF THE PROCEEDINGS OF THE CITY COUNCIL") == "City Council"


def test_an_agenda_item_label_over_minutes_does_not_make_them_an_agenda():
    found = read("AGENDA ITEM III.1.a\nRegular Board Meeting\nApproved Minutes\nApril 9, 2018\n\nI. Call to Order\n")
    assert (found.kind, str(found.date)) == ("minutes", "2018-04-09")


def test_a_line_saying_minutes_alone_outweighs_agenda_in_the_meeting_s_name_above_it():
    text = ("Hadbury County Board of Education Meeting Agenda at 6:30 p.m.\nTuesday, October 19, 2021\n\n"
            "MINUTES - Unapproved\n1. Call to Order and Roll Call\nThe President called the meeting to order.\n")
    assert read(text).kind == "minutes"
    assert read(text.replace("MINUTES - Unapproved\n", "")).kind == "agenda"


def test_agenda_alone_inside_minutes_is_their_order_of_business():
    text = ("Minutes of Meeting of Hadbury Community Council held on\n9th October 2024\n\n Agenda\n"
            " 1. Present: Ann Bell, Tom Hale\n")
    assert read(text).kind == "minutes"


def test_a_title_naming_the_minutes_by_date_names_the_body_without_a_body_word():
    text = ("Crime and Justice Transparency minutes from 3rd August 2011\n\nPresent:\n\nEmer Coleman, Greater London "
            "Authority\nIain Bell, Ministry of Justice\n\n1. Welcome\n")
    found = read(text)
    assert (found.body, str(found.date)) == ("Crime and Justice Transparency", "2011-08-03")
    assert read("Draft minutes of the Planning Committee held on 3 August 2011\n\n1. Welcome\n").body == \
        "Planning Committee"  # 'minutes of' a body, not of a date: the body word's rules


def test_an_agenda_filled_in_with_who_seconded_each_motion_is_minutes():
    text = ("Agenda\n\nAnnual General Meeting - Hadbury Village Hall, August 24, 2019, 10:00 am\n\n"
            "Financial Report\n\nMove to accept the report by: Ann Smith\n\nSeconded by: Bob Jones\n\n"
            "Move to adjourn\n\nMoved by Carol White\n\nSeconded: Dave Brown\n")
    assert read(text).kind == "minutes"
    blank = text.replace("Seconded by: Bob Jones", "Seconded by:").replace("Seconded: Dave Brown", "Seconded:")
    assert read(blank).kind == "agenda"


def test_a_town_named_over_its_monthly_meeting_is_the_body_not_an_item_heading_with_a_body_word():
    text = ("Town of Hadley\nMonthly Meeting\nOctober 19, 2020\n\nCALL TO ORDER\nChair Ann Bell called the meeting "
            "to order at 6:30 pm.\n\nCOMMUNICATION COMMITTEE\nCy Hale reports the site is growing.\n")
    found = read(text, "2020-10-minutes.md")
    assert (found.body, str(found.date)) == ("Town of Hadley", "2020-10-19")


def test_a_working_group_named_by_its_initials_is_a_body():
    found = read("Minutes of the XYZ SWG meeting 3 March 2021\n\nTime: 10:00\n")
    assert (found.body, str(found.date)) == ("XYZ SWG", "2021-03-03")


def test_a_document_headed_agenda_that_tells_what_the_meeting_did_is_its_minutes():
    text = ("The Example Foundation\n\nBoard of Directors Interim Meeting Agenda\n\nOctober 30, 2002\n\n"
            "1. Call to order\n\nThe meeting began at 10:32.\n\n2. Bylaws\n\n"
            "By unanimous vote, the above resolution passed.\n\n"
            "3. Adjournment\n\nThe meeting was actually adjourned at 11:10am.\n")
    assert read(text).kind == "minutes"
    assert read(text.replace("By unanimous vote, the above resolution passed.", "To consider the bylaws.")).kind \
        == "agenda"


def test_an_executive_summary_is_no_body_and_the_file_name_gives_it():
    found = read("## Minutes of the 2nd meeting of the Center, Q3, 2016\n\n## Executive Summary\n\nText.\n\n"
                 "The meeting took place on Tuesday, August 9, 2016.\n", "2016-08-09-advisory-board-minutes.md")
    assert (found.body, str(found.date)) == ("Advisory Board", "2016-08-09")


def test_an_organisation_s_agm_by_its_initials_is_the_meeting_s_body():
    found = read("### OSGeo:UK 2018 AGM Minutes\n\n12th September 2018\n\n### Accounts Review\n\nText.\n")
    assert (found.body, str(found.date)) == ("Annual General Meeting", "2018-09-12")
    assert read("Hadley Parish Council AGM 2016\n\n12th May 2016\n\n1. Apologies\n").body == "Hadley Parish Council"


def test_a_day_and_month_without_a_year_under_the_title_is_the_date_s_line():
    found = read("Society Annual General Meeting 2000\n3pm, Sunday 20th February\nWinstanley Lecture Hall\n\n"
                 "1. Matters arising\n", "2000-02-20-annual-general-meeting-minutes.txt")
    assert (str(found.date), found.date_index) == ("2000-02-20", 1)


def test_an_agenda_heading_over_a_heading_saying_only_notes_is_the_meeting_s_record():
    text = ("\ue000Hypha Board Meeting - April 14, 2021\n\nTime: 5:00pm\n\n\ue000Agenda\n\nItem\tTime\n"
            "Resolution\t20\n\n\ue000Notes\n\n- Four directors present\n")
    assert read(text).kind == "minutes"
    assert read(text.replace("\ue000Notes", "\ue000Background")).kind == "agenda"


def test_a_nordic_association_s_annual_meeting_is_the_body_not_its_attendance_label():
    found = read("# Årsmöte Python Sverige 2023-05-23\n\nLocation: Online\n\nPresent board members:\n- Ann Bell\n\n"
                 "1) Election of meeting secretary\n")
    assert (found.body, str(found.date)) == ("Annual Meeting", "2023-05-23")
    found = read("Minutes 23 May 2023\n\nPresent board members:\n- Ann Bell\n\n1) Election of meeting secretary\n",
                 "2023-05-23-members-forum-minutes.md")
    assert found.body == "Members Forum"  # the file's name, not the attendance label's 'board'


def test_a_name_with_no_body_word_before_meeting_minutes_and_the_date_names_the_meeting():
    text = ("ISO/TC 154 CAT Meeting Minutes 2018-01-17\n\nPresent: Ann Bell\n\nApproval of Agenda\n\nApproved.\n\n"
            + "".join(f"Report {n}\n\nText.\n\n" for n in range(12)) + "WG 5 (Dates and times)\n\nA report.\n")
    found = read(text)
    assert (found.body, str(found.date)) == ("ISO/TC 154 CAT", "2018-01-17")
    draft = read("Draft Meeting Minutes: October 19, 2017\n\nPresent: Ann Bell\n")  # a state of the minutes: no name
    assert draft is None or draft.body != "Draft"


def test_a_parishs_annual_parochial_church_meeting_and_a_groups_video_call_name_their_bodies():
    assert body_name("APCM 2019") == "Annual Parochial Church Meeting"
    assert body_name("The Annual Parochial Church Meeting will be ") == "Parochial Church Meeting"  # ('Parish
    # Meeting' so too: the meeting's type is annual)
    assert body_name("Agenda for the November 12th video call of WebAssembly's Community Group") == \
        "WebAssembly's Community Group"


def test_an_agenda_written_first_then_meeting_notes_over_the_attendees_is_minutes(tmp_path):
    from minutebook.importer.extract import extract_text

    source = tmp_path / "CG-11-12.md"
    source.write_text("## Agenda for the November 12th video call of the Example Community Group\n\n- **When**: "
                      "November 12th, 2019, 9am\n\n## Agenda items\n\n1. Opening\n1. Proposals\n\n"
                      + "Some words of the agenda.\n\n" * 20 + "## Meeting Notes\n\n### Attendees\n\n* Ann Bell\n"
                      "* Tom Hale\n\n### Proposals\n\nDiscussed.\n", encoding="utf-8")
    assert recognise(read_lines(str(source), extract_text(source).text)[0], 0, whole=True).kind == "minutes"


def test_a_meetings_report_names_its_body_as_its_minutes_would_and_a_papers_report_names_none():
    assert body_name("Data Carpentry Steering Committee Meeting Report") == "Data Carpentry Steering Committee"
    assert body_name("Housing Authority Agenda Report") is None  # a staff report on an agenda's item
    text = ("August 2016 Steering Committee Report\n\nData Carpentry Steering Committee Meeting Report\n"
            "August 17, 2016\n\nSteering committee members:\nPresent: Ann Bell, Tom Hale\n\nReport on workshops\n"
            "Workshops since Jan 1, 2016: 48\n")
    found = read(text, "201608-sc-meeting-report.md")
    assert (found.body, str(found.date)) == ("Data Carpentry Steering Committee", "2016-08-17")


def test_a_projects_user_meeting_numbered_and_dated_in_its_title_names_the_meeting():
    found = read("pyFormex User Meeting 10 (2010-01-19)\n\nPlace and Date\n\nThese are the minutes of the meeting.\n",
                 "minutes.rst")
    assert (found.body, str(found.date)) == ("User Meeting", "2010-01-19")


def test_a_convention_is_a_body_and_a_year_before_a_body_s_name_is_none_of_it():
    assert body_name("2025 Chapter Convention Minutes") == "Chapter Convention"
    assert body_name("2019 Annual Town Meeting") == "Town Meeting"
    assert body_name("Minutes taken by convention") is None  # the word, not a body's name


def test_a_heading_s_date_without_its_year_takes_the_year_printed_with_the_title_or_in_the_document():
    found = read("SRCF Annual General Meeting 2000\n3pm, Sunday 20th February\n\n1. Matters arising\n\nNone.\n")
    assert (found.body, found.date) == ("Annual General Meeting", dt.date(2000, 2, 20))
    found = read("TINTERN COMMUNITY COUNCIL\n\nMinutes of a meeting of the above Council held on Monday 25th June at "
                 "7.00pm.\n\n2503. Planning: DC/2018/00554 approved; DC/2016/00216 noted.\n")
    assert found.date == dt.date(2018, 6, 25)
    assert read("COMMISSION MINUTES\n\nNext meeting – 9:00am Thursday, February 15th at Bistro Campagne\n\n"
                "The 2018 budget was approved.\n") is None  # the next meeting's day, not this one's


def test_how_often_a_body_meets_is_no_part_of_its_name():
    assert body_name("Common Security Advisory Framework (CSAF) Technical Committee Monthly Meeting") == (
        "Common Security Advisory Framework Technical Committee")


def test_a_meeting_s_number_after_its_name_is_none_of_the_body_s():
    assert body_name("ICAT Steering Group Meeting #3") == "ICAT Steering Group"
    assert body_name("Planning Commission #2") == "Planning Commission #2"  # a body numbered so keeps its number


def test_a_file_with_no_kind_word_who_attended_under_a_heading_or_label_is_minutes():
    for attended in ("Attendance\n\n- Ann Bell\n- Tom Hale\n", "Present board members:\n- Ann Bell\n- Tom Hale\n"):
        found = read(f"ICAT Steering Group Meeting #3\n\n9th December 2015\n\n{attended}\n1. Welcome\n\nText.\n",
                     "document.md")
        assert (found.kind, found.kind_from) == ("minutes", "text")
    found = read("ICAT Steering Group Meeting #3\n\n9th December 2015\n\n1. Welcome\n\n2. Budget\n", "document.md")
    assert found.kind == "agenda"


def test_welsh_minutes_by_their_welsh_name_and_date():
    found = read("Tintern Community Council\n\nCofnodion y cyfarfod a gynhaliwyd 8 Ionawr 2024\n\n1. Croeso\n\nText.\n",
                 "document.txt")
    assert (found.kind, found.date) == ("minutes", dt.date(2024, 1, 8))


def test_a_body_named_in_two_languages_and_a_meeting_s_number_before_it():
    found = read("Meeting No. 12/2024 of Comhairle Cathrach & Contae Luimnigh / Limerick City and County Council\n"
                 "held on Monday 22nd January 2024 at 3pm in the Council Chamber\n\n1. Minutes\n", "document.txt")
    assert (found.body, found.date) == ("Limerick City and County Council", dt.date(2024, 1, 22))
    assert body_name("Cyngor Cymuned Llan / Llan Community Council") == "Llan Community Council"
    assert body_name("Planning / Licensing Committee") == "Planning Licensing Committee"  # one committee for both


@pytest.mark.parametrize("text", [
    "Little Snoring Parish Council\nMinutes of the Annual Meeting of the Council\nheld on Monday 13 May 2024 at "
    "7.00pm\n\n1. Election of Chairman\n",
    "LITTLE SNORING PARISH COUNCIL\n\nYou are hereby summoned to attend the Meeting of the Parish Council to be held "
    "in the Memorial Hall on Monday 13th May 2024 at 7.30pm.\n\nAGENDA\n\n24/45 To elect a Chairman\n",
])
def test_the_council_in_the_title_sentence_is_the_council_named_in_full_above_it(text):
    assert read(text, "document.txt").body == "Little Snoring Parish Council"


def test_a_file_name_s_date_goes_before_the_year_a_heading_s_day_and_month_are_put_in():
    text = "Tintern Annual General Meeting\n7pm, Monday 25th June\n\n1. Planning\n\nDC/2018/00554 approved.\n"
    assert read(text, "2012-06-25-minutes.txt").date == dt.date(2012, 6, 25)  # a Monday too
    assert read(text, "document.txt").date == dt.date(2018, 6, 25)



def test_a_county_council_s_district_is_a_body():
    assert body_name("Municipal District of Carrigmore") == "Municipal District of Carrigmore"
    assert body_name("Carrigmore Metropolitan District") == "Carrigmore Metropolitan District"
    assert body_name("Sacramento Municipal Utility District Board of Directors") == "Board of Directors"


def test_the_day_the_minutes_were_approved_in_their_heading_is_not_the_meeting_s():
    text = ("MINUTES OF THE JUNE 13, 2023 REGULAR\nMEETING OF THE PRESIDENT AND BOARD OF\nTRUSTEES OF THE VILLAGE "
            "OF HADBURY\nAPPROVED AS WRITTEN ON\nJULY 11, 2023\n\n1. CALL TO ORDER\nThe meeting was called to order "
            "at 7:00 p.m.\n")
    found = read(text)
    assert (found.body, str(found.date), found.authority) == (
        "President and Board of Trustees", "2023-06-13", "Village of Hadbury")


def test_a_board_of_trustees_of_a_village_is_the_board_the_village_its_authority():
    assert (body_name("BOARD OF TRUSTEES OF THE VILLAGE OF HADBURY"),
            authority_named("BOARD OF TRUSTEES OF THE VILLAGE OF HADBURY")) == (
        "Board of Trustees", "Village of Hadbury")
    assert (body_name("Board of Directors of the Hadbury Water District"),
            authority_named("Board of Directors of the Hadbury Water District")) == (
        "Board of Directors", "Hadbury Water District")


def test_an_authority_named_in_the_title_sentence_ends_where_the_sentence_goes_on():
    text = ("Board of Trustee Minutes - March 19, 2007\nRegular Meeting of the Board of Trustees of the Village of "
            "Hadbury-on-Hudson, NY was held on Monday, March 19, 2007 at the Municipal Building.\n\n1. CALL TO ORDER\n")
    found = read(text)
    assert (found.body, str(found.date), found.authority) == (
        "Board of Trustees", "2007-03-19", "Village of Hadbury-on-Hudson")


def test_a_shire_named_as_a_part_of_the_heading_line_is_the_authority():
    found = read("19 November, 2014 – Ordinary Meeting of Council – Minutes Shire of Hadbury\n\nMINUTES\n\n"
                 "1. DECLARATION OF OPENING\n\nThe Shire President declared the meeting open.\n")
    assert (found.body, str(found.date), found.authority) == ("Council", "2014-11-19", "Shire of Hadbury")


def test_the_date_of_an_earlier_meeting_whose_minutes_are_approved_is_not_the_meeting_s(tmp_path):
    text = ("Hadbury District Council\nAgenda and minutes\n\nVenue: Committee Room 2, East Pallant House.\n\n248.\n\n"
            "Approval of Minutes\n\nThe committee is requested to approve the minutes of its ordinary meeting on 28 "
            "March 2019.\n\nMinutes:\n\nRESOLVED\n\nThe minutes be approved as a correct record.\n")
    assert read(text) is None  # no date of its own: not the earlier meeting's
    from minutebook.importer import run_import
    from minutebook.importer.worker import Options
    source = tmp_path / "minutes.txt"
    source.write_text(text, encoding="utf-8")
    report = run_import([source], tmp_path / "content", root=tmp_path, options=Options(date=dt.date(2019, 4, 25)))
    assert report.meetings_created == ["meetings/hadbury-district-council/2019-04-25.md"]  # the body its heading
    # names, on the date the user gave


def test_a_title_sentence_without_a_date_leaves_the_meeting_s_date_to_the_heading_not_minutes_it_names():
    text = ("MAY 5, 2021 5:00 PM TOWN BOARD MEETING The Regular Meeting of the Town Board of the Town of Hadbury was "
            "held at the Municipal Garage, 3587 Terrace Road, Hadbury, New York with Supervisor Bell presiding. "
            "Members present: Supervisor, Tom Bell Councilman, Jay Hale. Councilman Hale made a motion, seconded by "
            "Councilman Bell, to receive and file the Hadbury Zoning Board of Appeals Minutes of March 29, 2021. All "
            "voting aye, the motion was carried.\n")
    found = read(text)
    assert (found.body, str(found.date), found.authority) == ("Town Board", "2021-05-05", "Town of Hadbury")


def test_a_sentence_confirming_an_earlier_meeting_s_minutes_is_no_title_sentence():
    found = read("Full Authority\n30 May 2018 - 10:00 to 11:30\n\n1 Election of Chairman\n177\n"
                 "RESOLVED that Mr A Bell be elected as Chairman.\n\n5 Minutes\n181\n"
                 "RESOLVED that the minutes of the meeting of the Hadbury Fire Authority held on 14 February 2018 be "
                 "confirmed as a correct record.\n")
    assert str(found.date) == "2018-05-30"


def test_the_title_sentence_dates_the_meeting_and_an_earlier_meeting_s_minutes_approved_below_start_none():
    text = ("Minutes for meeting May 2nd 2017\n\n\nMinutes of a Community Council Meeting  held at Neuadd Eleanor, "
            "Llanfair D C on Tuesday 2 May 2017 at 7.00 pm.\n\nPRESENT – Councillors John Pugh [Chair] and David "
            "Baker.\n\n306  DECLARATIONS OF INTEREST – None.\n\nMinutes of a Community Council Meeting held at "
            "Neuadd Eleanor, Llanfair DC on     1 March 2017.\n\nRESOLVED – The minutes were approved and signed by "
            "the Chair.\n\n308  PLANNING\n\nNoted.\n")
    found = read(text)
    assert (found.body, str(found.date)) == ("Community Council", "2017-05-02")
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.kind, str(p.date)) for p in parts] == [("minutes", "2017-05-02")]


def test_a_sentence_saying_an_earlier_meeting_s_minutes_were_confirmed_starts_no_meeting():
    text = ("MINUTES OF A meeting of the Regional Council\nDate: Wednesday 25 February 2015\nPresent: Cr F Wilson\n"
            "2. Conflict of Interest Declarations\nThere were none.\n3. Confirmation of Minutes\nMinutes of the "
            "Regional Council Meeting held on 28 January 2015, a copy having been circulated prior to the meeting, "
            "were taken as read and confirmed as a true record.\n4. Matters Arising\nNone.\n")
    parts = split_parts(read_lines("doc.txt", text)[0])
    assert [(p.kind, p.body) for p in parts] == [("minutes", "Regional Council")]


def test_what_was_done_told_after_marks_minutes_where_the_top_names_no_kind():
    text = ("Hadbury Local History Society\n43rd Annual General Meeting\n5 June 2024\nItem 1. Apologies for Absence\n"
            "- Apologies were received from Angie Bruce.\nItem 2. Minutes of the Previous Meeting\n- The Minutes of "
            "the previous meeting were accepted unanimously.\n")
    assert (read(text).kind, read(text).kind_from) == ("minutes", "text")
    agenda = ("Hadbury Local History Society\n43rd Annual General Meeting\n5 June 2024\nItem 1. Apologies for Absence\n"
              "Item 2. Minutes of the Previous Meeting\nItem 3. Election of Officers\n")
    assert read(agenda).kind == "agenda"


def test_a_scan_s_specks_before_a_heading_are_no_part_of_the_body_s_name():
    found = read("COUNTY OF HADBURY\n.~ MINUTES OF COUNCIL MEETING\nSEPTEMBER 8, 2005\nThe regular Council Meeting "
                 "was held in the County Office.\n")
    assert (found.body, found.authority) == ("Council", "County of Hadbury")


def test_a_board_named_with_the_body_it_serves_keeps_its_whole_name():
    found = read("MINUTES\n\nThe Regular Meeting of the Board of Commissioners of the Housing Authority of the City of "
                 "Hadbury was held at 7:30 a.m. on Tuesday, June 28, 2011.\n")
    assert found.body == "Board of Commissioners"


def test_a_heading_s_weekday_wrapped_onto_the_line_above_its_day_and_month_picks_the_year():
    found = read("MINUTES OF THE MEETING OF THE MUNICIPAL DISTRICT OF\nHADBURY HELD IN COUNCIL CHAMBERS, COUNTY HALL "
                 "ON FRIDAY\n13TH OF JUNE AT 2.00PM\nPresent: Cllrs J Bell and P Hale.\n\nThe 2014/2015 budget was "
                 "noted.\n")
    assert (found.body, str(found.date)) == ("Municipal District of Hadbury", "2014-06-13")


def test_a_council_meeting_of_an_authority_named_after_it():
    found = read("HADBURY LOCAL MUNICIPALITY\n\nMINUTES OF THE EIGHTY FOURTH (84TH) SPECIAL COUNCIL MEETING OF HADBURY "
                 "MUNICIPALITY WHICH WAS HELD ON THURSDAY, 28 MARCH 2013 IN THE COUNCIL CHAMBER, CIVIC CENTRE.\n")
    assert (found.body, str(found.date), found.authority) == ("Council", "2013-03-28", "Hadbury Municipality")


def test_unofficial_minutes_name_their_body_without_the_word():
    assert read("Unofficial Minutes of the Board of Trustees\n\nMeeting was called to order at 6:05pm, August 20, "
                "2015.\n").body == "Board of Trustees"


def test_a_virtual_meeting_s_body_is_named_without_the_word():
    found = read("Minutes of the Community Council virtual Meeting held via ZOOM on Tuesday, 19th July 2022.\n\n"
                 "1 Present\n\nCouncillors, Mr Tim Owen (Chair), Mrs Sharon Barton.\n")
    assert (found.body, str(found.date)) == ("Community Council", "2022-07-19")


def test_a_sentence_about_earlier_minutes_names_no_body():
    assert read("Hale made changes to the Minutes of June 26, 2006.\n\nThe Board voted to approve them.\n") is None
    assert read("Planning Commission Minutes of June 26, 2006\n\nThe Board voted.\n").body == "Planning Commission"


def test_a_title_sentence_s_year_its_weekday_denies_gives_way_to_the_heading_s():
    text = ("HADBURY TOWNSHIP TRUSTEES\n\nJANUARY 17TH, 2006 RE-ORGANIZATIONAL MEETING\n\nThe Hadbury Township "
            "Trustees met in special session at the Town Hall on Tuesday January 17th, {year} at 7:30 p.m.\n\n"
            "1. Minutes of the December 27th, 2005 session\n")
    assert str(read(text.format(year=2005)).date) == "2006-01-17"  # a Monday in 2005
    assert str(read(text.replace("2006 RE", "2005 RE").format(year=2005)).date) == "2005-01-17"  # no other year


def test_a_bullet_point_acting_on_the_agenda_announces_no_agenda():
    found = read("Hadbury Public Library\nLibrary Board Meeting\n\nJune 12, 2019\n\nPresent: Ann Bell (AB), Tom Hale "
                 "(TH)\n\nMeeting commenced at 7:01 pm.\n\n  • Request to add a matter to the agenda (a report on open "
                 "hours).\n  • Motion to accept agenda with above amendment by AB, seconded by TH, passed.\n\n"
                 "Meeting Adjourned at 9:00 pm.\n")
    assert (found.kind, found.body) == ("minutes", "Library Board")


def test_a_title_sentence_dated_this_day_of_a_month_with_its_year_left_out():
    found = read("Regular Meeting of the members of Council of the Town of Hadbury, held in the Council Chambers this "
                 "3rd day of September A.D. at 7:00 p.m\n\nPresent: Mayor Bell\n\n1. RESOLVED THAT the minutes of the "
                 "meetings held on August 6th, 2014 be adopted.\nCarried.\n")
    assert (found.body, str(found.date), found.authority) == ("Council", "2014-09-03", "Town of Hadbury")


def test_a_motion_on_the_agenda_told_near_the_top_announces_no_agenda():
    found = read("HADBURY COUNTY COUNCIL\n\nOctober 10, 2019\n\nThe regular meeting of the Council was called to order "
                 "by Reeve Bell at 9:00 a.m.\n\nPresent: Reeve, P. Bell; Councillors, J. Hale, B. Lind\n\n"
                 "Moved by Mrs. Lind that the agenda be approved as presented.\n\nCarried Unanimously.\n")
    assert found.kind == "minutes"


def test_a_council_s_annual_meeting_is_the_council_s():
    assert [body_name(t) for t in ("Minutes Parish Council Annual Meeting 1st May 2012", "Annual Parish Meeting",
                                   "Annual General Meeting")] == ["Parish Council", "Parish Meeting",
                                                                  "Annual General Meeting"]


@pytest.mark.parametrize("text, body, date", [
    pytest.param("SELECTMEN’S MEETING\n\nJULY 10, 2006\n\nVice-Chairman Bell called the meeting to order at 7:06 PM."
                 "\n\nSelectman Hale and Selectman Lind were present.\n\nSELECTMEN’S MINUTES\n\nSelectman Hale made "
                 "changes to the Minutes of June 26, 2006.\n", "Board of Selectmen", "2006-07-10",
                 id="the members' meeting in the possessive, their board's; a sentence about other minutes no title"),
    pytest.param("REGULAR BOARD MEETING, JULY 21, 2025, RECONVENED JULY 28, 2025\n\nThe meeting was called to order at "
                 "4:10PM by President Ann Bell.\n\nMINUTES – The minutes were approved.\n", "Board", "2025-07-21",
                 id="the day it reconvened"),
    pytest.param("Community Directors Meeting via zoom and the Hall\n4.00 p.m. 13th September 2021\nAttending in "
                 "person: Ann Bell (Chair), Tom Hale\nApproval of Minutes:\nMinutes of 10th of August were approved by "
                 "the board.\n", "Community Directors", "2021-09-13", id="held via zoom; a sentence approving minutes"),
    pytest.param("STATEMENT OF PROCEEDINGS OF THE BOARD OF SUPERVISORS\n\nHADBURY COUNTY, CALIFORNIA\n\nOCTOBER 18, "
                 "2011\n\nTUESDAY\n\n8:30 A.M.\n\nInvocation by Chaplain Jim Bell\n", "Board of Supervisors",
                 "2011-10-18", id="a statement of proceedings"),
    pytest.param("HADBURY HARBOUR COMMISSIONERS\n\nMINUTES – Thursday, 17 January 2019, at 7.00 pm, Hadbury Sailing "
                 "Club\n\nMINUTES OF MEETING – 17 January 2019\nPRESENT\n:\nAnn Bell (Chairman)\nTom Hale\n",
                 "Hadbury Harbour Commissioners", "2019-01-17",
                 id="a body named for its members; 'Minutes of Meeting' names none"),
    pytest.param("= Foundation Board Minutes for Tuesday, June 19th 2018, 18:00 UTC =\n\nNext meeting date Tuesday, "
                 "June 26th 2018, 18:00 UTC\n\n== Attending ==\n\n * Ann Bell\n\n== Agenda ==\n\n * Appoint "
                 "Engagement Committee Members (Ann)\n", "Foundation Board", "2018-06-19",
                 id="the time's zone after the date; the next meeting's date"),
    pytest.param("Minutes\n\nName of Committee Union Council\nDate and time 9th June 2014, 10:30\nPlace\nPresent "
                 "Members\nPresident Ann Bell\n", "Union Council", "2014-06-09", id="a form's label before the name"),
])
def test_a_heading_names_its_body_and_date_whatever_else_it_says(text, body, date):
    found = read(text)
    assert (found.body, str(found.date)) == (body, date)


def test_bodies_named_for_their_members_in_the_possessive_and_no_body_in_a_sentence():
    assert [body_name(t) for t in ("Directors' Meeting", "TRUSTEES’ REGULAR MEETING",
                                   "Selectmen’s Minutes, September 13, 2018")] == [
        "Board of Directors", "Board of Trustees", "Board of Selectmen"]
    assert body_name("Minutes of 10th of August were approved by the board") is None
    assert body_name("Verifiable Credentials Working Group Telco") == "Verifiable Credentials Working Group"  # the
    # group's call


def test_minutes_of_a_meeting_with_its_date_names_no_body():
    assert read("MINUTES OF MEETING – 17 January 2019\nPRESENT\nAnn Bell\n\n1. Apologies\nNone.\n") is None


def test_links_to_the_meeting_s_agenda_under_its_heading_are_no_kind_of_document():
    found = read("W3C\n\n- DRAFT -\n\nHadbury Architecture Group Teleconference\n\n02 Oct 2013\n\nSee also: Agenda, "
                 "IRC log\n\nAttendees\n\nPresent\nAnn Bell, Tom Hale\nRegrets\nJo Lind\n\nContents\n\n<trackbot> "
                 "Date: 02 October 2013\n\nAnn: let's start.\n")
    assert (found.kind, found.body, str(found.date)) == ("minutes", "Hadbury Architecture Group", "2013-10-02")


def test_a_meeting_to_be_held_named_far_below_the_heading_gives_no_date():
    text = ("MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD\n\nON MONDAY 8 MARCH 2004 AT 7.00 PM\n\n"
            + "".join(f"Councillor Bell spoke on matter {n}.\n\n" for n in range(14))
            + "The plan would be brought back to Council at a Special Council Meeting to be held on Monday 29 March "
              "2004 at 7.00pm.\n")
    assert str(read(text).date) == "2004-03-08"


def test_the_title_s_name_before_minutes_and_its_date_over_the_file_s_and_no_meeting_named_in_a_sentence():
    text = ("Hadbury Canoe Club Minutes 5 April 2009\n\n2 pm West Reservoir\n\nPresent:\n\nAnn Bell – chair\n\n"
            "Tom Hale – secretary\n\nAnn to reply to Tom, once she has seen AGM minutes.\n")
    found = read(text, "uk-hadbury-canoe-club-committee-2009.txt")
    assert (found.body, str(found.date)) == ("Hadbury Canoe Club", "2009-04-05")
    assert body_name("Ann to reply to Tom, once she has seen AGM minutes.") is None
    assert body_name("Ann welcomed committee members to the first committee") is None
    assert body_name("Minutes of the first AGM held in Bangalore on 26th September 2010") == "Annual General Meeting"


def test_the_year_after_a_meeting_that_is_its_own_body_is_no_part_of_its_name():
    assert body_name("Minutes Of Annual General Meeting 2017") == "Annual General Meeting"


def test_the_ordinal_of_an_organisation_s_agm_is_no_part_of_its_name():
    assert body_name("Minutes of the 100th AGM of Hadbury Allotments Association,") == "Hadbury Allotments Association"


def test_a_general_meeting_of_an_organisation_with_no_body_word_is_the_body():
    assert body_name("Annual General Meeting of the Friends of Hadbury Common") == "Annual General Meeting"
    assert body_name("MINUTES OF THE ANNUAL PAROCHIAL MEETING OF ST MARY’S PARISH CHURCH, HADBURY") \
        == "Annual Parochial Meeting"
    assert body_name("Minutes of the Annual Parochial Church Meeting of St Mary, Hadbury") \
        == "Annual Parochial Church Meeting"
    assert body_name("Annual General Meeting of Hadbury Residents Association") == "Hadbury Residents Association"


def test_a_body_then_its_place_after_a_comma_is_the_body():
    assert body_name("Minutes of the Parochial Church Council, St. Peter’s Hadbury") == "Parochial Church Council"


def test_a_day_and_month_without_a_year_take_the_year_of_the_body_s_line_first():
    text = ("Hadbury Camera Club\n\nMinutes Of Annual General Meeting 2017\n\nMeeting held at the Sports Hall, on "
            "24th April at 7.45p.m.\n\nMembers present:\nA Bell, C Dean\n\nMinutes of 2016 A.G.M.\nApproved.\n")
    found = read(text)
    assert (found.body, str(found.date)) == ("Annual General Meeting", "2017-04-24")


def test_minutes_with_no_heading_name_their_body_in_the_opening_sentence():
    text = ("November 2, 2010\nBoard Room\n10:00 AM\nThe Hadbury County Board of Supervisors met in regular session "
            "with all members present, A Bell, Chairman, presiding.\nIt was moved by Cole and seconded by Dean to "
            "approve the agenda. Ayes all, motion carried.\n")
    found = read(text)
    assert (found.body, str(found.date)) == ("Hadbury County Board of Supervisors", "2010-11-02")
    text = ("I. CALL TO ORDER: The Regular Meeting of the Hadbury Fire Protection District was called to order by "
            "Vice-Chairman A Bell at 1700 hours on July 6, 2010. Members present: A Bell, C Dean.\n"
            "A. Approve Minutes of Regular Meeting June 1, 2010\n")
    found = read(text)
    assert (found.body, str(found.date)) == ("Hadbury Fire Protection District", "2010-07-06")


def test_the_state_of_minutes_named_by_date_is_no_part_of_the_body_s_name():
    text = ("Hadbury Memorial Library\nDraft Minutes from December 7, 2009 Trustee Meeting\n\nAttendance: Ann Bell, "
            "Tom Hale\n\n1. The minutes were approved.\n")
    assert read(text).body == "Hadbury Memorial Library"


def test_a_website_s_label_over_its_newest_minutes_is_no_part_of_the_body_s_name():
    assert body_name("Latest Steering Committee Minutes") == "Steering Committee"


def test_a_us_county_s_governing_body_by_its_state_s_name_is_a_body():
    assert body_name("PROCEEDINGS OF THE ALDER PARISH POLICE JURY") == "Alder Parish Police Jury"
    assert body_name("Minutes of the Hale County Fiscal Court") == "Hale County Fiscal Court"
    assert body_name("MINUTES OF THE LIND COUNTY COMMISSIONERS' COURT MEETING") == "Lind County Commissioners' Court"


def test_the_minute_of_a_board_s_meeting_named_for_its_members_in_the_possessive_names_the_board():
    assert body_name("Minute of Directors’ Meeting held on Thursday 9 March 2017") == "Board of Directors"
    assert body_name("MINUTES OF SELECTMEN'S MEETING") == "Board of Selectmen"


def test_how_a_group_met_by_telephone_or_video_is_no_part_of_its_name():
    assert body_name("Minutes, HTML WG 2007-08-02 phone conference") == "HTML WG"
    assert body_name("Board of Directors conference call") == "Board of Directors"


def test_a_church_s_board_named_for_its_deacons_or_elders_is_their_board():
    assert body_name("March 16, 2023 | Deacon Meeting Minutes") == "Board of Deacons"
    assert body_name("ELDERS’ MEETING") == "Board of Elders"


def test_a_governing_body_is_a_body():
    assert body_name("Hadbury and Hadshire CCG Governing Body Meeting in Public") \
        == "Hadbury and Hadshire CCG Governing Body"
    assert body_name("Minutes of the Full Governing Body meeting") == "Full Governing Body"


def test_a_body_reporting_under_its_label_in_the_minutes_is_not_the_body_that_met():
    text = ("Regular Meeting Minutes\nMay 2, 2016\nMeeting was called to order at 7:30 p.m. Members Ann Bell and Tom "
            "Hale were present.\n\nPlanning Commission:  Doug Graham has given up his position as chairman.\n\n"
            "Cemetery:  No report\n")
    assert read(text).body == "Regular Meeting"
    assert read("Planning Commission: Regular Meeting, May 2, 2016\n\n1. Minutes\n").body == "Planning Commission"


def test_the_sentence_under_a_title_line_with_no_blank_between_names_the_body_in_full():
    text = ("October 14, 2024 Board Meeting Minutes\nThe Board of Commissioners of the Hadbury Housing Authority met "
            "on Monday, October 14th, 2024, for the regular monthly meeting. Those in attendance were Ann Bell.\n")
    found = read(text)
    assert (found.body, found.authority) == ("Board of Commissioners", "Hadbury Housing Authority")
