"""when_where.py: start, end and venue, one test per place a council prints them."""

from minutebook.importer.clock_times import clock, time_range
from minutebook.importer.lines import read_lines
from minutebook.importer.when_where import read


def facts(text: str, kind: str = "agenda", date_index: int = 0):
    lines = read_lines("doc.txt", text)[0]
    return read(lines[:60], lines, kind, date_index)


def test_date_time_and_location_address_labels():
    found = facts("Date/Time:        June 6, 530pm\nLocation/Address: Fieldhouse, 337 E Randolph St\n")
    assert (found.start, found.venue) == ("17:30", "Fieldhouse, 337 E Randolph St")


def test_labels_with_a_wide_gap_and_a_time_range():
    found = facts("Date              20th March 2014\nPlace             Room 3, Castle Hill Centre\n"
                  "Time              12.00pm – 2.00pm\n", "minutes")
    assert (found.start, found.end, found.venue) == ("12:00", "14:00", "Room 3, Castle Hill Centre")


def test_venue_label_continued_on_the_next_line():
    assert facts("VENUE: Committee Room 5,\nHadbury Civic Centre\n").venue == "Committee Room 5, Hadbury Civic Centre"


def test_a_table_s_bars_around_the_venue_cell_are_no_part_of_the_place():
    found = facts("Date: Wednesday 25 February 2015\nTime: 9.00 am\nVenue: |\nCouncil Chamber Hadbury Regional Council "
                  "159 Dalton Street NAPIER |\nPresent: Cr F Wilson – Chairman\n", "minutes")
    assert found.venue == "Council Chamber Hadbury Regional Council 159 Dalton Street NAPIER"
    assert facts("Date: 17 December 2020\nVenue |\n|, Large Exhibition Hall |\n", "minutes").venue == \
        "Large Exhibition Hall"


def test_venue_label_as_a_list_s_point_with_its_address_a_point_under_it():
    found = facts("## Club AGM, Tuesday 2024-01-09\n- Hadbury Users Group Annual General Meeting\n- Venue: The Riff\n"
                  "  - 45 St Georges Terrace, Perth WA 6000\n\n- Attendance\n  - Ann Bell\n", "minutes")
    assert found.venue == "The Riff, 45 St Georges Terrace, Perth WA 6000"


def test_range_takes_the_second_half_of_day_for_both():
    assert time_range("May 20, 2020 6:30-8:30 P.M.") == ("18:30", "20:30")
    assert time_range("19:00-21:00") == ("19:00", "21:00")


def test_twenty_four_hour_clock_with_a_dot_and_without_a_separator():
    assert clock("19.30") == "19:30"
    assert clock("1900") == "19:00"
    assert clock("530pm") == "17:30"


def test_time_without_am_pm_in_the_half_of_day_announced():
    assert clock("6:35", after="18:30") == "18:35"
    assert clock("9:08", after="09:00") == "09:08"


def test_title_sentence_held_on_date_at_time_in_venue():
    found = facts("MINUTES OF A MEETING OF HADBURY PARISH COUNCIL\n\n"
                  "HELD ON 8TH APRIL 2015 AT 19.30 IN HADBURY SCHOOL\n", "minutes")
    assert (found.start, found.venue) == ("19:30", "Hadbury School")


def test_title_sentence_held_in_venue_on_date():
    found = facts("A Parish Council meeting was held in the Village Hall, West Hadbury on Tuesday, 9 January 2024\n")
    assert found.venue == "Village Hall, West Hadbury"


def test_will_hold_a_meeting_in_venue_on_date_at_time():
    found = facts("The Authority will hold a special meeting of the Committee in the Authority’s Office, 160 North\n"
                  "Main Street, Springfield on Tuesday, December 8, 2020 at 9:00 a.m.\n")
    assert (found.start, found.venue) == ("09:00", "Authority’s Office, 160 North Main Street, Springfield")


def test_venue_after_the_time_on_the_date_line():
    found = facts("Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board\n", "minutes")
    assert (found.start, found.venue) == ("09:00", "Carbon Arc Bar & Board")


def test_a_street_address_the_date_and_the_time_on_one_line_of_the_title_block():
    text = "Township Supervisors, Minutes, May 7, 2025\n\n12 MILL ST MAY 7, 2025 7PM\nThe board met with A, B.\n"
    found = facts(text, "minutes")
    assert (found.start, found.venue) == ("19:00", "12 Mill St")
    assert facts("Township Supervisors, Minutes\n\nTWELVE OAKS MAY 7, 2025 7PM\n", "minutes").venue is None


def test_address_block_under_the_date():
    text = "PLANNING COMMISSION\nREGULAR MEETING MINUTES\nJanuary 27, 2020, 7:00 p.m.\nEPA Government Center\n" \
           "City Council Chamber\nEast Palo Alto, CA 94303\n\n1. CALL TO ORDER\n"
    assert facts(text, "minutes", 2).venue == "EPA Government Center, City Council Chamber, East Palo Alto, CA 94303"


def test_letterhead_address_is_not_the_venue():
    text = "HADBURY PARISH COUNCIL\nSouth View, West Hadbury DL8 4JN\nTel: 01969 000000\n\nPUBLIC NOTICE\n" \
           "Tuesday 4 November 2025\n"
    assert facts(text, "agenda", 5).venue is None


def test_tail_of_a_wrapped_sentence_is_not_an_address_block():
    text = ("Minutes of the Committee Meeting held on\n"
            "Monday 6 June 2022 at 7.00 pm in the Council Chamber, Town Hall,\nMarket Place, Markham\n")
    assert facts(text, "minutes", 1).venue == "Council Chamber, Town Hall, Market Place, Markham"


def test_called_to_order_and_closed_at_in_minutes():
    text = "Minutes\nJanuary 27, 2020, 7:00 p.m.\n\nThe meeting was called to order by the Chair at 7:07 p.m.\n" \
           "The meeting was adjourned at 7:48 p.m.\n"
    found = facts(text, "minutes", 1)
    assert (found.start, found.actual_start, found.actual_end) == ("19:00", "19:07", "19:48")


def test_opening_sentence_with_the_date_before_the_time_and_the_place_after_it():
    text = ("Town of Hadbury\nFebruary 19, 2020\n\nChair A Bell called the monthly meeting to order on February 19, "
            "2020 at 6:30 pm at the Hadbury Town Hall.\n\nA motion to adjourn at 7:32 pm was carried.\n")
    found = facts(text, "minutes", 1)
    assert (found.actual_start, found.actual_end, found.venue) == ("18:30", "19:32", "Hadbury Town Hall")


def test_motion_to_adjourn_the_meeting_at_a_time_is_the_end():
    found = facts("Minutes\nMay 4, 2021\n\nMotion and second to adjourn the meeting at 7:25 pm.\n", "minutes", 1)
    assert found.actual_end == "19:25"


def test_scheduled_range_end_dropped_when_the_minutes_started_at_another_time():
    text = "Meeting Date/Time: May 20, 2020 6:30-8:30 P.M.\n\nJanice started the meeting at 6:35.\n"
    found = facts(text, "minutes")
    assert (found.actual_start, found.end) == ("18:35", None)


def test_venue_stops_before_the_reason():
    assert facts("Online meeting by Zoom due to restrictions\n").venue == "Online meeting by Zoom"


def test_title_sentence_venue_ends_where_the_attendance_label_follows_in_its_paragraph():
    found = facts("Minutes of the meeting of Hadbury Parish Council held on Wednesday 11th January 2012\n"
                  "    at 7.30pm in Hadbury JMI School, Birch Green\n"
                  "PRESENT:   R Lester (chairman), C Edwards\n", "minutes")
    assert (found.start, found.venue) == ("19:30", "Hadbury JMI School, Birch Green")


def test_place_and_time_apart_by_a_dash_on_a_line_under_the_date():
    found = facts("CITY COUNCIL AGENDA FOR OCTOBER 16, 2012\n\n     LEGISLATIVE CHAMBERS - 2:00 P.M.\n\n1. Roll call\n")
    assert (found.start, found.venue) == ("14:00", "Legislative Chambers")
    found = facts("Senate Minutes\nThursday, January 4, 2007\n6:00 p.m. Mee Room\n\nI. CALL TO ORDER\n", date_index=1)
    assert (found.start, found.venue) == ("18:00", "Mee Room")
    assert facts("Thursday, January 4, 2007\n6:00 p.m. in the Mee Room\n").venue is None  # (a sentence's words)


def test_lone_time_at_the_foot_of_the_title_block_under_the_date():
    found = facts("NOVEMBER 15, 2022\nREGULAR MEETING\nCITY HALL/COUNCIL CHAMBERS\nAND VIA VIDEOCONFERENCE\n"
                  "5:45 P.M.\n\nText.\n")
    assert found.start == "17:45"


def test_called_the_hybrid_meeting_to_order_in_a_place_named_after_the_time():
    found = facts("Chair Ramirez called the hybrid meeting to order at 5:48 p.m. in the Council Chambers,\nNorwalk "
                  "City Hall, 12700 Norwalk Boulevard, Norwalk, California and via\nvideoconference per Assembly Bill "
                  "361. Responding to roll call were\n", "minutes", date_index=-1)
    assert (found.actual_start, found.venue) == ("17:48", "Council Chambers, Norwalk City Hall, 12700 Norwalk "
                                                          "Boulevard, Norwalk, California and via videoconference")


def test_called_to_order_in_the_absence_of_the_chair_names_no_place():
    found = facts("The meeting was called to order at 7:00 p.m. in the absence of the Chair.\n", "minutes",
                  date_index=-1)
    assert (found.actual_start, found.venue) == ("19:00", None)


def test_address_block_with_a_street_named_for_a_doctor_and_a_state_spelled_out():
    found = facts("MEETING MINUTES\nThursday, June 13, 2019\n6:00 p.m.\nCity Hall, Room 421\n"
                  "1 Dr. Carlton B. Goodlett Place\nSan Francisco, California 94102\n", "minutes", 1)
    assert found.venue == "City Hall, Room 421, 1 Dr. Carlton B. Goodlett Place, San Francisco, California 94102"


def test_a_time_alone_under_the_date_and_the_time_told_before_the_adjournment():
    text = ("Board of Education Minutes\nOctober 25, 2022\n\nRegular Meeting\nBoard of Education\n6:00 p.m.\n\n"
            "Call to Order (A)\nThe meeting was called to order.\n\nAt 9:08 p.m., there being no further business, the "
            "regular meeting was adjourned.\n")
    found = facts(text, "minutes", 1)
    assert (found.start, found.actual_end) == ("18:00", "21:08")


def test_an_opening_sentence_wrapped_before_its_time():
    text = ("PLANNING COMMISSION\nJune 12, 2024\n\nThe meeting was called to order by Chair Ann Bell at\n6:30 p.m. "
            "in the City Council Chambers, 200 Main Street.\n")
    found = facts(text, "minutes", 1)
    assert (found.actual_start, found.venue) == ("18:30", "City Council Chambers, 200 Main Street")


def test_a_board_that_met_in_regular_session_at_a_time_in_a_place_with_its_members_after():
    text = ("BOARD OF SUPERVISORS\nMINUTES OF MAY 14, 2024\n\nThe Board of Supervisors met in regular session at 9:00 "
            "a.m. in the Board Chambers, County Building, with the following members present: Supervisors Ruiz "
            "and Chen.\n")
    found = facts(text, "minutes", 1)
    assert (found.actual_start, found.venue) == ("09:00", "Board Chambers, County Building")


def test_the_chair_declared_the_meeting_open_at_a_time():
    text = "MINUTES\n19 MARCH 2024 COMMENCING AT 5.00PM\n\nThe Shire President declared the meeting open at 5.02pm.\n"
    assert facts(text, "minutes", 1).actual_start == "17:02"


def test_a_school_districts_name_over_the_title_is_not_the_venue():
    text = "Maple Valley School District\nBoard of Education\nRegular Meeting Minutes\nJune 10, 2024\n"
    assert facts(text, "minutes", 3).venue is None
    text = "Maple Valley High School\n1200 Oak Street\nBoard of Education\nRegular Meeting Minutes\nJune 10, 2024\n"
    assert facts(text, "minutes", 4).venue == "Maple Valley High School, 1200 Oak Street"  # a school is a venue


def test_the_first_heading_of_the_order_of_business_under_the_address_is_not_part_of_the_venue():
    text = "CITY COUNCIL MINUTES\nJuly 16, 2024\nCouncil Chambers, 200 Main Street\n\nCALL TO ORDER\n"
    assert facts(text, "minutes", 1).venue == "Council Chambers, 200 Main Street"


def test_labels_apart_by_a_bar_on_one_line():
    found = facts("MINUTES\n4 March 2024\nTime: 7:00 PM | Location: City Hall, Room 101\n", "minutes", 1)
    assert (found.start, found.venue) == ("19:00", "City Hall, Room 101")


def test_the_place_an_opening_sentence_names_after_who_opened_the_meeting_or_straight_after_the_time():
    for sentence, venue in [("The meeting was called to order at 7:00 p.m. by Mayor Smith in the Council Chambers.",
                             "Council Chambers"), ("The meeting started at 19:00 in the Parish Room.", "Parish Room"),
                            ("The meeting was called to order at 7:00 pm in the Lounge of the Church\nHall with 14 "
                             "persons in attendance.", "Lounge of the Church Hall")]:
        found = facts(f"MINUTES\n4 March 2024\n\n{sentence}\n", "minutes", 1)
        assert (found.actual_start, found.venue) == ("19:00", venue)


def test_the_place_an_opening_sentence_names_before_the_time():
    found = facts("MINUTES\n4 March 2024\n\nThe meeting was called to order at the River Grove Elementary School "
                  "library at 7:00 p.m.\n", "minutes", 1)
    assert (found.actual_start, found.venue) == ("19:00", "River Grove Elementary School library")
    found = facts("MINUTES\n4 March 2024\n\nThe meeting was called to order at the request of the Chair at 7:00 p.m.\n",
                  "minutes", 1)  # no word that names a place: no venue, and the time stays unread as before
    assert found.venue is None


def test_an_office_named_for_what_it_does_over_the_papers_is_no_venue_an_office_in_a_building_is_one():
    text = "BANK OF ISRAEL\n\nOffice of the Spokesperson and Economic Information\n\nDecember 9, 2019\n\nReport\n"
    assert facts(text, "minutes", 4).venue is None
    text = "PARISH COUNCIL\nMay 4, 2019\nOffice of the Clerk, Town Hall\n7:00 pm\n"
    assert facts(text, "minutes", 1).venue == "Office of the Clerk, Town Hall"


def test_the_day_before_the_place_on_one_line_apart_by_a_dash_is_no_part_of_the_venue():
    found = facts("HISTORIC DISTRICT COMMISSION\n\nSeptember 23 – Room 901\n\nMINUTES\n", "minutes", 2)
    assert found.venue == "Room 901"


def test_an_address_for_those_attending_in_person_or_a_link_is_the_venue_and_the_link_no_letterhead():
    found = facts("CITY COUNCIL\nMeeting Minutes\n5:30 PM, Tuesday, September 19, 2023\nCouncil Chambers\n"
                  "Hybrid meeting: 445 W. Center Street, Provo, UT 84601 or\nhttps://www.youtube.com/provocitycouncil\n",
                  "minutes", date_index=2)
    assert found.venue == "Council Chambers, 445 W. Center Street, Provo, UT 84601"



def test_the_meeting_s_name_a_dash_then_its_place_before_the_date():
    found = facts("Annual General Meeting - Hadbury Community Hall, August 24, 2019, 10:00 am\n")
    assert (found.venue, found.start) == ("Hadbury Community Hall", "10:00")
    assert facts("March 29, 2018 - Teleconference to vote on policy priorities\n").venue is None


def test_a_place_labelled_under_a_long_agenda_and_attendance_list_is_the_venue(tmp_path):
    import yaml

    from minutebook.importer import run_import

    names = "".join(f"- Member Number{chr(65 + n)} Hale\n" for n in range(26))
    agenda = "".join(f"{n}. To consider the business numbered {n} as the rules require\n" for n in range(1, 20))
    source = tmp_path / "2019-09-14-agm-minutes.md"
    source.write_text(f"# AGM Minutes 2019-09-14\n\n## Agenda\n\n{agenda}\n## Setup\n\n"
                      f"Attendees (ordinary Members):\n\n{names}\nChairperson: Ann Bell\n\n"
                      "Start Time: 13:02\n\nEnd Time: 13:34\n\n"
                      "Place: Hadbury Makerspace - U8 / 16 Guthrie St, Osborne Park 6017\n\n## Minutes\n\n"
                      "### Auditor\n\nNone appointed.\n", encoding="utf-8")
    report = run_import([source], tmp_path / "content", root=tmp_path)
    assert not report.errors, report.summary()
    record = next((tmp_path / "content" / "meetings").rglob("*.md")).read_text(encoding="utf-8")
    front = yaml.safe_load(record.split("---")[1])
    assert (front["start"], front["end"], front["venue"]) == (
        "13:02", "13:34", "Hadbury Makerspace - U8 / 16 Guthrie St, Osborne Park 6017")


def test_a_meeting_called_to_order_via_teleconference_is_held_there():
    found = facts("Chair Ann Bell called the meeting to order at 6:30 pm on October 19, 2020 via teleconference.  "
                  "Board\nmembers present were supervisors Ann Bell and Cy Hale.\n", "minutes", date_index=-1)
    assert (found.actual_start, found.venue) == ("18:30", "teleconference")
    found = facts("Chair Ann Bell called the meeting to order at 6:30 pm via the board's usual procedures.\n",
                  "minutes", date_index=-1)
    assert found.venue is None  # 'via' with no word that names a place or a means of meeting


def test_a_chair_who_concluded_the_groups_meeting_at_a_time_ended_it():
    found = facts("Nat Bell called the meeting to order at 9:06AM CST.\n\nText.\n\nNat concluded the FAPI Working "
                  "Group meeting at 9:50AM CST.\n", "minutes", date_index=-1)
    assert (found.actual_start, found.actual_end) == ("09:06", "09:50")


def test_a_meeting_held_over_internet_relay_chat_and_no_place_from_the_sentence_after():
    found = facts("A regular meeting of the Board of Directors was held over Internet Relay Chat beginning at "
                  "18:04 UTC, 13\nDecember 2005.  Stephan Bell presided at the meeting.\n")
    assert (found.start, found.venue) == ("18:04", "Internet Relay Chat")
    found = facts("A meeting of the Board was held over two days beginning on 13 December 2005.  Ann Bell presided at "
                  "the meeting.\n")
    assert found.venue is None


def test_a_place_held_during_a_time_of_day_is_the_place():
    found = facts("Board Meeting 2014-01-23 Minutes\n\nMeeting held on Jan 23, 2014 at Mama's Pizza during lunch.\n",
                  "minutes")
    assert found.venue == "Mama's Pizza"


def test_a_video_or_phone_meeting_under_the_date_is_where_it_was_held():
    found = facts("# Hadley Steering Group Meeting #3\n\n9th December 2015 15:00GMT\n"
                  "Video/Phone meeting (Bluejeans)\n\nAttendance\n\n- Steve Bell (SB), STFC\n", "minutes", date_index=2)
    assert (found.start, found.venue) == ("15:00", "Video/Phone meeting (Bluejeans)")


def test_held_from_a_24_hour_range_via_a_video_call():
    found = facts("January 13, 2021\n\nHadley Advisory Board Meeting Held on January 13, 2021 from 2030-2200 EST via "
                  "Video Conference Call.\n")
    assert (found.start, found.end, found.venue) == ("20:30", "22:00", "Video Conference Call")


def test_a_held_sentence_without_its_date_under_the_date_line():
    found = facts("March 8, 2005\n\nA regular meeting of the Hadley Board of Directors was held over Internet Relay "
                  "Chat at 18:00 GMT. Stephan Bell presided at the meeting.\n")
    assert (found.start, found.venue) == ("18:00", "Internet Relay Chat")
    assert facts("March 8, 2005\n\nThe library was held open at 18:00 for visitors.\n").start is None


def test_a_link_to_the_meeting_s_recording_after_its_place_is_no_part_of_the_venue():
    found = facts("Time: 2019-08-14 at 10:00\n\nPlace: Remotely (GoToMeeting), [recording](https://example.org/r?id=1) "
                  "available.\n", "minutes")
    assert (found.start, found.venue) == ("10:00", "Remotely (GoToMeeting)")


def test_a_meeting_adjourned_at_approximately_a_time_ended_then():
    found = facts("Minutes\n\nThe Chair declared the meeting adjourned at approximately 11:39 Eastern time.\n",
                  "minutes")
    assert found.actual_end == "11:39"


def test_a_line_under_the_title_saying_where_the_meeting_was_held_without_a_date():
    found = facts("Minutes of the Group AGM - 26 September 2005\nHeld at the Hall\nMeeting opened at 7:16pm.\n",
                  "minutes")
    assert (found.venue, found.actual_start) == ("the Hall", "19:16")


def test_the_meeting_held_over_the_internet_via_a_service_under_its_title_was_held_on_that_service():
    found = facts("Minutes of the Regular Meeting on October 18th, 2021\nThe meeting was held over the internet via a "
                  "Zoom video conference.\nThe following people were present:\n", "minutes")
    assert found.venue == "Zoom video conference"
    assert facts("Minutes of the Regular Meeting on 18 October 2021\nThe meeting was held in the Church Hall.\n",
                 "minutes").venue == "Church Hall"


def test_the_first_item_titled_for_the_opening_with_its_time_and_a_close_with_silence_give_start_and_end():
    found = facts("Minutes\n\nMarch 18, 2012\n\n1. Open Worship in Silence at 11:30am\n\nText.\n\n"
                  "Meeting closed with celebratory silence at 1:23pm.\n", "minutes", date_index=2)
    assert (found.actual_start, found.actual_end) == ("11:30", "13:23")
    assert facts("Minutes\n\n5. Open Space Strategy at 7:45pm\n", "minutes").actual_start is None


def test_the_meeting_that_took_place_via_a_service_at_a_time_started_then_there():
    found = facts("Minutes\n\n## Date, Time and Location\n\nThe meeting took place virtually, via Google Hangouts, at "
                  "5:00pm (Lausanne time)\non Tuesday, August 9, 2016.\n", "minutes", date_index=-1)
    assert (found.actual_start, found.venue) == ("17:00", "Google Hangouts")


def test_the_meeting_s_own_times_among_others_on_a_heading_line_are_its_start_and_end():
    found = facts("Suffolk Libraries Annual General Meeting\n\nThursday, 29th September 2016\nThe Cookhouse\n\n"
                  "Exhibitor Stalls viewing from 5.30pm-6.30pm,\nBuffet Supper 5.30pm, AGM 6.30pm-8.00pm\n",
                  "agenda", date_index=2)
    assert (found.start, found.end) == ("18:30", "20:00")


def test_the_title_over_the_date_closing_with_a_time_after_a_dash_gives_the_start():
    found = facts("**Governing Board Conference Call -- 7:00am PST**\n\n**12 March 2020**\n\n1.  **Call to Order**\n",
                  "minutes", date_index=2)
    assert found.start == "07:00"
    assert facts("Budget 2020 - 2021\n\n12 March 2020\n", "minutes", date_index=2).start is None


def test_a_place_s_own_capitalised_article_stays_while_running_text_s_goes():
    assert facts("Minutes\n\nThe meeting was held in An Grianán, Termonfeckin.\n", "minutes").venue == \
        "An Grianán, Termonfeckin"
    assert facts("Minutes\n\nThe meeting was held via a Zoom video conference.\n", "minutes").venue == \
        "Zoom video conference"


def test_an_attendance_label_line_under_the_title_is_no_venue_though_a_name_in_it_reads_like_a_place():
    found = facts("Annual General Meeting\n7 September 2023\n\nMembers present: Ann Bell\n\nObservers: Claire Church\n",
                  kind="minutes", date_index=1)
    assert found.venue is None


def test_meeting_was_held_in_a_place_after_an_event_gives_the_place():
    found = facts("Board Meeting\nApril 7, 2001\n\nMeeting was held in Socorro at NM Tech after the State Science "
                  "Fair.  Board members in attendance were:  Ann Bell.\n", kind="minutes", date_index=1)
    assert found.venue == "Socorro at NM Tech"


def test_a_motion_to_adjourn_meeting_at_a_time_is_the_end():
    found = facts("Annual Meeting\nSaturday May 7th, 2016\n\nOpening: Meeting was called to order at 9:02 am.\n\n"
                  "Cindy E. motioned to adjourn meeting at 11:11 am, Therese F. seconded.\n", kind="minutes",
                  date_index=1)
    assert (found.actual_start, found.actual_end) == ("09:02", "11:11")


def test_a_title_sentence_held_in_over_the_paragraph_naming_the_place_keeps_the_place_s_own_the():
    found = facts("Notice of the 2nd Annual General Meeting of the Friends which will be held in:\n\nThe Winchester "
                  "Hall, Turk's Head, Winchester Road on Monday 11th May 2015 from 6.30pm for 7.00pm.\n")
    assert found.venue == "The Winchester Hall, Turk's Head, Winchester Road"
    found = facts("The Annual Meeting will be held in the Village Hall on Monday 11th May 2015.\n")
    assert found.venue == "Village Hall"


def test_labelled_commenced_and_closed_times_are_the_meeting_s_own():
    text = ("August 2021 Committee Meeting\nScheduled on Tuesday, 10th August, 2021 from 7:30pm\n\n"
            "Meeting Commenced: 7:35pm\nMeeting Closed: 9:00pm\n")
    found = facts(text, "minutes", 1)
    assert (found.start, found.actual_start, found.actual_end) == ("19:30", "19:35", "21:00")


def test_a_meeting_held_by_a_means_of_meeting_at_a_distance_is_held_there():
    found = facts("# Minutes\n- Meeting was held by Zoom on 2023-12-19 at 16:00 UTC\n", "minutes", 1)
    assert (found.venue, found.start) == ("Zoom", "16:00")
    assert facts("Minutes\n\nThe meeting was held by the Council on 19 December 2023.\n", "minutes", 1).venue is None
    hosted = facts("Minutes\n\nThe meeting was held by teleconference hosted by Bill Stoddard (IBM).\n", "minutes", 1)
    assert hosted.venue == "teleconference"  # who provided it is no part of the place


def test_an_adjournment_labelled_with_a_colon_after_at_is_the_end():
    found = facts("Report\nAugust 17, 2016\n\nMeeting adjourned at: 5pm Eastern\n", "minutes", 1)
    assert found.actual_end == "17:00"


def test_the_minutes_own_sentence_gives_the_place_and_a_place_and_date_heading_is_none():
    found = facts("pyFormex User Meeting 10 (2010-01-19)\n\nPlace and Date\n\nThese are the minutes of the pyFormex "
                  "User Meeting of Tuesday January 19, 2010, at the Institute Biomedical Technology (IBiTech), Ghent "
                  "University, Belgium.\n", "minutes", 0)
    assert found.venue == "Institute Biomedical Technology (IBiTech), Ghent University, Belgium"


def test_a_form_s_labels_for_the_time_called_to_order_and_adjourned_are_the_start_and_end():
    found = facts("Minutes\nJuly 10, 2025\n\nTime: 6:00 PM\n\nTime Called to Order: 6:12 pm CDT\n\n"
                  "Time Adjourned: 8:04 PM\n", "minutes", 1)
    assert (found.actual_start, found.actual_end) == ("18:12", "20:04")


def test_a_time_and_a_place_at_the_two_ends_of_a_line_under_the_date():
    found = facts("HADBURY BOARD OF SELECTMEN\n\nMEETING MINUTES\n\nFEBRUARY 6, 2017\n\n \n\n6:30PM"
                  + " " * 80 + "Memorial Hall\n\nPresent: Chairman A Bell\n", date_index=4)
    assert (found.start, found.venue) == ("18:30", "Memorial Hall")


def test_a_body_that_met_in_a_regular_session_met_in_no_place_of_that_name():
    found = facts("Council Minutes – March 10, 2014\n\nThe Town of Hadbury Council met in a Regular Session on Monday, "
                  "March 10, 2014 with Deputy Mayor Bell presiding.\n", "minutes")
    assert found.venue is None
    found = facts("Council Minutes – March 10, 2014\n\nThe Town of Hadbury Council met in the Council Chamber on "
                  "Monday, March 10, 2014.\n", "minutes")
    assert found.venue == "Council Chamber"
