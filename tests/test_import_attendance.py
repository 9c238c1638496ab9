"""attendance.py: one test per attendance layout the packs use."""

import pytest
import yaml

from minutebook.importer.attendance import parse_region
from minutebook.importer.attendance_closing import closing_block
from minutebook.importer.attendance_items import item_attendance
from minutebook.importer.attendance_posts import voters_named
from minutebook.importer.drafts import ItemDraft
from minutebook.importer.lines import read_lines


def read(text: str) -> list[tuple]:
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    return [(e.name.name, e.status, e.role, e.capacity, e.organisation) for e in entries]


def test_participants_and_the_meeting_chair_are_attendance_labels():
    assert read("Meeting Chair: Richard Wade\n\nParticipants: Raj Nadkarni; Monica Watt\n") == [
        ("Richard Wade", "present", "Chair", None, None), ("Raj Nadkarni", "present", None, None, None),
        ("Monica Watt", "present", None, None, None)]


def test_people_of_one_organisation_grouped_before_it_and_a_post_after_an_organisation():
    text = ("Meeting Chair: Richard Wade, TWDB – Chair; Ed Kelly, DIR – Co-chair\n\nParticipants: Raj Nadkarni, TCEQ; "
            "Chris Bardash, Jeremy Rogers – TxDOT; by phone – Conrad Schaeffer, Jennifer Kirby - TCEQ\n")
    assert read(text) == [
        ("Richard Wade", "present", "Chair", None, "TWDB"), ("Ed Kelly", "present", "Co-chair", None, "DIR"),
        ("Raj Nadkarni", "present", None, None, "TCEQ"), ("Chris Bardash", "present", None, None, "TxDOT"),
        ("Jeremy Rogers", "present", None, None, "TxDOT"), ("Conrad Schaeffer", "present", None, None, "TCEQ"),
        ("Jennifer Kirby", "present", None, None, "TCEQ")]


def test_a_label_with_its_legend_in_brackets_and_a_note_left_by_a_mark_not_shown():
    assert read("- Attendance ( = active member)\n  - Ann Bell\n  - Tom Hale ( , post-meeting)\n\n"
                "- Apologies\n  - Sue Ray\n") == [
        ("Ann Bell", "present", None, None, None), ("Tom Hale", "present", None, None, None),
        ("Sue Ray", "apologies", None, None, None)]


def test_members_represented_by_proxy_are_absent_whoever_holds_it():
    assert read("Proxy:\n\n- Fletcher holds proxy for:\n  - Claude Woodward\n  - Liz Harris\n"
                "- Chairperson holds proxy for:\n  - Shelley Elkins\n") == [
        ("Claude Woodward", "absent", None, None, None), ("Liz Harris", "absent", None, None, None),
        ("Shelley Elkins", "absent", None, None, None)]


def test_the_secretary_and_the_recorder_labelled_are_present_in_their_roles():
    assert read("Secretary: Blake Samuels\n\nChairperson: Iain Graham\n\nRecorder: Miriam Smith\n") == [
        ("Blake Samuels", "present", "Secretary", None, None), ("Iain Graham", "present", "Chair", None, None),
        ("Miriam Smith", "present", "Recorder", None, None)]
    assert read("Secretary's Report: the accounts were circulated.\n") == []


def test_members_named_by_number_are_members_not_the_roles_of_the_names_before_them():
    text = "Members Present: Nick Farr, Serge Hale, Member 7, Katie Bell, Martin Roe,\nMember 19, Member 44\n"
    assert read(text) == [(name, "present", None, None, None) for name in (
        "Nick Farr", "Serge Hale", "Member 7", "Katie Bell", "Martin Roe", "Member 19", "Member 44")]


def test_one_person_and_an_agency_after_a_dash_in_a_list_of_people_and_their_agencies():
    assert read("Participants: Raj Nadkarni, TCEQ; Chris Bardash – TxDOT; Jeremy Nobles, TPWD\n") == [
        ("Raj Nadkarni", "present", None, None, "TCEQ"), ("Chris Bardash", "present", None, None, "TxDOT"),
        ("Jeremy Nobles", "present", None, None, "TPWD")]


def test_four_words_before_an_agency_where_the_others_have_two_are_two_people_of_that_agency():
    assert read("Participants: Raj Nadkarni, TCEQ; Scot Friedman Cory Wilburn, GLO; Monica Watt, CSEC\n") == [
        ("Raj Nadkarni", "present", None, None, "TCEQ"), ("Scot Friedman", "present", None, None, "GLO"),
        ("Cory Wilburn", "present", None, None, "GLO"), ("Monica Watt", "present", None, None, "CSEC")]


def test_one_bullet_an_administration_with_its_people_after_a_colon():
    assert read("Attendees\n- Flanders: Raf Buyle, Eveline Vlassenroot\n- FPS BOSA DG DT: Bart Hanssens\n"
                "- Chair: Rink Kruk\n") == [
        ("Raf Buyle", "present", None, None, "Flanders"), ("Eveline Vlassenroot", "present", None, None, "Flanders"),
        ("Bart Hanssens", "present", None, None, "FPS BOSA DG DT"), ("Rink Kruk", "present", "Chair", None, None)]


def test_an_administration_whose_name_reads_like_a_person_s_before_a_colon_and_only_people_after_it():
    assert read("Excused:\n- Brussels Region: HOF Alexander ; HOOGEWYS Tristan\n- Walloon Region: Catherine Wagneur\n"
                "- Flanders: Buyle Raf\n") == [
        ("HOF Alexander", "apologies", None, None, "Brussels Region"),
        ("HOOGEWYS Tristan", "apologies", None, None, "Brussels Region"),
        ("Catherine Wagneur", "apologies", None, None, "Walloon Region"),
        ("Buyle Raf", "apologies", None, None, "Flanders")]


def test_a_surname_in_capitals_a_comma_and_the_given_name_is_one_person():
    assert read("Excused:\n- German speaking community: AUSSEMS, Thomas\n- NGI: VAN DAMME, Anne-Marie\n") == [
        ("Thomas AUSSEMS", "apologies", None, None, "German speaking community"),
        ("Anne-Marie VAN DAMME", "apologies", None, None, "NGI")]
    assert read("Present: Ann Bell, Chair; SMITH, Clerk\n") == [
        ("Ann Bell", "present", "Chair", None, None), ("Smith", "in_attendance", "Clerk", "officer", None)]


def test_spokespeople_economists_researchers_and_scientists_are_posts_not_organisations():
    text = ("Other participants:\nMr. Uri Barazani, Acting Spokesperson of the Bank\n"
            "Mr. Nimrod Segev, Economist in the Research Department\nMs. Ann Lee, Senior Researcher\n"
            "Dr. Kay Ito, Data Scientist\n")
    assert [(name, role, organisation) for name, _, role, _, organisation in read(text)] == [
        ("Uri Barazani", "Acting Spokesperson of the Bank", None),
        ("Nimrod Segev", "Economist in the Research Department", None), ("Ann Lee", "Senior Researcher", None),
        ("Kay Ito", "Data Scientist", None)]


def test_tab_table_with_role_and_organisation():
    assert read("Present:\n\nJacqui Mace\tRepresentative\tFurther Education Sector\n") == [
        ("Jacqui Mace", "present", "Representative", None, "Further Education Sector")]


def test_tab_table_rows_wrapped_over_two_lines():
    text = ("Present:\n\nBorough Commander Richard\tBorough Commander, Harrow\tLondon Fire and Emergency\n"
            "Claydon\tFire Authority\tPlanning Authority\nDavid Cheesman\tRepresentative\tNorth West London Hospital\n"
            "\t\tNHS Trust\n")
    assert read(text) == [
        ("Richard Claydon", "present", "Borough Commander, Harrow Fire Authority", None,
         "London Fire and Emergency Planning Authority"),
        ("David Cheesman", "present", "Representative", None, "North West London Hospital NHS Trust")]


def test_chairman_row_with_stray_wrapped_cell():
    entries, _ = parse_region(read_lines("doc.txt", "Present:\n\nCouncillor Thaya Idaikkadar (Chairman)\tLeader of "
                                         "the Council\tHarrow Council\n(Chaiman)\tPortfolio Holder\t\n")[0])
    assert len(entries) == 1 and entries[0].role == "Chair"
    assert entries[0].position == "Leader of the Council Portfolio Holder"


def test_officers_attended_label():
    assert read("(2) The following Harrow Council Officers attended:\n\nMike Howes\tService Manager\tHarrow Council\n")[
        0][1:4] == ("in_attendance", "Service Manager", "officer")


def test_apologies_sentence_with_role_and_organisation():
    text = ("Apologies were received from:\n\n"
            "Rob Larkman (Accountable Officer) (NHS Harrow) and Trina Thompson (Officer)\n")
    assert read(text) == [("Rob Larkman", "apologies", "Accountable Officer", None, "NHS Harrow"),
                          ("Trina Thompson", "apologies", "Officer", None, None)]


def test_star_dagger_grid_one_column_with_labels():
    text = "Chairman: * Councillor Mitzi Green\n\nCouncillors: * Husain Akhtar (1) * Lynda Seymour\n* Denotes present\n"
    assert read(text) == [("Mitzi Green", "present", "Chair", None, None),
                          ("Husain Akhtar", "present", None, "reserve", None),
                          ("Lynda Seymour", "present", None, None, None)]


def test_star_dagger_grid_two_columns():
    text = "Councillors:\t† Ghazanfar Ali\t* Jerry Miles\n\t* Richard Almond\t† Amir Moshenson\n"
    assert [r[:2] for r in read(text)] == [
        ("Ghazanfar Ali", "apologies"), ("Jerry Miles", "present"), ("Richard Almond", "present"),
        ("Amir Moshenson", "apologies")]


def test_grid_flattened_into_html_list_line():
    text = 'Councillors:\n\n<ul style="list-style-type: none"> * Ghazanfar Ali † Stephen Greek * Mrs Chika Amadi\n'
    assert [r[:2] for r in read(text)] == [("Ghazanfar Ali", "present"), ("Stephen Greek", "apologies"),
                                          ("Chika Amadi", "present")]


def test_unmarked_name_in_grid_is_absent_and_guests_in_attendance():
    text = ("Chair:\t* Councillor Nitin Parekh\nTrade Union Observers:\tJohn Royle\tPamela Belgrave\n"
            "Independent Advisers:\t* Mr C Robertson\tIndependent Adviser\nOthers:\t* Colin Cartwright\tAon Hewitt\n")
    assert read(text) == [
        ("Nitin Parekh", "present", "Chair", None, None),
        ("John Royle", "absent", "Trade Union Observer", "observer", None),
        ("Pamela Belgrave", "absent", "Trade Union Observer", "observer", None),
        ("C Robertson", "in_attendance", "Independent Adviser", "adviser", None),
        ("Colin Cartwright", "in_attendance", None, "other", "Aon Hewitt")]


def test_in_attendance_for_a_minute():
    entries, _ = parse_region(read_lines("doc.txt", "In attendance:\n\nRichard Almond\tMinute 571\n")[0])
    assert (entries[0].status, entries[0].items) == ("in_attendance", ["571"])


def test_moderngov_present_sentence_wrapped_plural_title_before_the_list_is_the_role():
    text = ("PRESENT:  Councillors Helen Ashdown (Chair), Marcus Pelling (Vice-\n"
            "  Chair), Priya Ravindran and Owen Hughes\n")
    assert [(r[0], r[2]) for r in read(text)] == [("Helen Ashdown", "Chair"), ("Marcus Pelling", "Vice-Chair"),
                                                 ("Priya Ravindran", "Councillor"), ("Owen Hughes", "Councillor")]


def test_substitute_a_for_b():
    entries, _ = parse_region(read_lines("doc.txt", "Substitute Members:\n\nCouncillor Tariq Mahmood for "
                                         "Councillor Sheila Beckwith\n")[0])
    assert (entries[0].status, entries[0].substitute_for.name) == ("substitute", "Sheila Beckwith")


def test_parish_present_and_clerk():
    text = ("Present: Cllrs J. Penrose (Chairman), A. Whitcombe,\nS. Kettleby and D. Frayne\n"
            "Clerk: Mrs P. Ellingham (Clerk)\n")
    assert [r[:2] for r in read(text)] == [("J. Penrose", "present"), ("A. Whitcombe", "present"),
                                          ("S. Kettleby", "present"), ("D. Frayne", "present"),
                                          ("P. Ellingham", "in_attendance")]


def test_lines_that_are_not_attendance_are_kept():
    _, leftover = parse_region(read_lines("doc.txt", "PRAYERS\n\nThe meeting opened with Prayers.\n")[0])
    assert [line.text for line in leftover] == ["PRAYERS", "The meeting opened with Prayers."]


def test_councillors_present_label_one_name_a_line():
    assert [r[:2] for r in read("Councillors Present:\nAnn Smith (Chair)\nBob Jones\n")] == [
        ("Ann Smith", "present"), ("Bob Jones", "present")]


def test_two_columns_flattened_with_wide_gaps():
    text = ("PRESENT:\n\nCouncillor Gareth Llewelyn (Chair)          Councillor Sian Pritchard-Rees\n\n"
            "OFFICERS:\n\nEleri Vaughan \u2013 Head of Finance          Owen Tudor \u2013 Scrutiny Officer\n")
    assert read(text) == [
        ("Gareth Llewelyn", "present", "Chair", None, None),
        ("Sian Pritchard-Rees", "present", None, None, None),
        ("Eleri Vaughan", "in_attendance", "Head of Finance", "officer", None),
        ("Owen Tudor", "in_attendance", "Scrutiny Officer", "officer", None)]


def test_cmis_officers_present_name_and_role_in_gapped_columns():
    text = ("Officers Present:\n\nMark Greenslade          Licensing Manager\n"
            "Helen Okafor             Senior Solicitor\n")
    assert read(text) == [("Mark Greenslade", "in_attendance", "Licensing Manager", "officer", None),
                          ("Helen Okafor", "in_attendance", "Senior Solicitor", "officer", None)]


def test_substitutions_label_a_for_b():
    entries, _ = parse_region(read_lines("doc.txt", "Substitutions: Councillor Ian Dobson for Councillor Keith Marlow\n"
                                         "               Councillor Amira Haddad for Councillor Paul Greaves\n")[0])
    assert [(e.name.name, e.status, e.substitute_for.name) for e in entries] == [
        ("Ian Dobson", "substitute", "Keith Marlow"), ("Amira Haddad", "substitute", "Paul Greaves")]


def test_role_printed_before_the_name():
    assert read("In attendance: the Clerk (Mrs J Smith) and 3 members of the public\n") == [
        ("J Smith", "in_attendance", "Clerk", None, None)]


def test_scottish_sederunt_with_semicolon_groups_and_convener():
    text = ("Sederunt:   Councillor Morag Sinclair (Convener); and Councillors Alasdair\n"
            "            Baird, Shona Gillies (Depute Convener) and Euan Rattray; and\n"
            "            Mr Hamish Lorimer (Religious Representative).\n\n"
            "In Attendance: Catriona Munro, Director of Education; Ailsa Guthrie, Chief Finance\n"
            "            Officer (for item 4); and Jennifer Baxter, Committee Officer.\n\n"
            "            Councillor Sinclair, Convener, presiding.\n")
    assert read(text) == [
        ("Morag Sinclair", "present", "Convener", None, None),
        ("Alasdair Baird", "present", "Councillor", None, None),
        ("Shona Gillies", "present", "Depute Convener", None, None),
        ("Euan Rattray", "present", "Councillor", None, None),
        ("Hamish Lorimer", "present", "Religious Representative", None, None),
        ("Catriona Munro", "in_attendance", "Director of Education", None, None),
        ("Ailsa Guthrie", "in_attendance", "Chief Finance Officer", None, None),
        ("Jennifer Baxter", "in_attendance", "Committee Officer", None, None)]


def test_names_wrapped_in_their_column_under_councillors_label():
    text = ("Councillors:\n\nFelicity Arkwright              Nathaniel Osei-Bonsu\n"
            "Graham Dewhurst                 Imogen\nLorraine Pickersgill            Tregothnan-Smythe\n")
    assert [e[0] for e in read(text)] == ["Felicity Arkwright", "Nathaniel Osei-Bonsu", "Graham Dewhurst",
                                          "Imogen Tregothnan-Smythe", "Lorraine Pickersgill"]


def test_bilingual_labels_honorifics_and_roles():
    text = ("Presennol / Present:  Cyng. / Cllr Eirlys Rowlands (Cadeirydd / Chair) and Cyng. / Cllr Nia Howells\n\n"
            "Yn bresennol / In attendance:  Mr Dylan Pugh (Clerc / Clerk)\n")
    assert read(text) == [("Eirlys Rowlands", "present", "Chair", None, None),
                          ("Nia Howells", "present", None, None, None),
                          ("Dylan Pugh", "in_attendance", "Clerk", None, None)]


def test_apologies_sentence_in_the_attendance_region():
    text = ("Councillors Fatima Akhtar and Carla Venn.\n\nApologies for absence were received from Councillors "
            "Desmond Ure and\nPhilippa Yardley.\n")
    entries, _ = parse_region(read_lines("doc.txt", "Present:\n\n" + text)[0])
    assert [(e.name.name, e.status) for e in entries] == [
        ("Fatima Akhtar", "present"), ("Carla Venn", "present"), ("Desmond Ure", "apologies"),
        ("Philippa Yardley", "apologies")]


def test_semicolon_inside_parentheses_does_not_loop():
    assert read("Present: Councillor A Smith (Chair; Leader); and Councillor B Jones\n")[1][0] == "B Jones"


def test_key_value_header_row_with_hanging_indent():
    text = ("Attendees                        Ann Bell (Chair), Tom Hale (Vice Chair), Rosa\n"
            "                                 Lind, Kit Mayo (XYZ)\n"
            "Invited                          Pat Lowe (Finance Manager)\n"
            "                                                                      Action\n")
    assert read(text) == [("Ann Bell", "present", "Chair", None, None),
                          ("Tom Hale", "present", "Vice-Chair", None, None),
                          ("Rosa Lind", "present", None, None, None), ("Kit Mayo", "present", None, None, "XYZ"),
                          ("Pat Lowe", "in_attendance", "Finance Manager", "other", None)]


def test_a_label_column_whose_label_wraps_onto_the_line_under_it():
    text = ("Time                 7.00pm – 9.00pm\nAttendees            Ann Bell (Chair)\n\n"
            "Officers in          Mr Hale, Director of Environment\n"
            "Attendance           Mrs Lind, Democratic Services Officer\n\n"
            "Others in            Mr K Mayo, Department for Infrastructure\n"
            "Attendance\n")
    assert read(text) == [("Ann Bell", "present", "Chair", None, None),
                          ("Hale", "in_attendance", "Director of Environment", "officer", None),
                          ("Lind", "in_attendance", "Democratic Services Officer", "officer", None),
                          ("K Mayo", "in_attendance", None, "other", "Department for Infrastructure")]


def test_bulleted_labels_present_others_and_absent():
    text = ("o Commissioners Present: Ann Bell, Tom Hale\no Others Present: Rosa Lind (ACME)\n"
            "o Commissioners Absent: Kit Mayo\nMeeting called to order at 9:08am - A. Bell (motion)\n")
    assert read(text) == [("Ann Bell", "present", "Commissioner", None, None),
                          ("Tom Hale", "present", "Commissioner", None, None),
                          ("Rosa Lind", "in_attendance", None, "other", "ACME"),
                          ("Kit Mayo", "absent", "Commissioner", None, None)]


def test_markdown_callout_labels():
    text = "> [!abstract]- Present:\n> A. Bell, T. Hale\n\n> [!abstract]- Absent:\n> K. Mayo\n"
    assert [(r[0], r[1]) for r in read(text)] == [("A. Bell", "present"), ("T. Hale", "present"),
                                                 ("K. Mayo", "absent")]


def test_numbered_members_present_were_and_also_in_attendance_was():
    text = (" 1. Committee Members Present were: Ann Bell, Tom Hale (chair) and Rosa\n"
            "     Lind. Also in attendance was local resident Kit Mayo\n")
    assert read(text) == [("Ann Bell", "present", None, None, None), ("Tom Hale", "present", "Chair", None, None),
                          ("Rosa Lind", "present", None, None, None),
                          ("Kit Mayo", "in_attendance", "local resident", None, None)]


def test_apologies_with_semicolon_and_plural_title_carried_through_the_list():
    text = "1.    Apologies; Members Ann Bell, Tom Hale and Cllrs Rosa Lind and Kit Mayo and Police Scotland\n"
    assert read(text) == [("Ann Bell", "apologies", None, None, None), ("Tom Hale", "apologies", None, None, None),
                          ("Rosa Lind", "apologies", "Councillor", None, None),
                          ("Kit Mayo", "apologies", "Councillor", None, None)]


def test_initials_in_brackets_and_role_after_the_name():
    text = "Present; Ann Bell (AB), Tom Hale, Chair (THal), Rosa Lloyd-Evans (RLE)\n"
    assert read(text) == [("Ann Bell", "present", None, None, None), ("Tom Hale", "present", "Chair", None, None),
                          ("Rosa Lloyd-Evans", "present", None, None, None)]


def test_plural_role_after_the_names_and_the_clerk_in_attendance():
    text = "Present: Miss Ann Bell, Mr Tom Hale and Mrs Rosa Lind, Councillors, and Mrs Kit Mayo, Clerk\n"
    assert read(text) == [("Ann Bell", "present", "Councillor", None, None),
                          ("Tom Hale", "present", "Councillor", None, None),
                          ("Rosa Lind", "present", "Councillor", None, None),
                          ("Kit Mayo", "in_attendance", "Clerk", "officer", None)]


def test_titles_before_surnames_are_roles_and_guests_follow_the_councillors():
    text = "Present: Chairman Cllr Mrs Bell, Councillors Hale, Lind, County Councillor Mayo & Mr Tom Ross, Al Kerr\n"
    assert read(text) == [("Bell", "present", "Chair", None, None), ("Hale", "present", "Councillor", None, None),
                          ("Lind", "present", "Councillor", None, None),
                          ("Mayo", "in_attendance", "County Councillor", "other", None),
                          ("Tom Ross", "in_attendance", None, "other", None),
                          ("Al Kerr", "in_attendance", None, "other", None)]


def test_present_list_without_councillor_titles_keeps_everyone_present():
    text = "Present: Mr Tom Hale (Chairman), Mrs Rosa Lind, Mr Kit Mayo and Miss Ann Bell\n"
    assert [r[1] for r in read(text)] == ["present"] * 4


def test_a_sentence_after_the_lists_is_not_attendance():
    text = ("Present:\nA. Bell, T. Hale\n\nThe meeting is called to order at 1:01 PM; it being noted that Mayor "
            "K. Mayo and Councillor R. Lind were in remote attendance.\n")
    assert [r[0] for r in read(text)] == ["A. Bell", "T. Hale"]


def test_word_tabs_flattened():
    text = "Present:\t  Cllr.\t  Mrs.\t  Ann\t  Bell\t  (in\t  the\t  Chair)\n"
    assert read(text) == [("Ann Bell", "present", "Chair", None, None)]


def test_roll_call_table_with_status_column():
    text = ("      Attendee Name            Title           Status      Arrived\n"
            "Ann Bell                 Commissioner         Late        7:08 p.m.\n"
            "Tom Hale                 Commissioner         Absent\n"
            "Rosa Lind                Alternate            Present\n")
    assert read(text) == [("Ann Bell", "present", "Commissioner", None, None),
                          ("Tom Hale", "absent", "Commissioner", None, None),
                          ("Rosa Lind", "present", "Alternate", None, None)]


def test_unlabelled_roster_of_name_comma_role_lines():
    text = ("REGULAR MEETING\n\nHonorable Ann “Annie” Bell, President\nTom Hale, City Solicitor\n"
            "Rosa Lind, Director of Public Works\nKit Mayo, Deputy City Solicitor\n\n"
            "The meeting was called to order.\n")
    assert read(text) == [("Ann “Annie” Bell", "present", "President", None, None),
                          ("Tom Hale", "present", "City Solicitor", None, None),
                          ("Rosa Lind", "present", "Director of Public Works", None, None),
                          ("Kit Mayo", "in_attendance", "Deputy City Solicitor", "officer", None)]


def test_justified_pdf_text_and_role_colon_name_in_a_list():
    text = ("PRESENT:   Cllrs   Ann   Bell   (Chairman)   Tom   Hale,   Rosa   Lind             Kit   Mayo,   and\n"
            "Roy   Ross.\nIn attendance: Cllr Al Kerr (EHDC), the clerk: Tim Dow, and 10 members of the public.\n")
    assert read(text) == [("Ann Bell", "present", "Chair", None, None),
                          ("Tom Hale", "present", "Councillor", None, None),
                          ("Rosa Lind", "present", "Councillor", None, None),
                          ("Kit Mayo", "present", "Councillor", None, None),
                          ("Roy Ross", "present", "Councillor", None, None),
                          ("Al Kerr", "in_attendance", "Councillor", None, "EHDC"),
                          ("Tim Dow", "in_attendance", "Clerk", None, None)]


def test_roll_call_table_with_a_blank_line_between_rows():
    text = ("      Attendee Name            Title           Status      Arrived\n"
            "Ann Bell                 Commissioner         Late        7:08 p.m.\n\n"
            "Tom Hale                 Commissioner         Absent\n\n\nThe meeting began.\n")
    assert read(text) == [("Ann Bell", "present", "Commissioner", None, None),
                          ("Tom Hale", "absent", "Commissioner", None, None)]


def test_prose_roll_call_responding_were_participated_and_were_absent():
    text = ("Chair Bell called the meeting to order at 5:48 p.m. Responding to roll call were Commissioners\n"
            "Hale, Vice Chair Lind, and Chair Bell in person. Commissioners Mayo and\n"
            "Ross participated via videoconference. Commissioner Kerr and Dow were\n"
            "absent. Also participating were Jan M. Cole, Executive Director; and Kim Fry, Clerk.\n")
    assert read(text) == [("Hale", "present", "Commissioner", None, None),
                          ("Lind", "present", "Vice Chair", None, None), ("Bell", "present", "Chair", None, None),
                          ("Mayo", "present", "Commissioner", None, None),
                          ("Ross", "present", "Commissioner", None, None),
                          ("Kerr", "absent", "Commissioner", None, None), ("Dow", "absent", "Commissioner", None, None),
                          ("Jan M. Cole", "in_attendance", "Executive Director", None, None),
                          ("Kim Fry", "in_attendance", "Clerk", None, None)]


def test_prose_roll_call_names_before_were_present_after_a_colon():
    text = ("The roll was taken with the following results:\nCouncil Members HALE, LIND and BELL\n"
            "were present.  The City Manager, City Clerk, and various staff members were also present.\n")
    assert [(n, s) for n, s, *_ in read(text)] == [("Hale", "present"), ("Lind", "present"), ("Bell", "present")]


def test_prose_roll_call_present_were_and_an_absent_label_sentence():
    text = "Present were Councilmembers Ann Bell and Tom Hale. Absent: Rosa Lind.\n"
    assert [(n, s) for n, s, *_ in read(text)] == [("Ann Bell", "present"), ("Tom Hale", "present"),
                                                   ("Rosa Lind", "absent")]


def test_prose_that_is_not_a_roll_call_names_nobody():
    assert read("The minutes were approved on a motion by Mr. Hale. Members of the public were present.\n") == []


def test_a_sentence_ending_in_a_label_word_is_not_a_label():
    text = "The resolution was read by the\n\nClerk.\n\nThe Columbia Market was praised by Ann Bell, and Tom Hale.\n"
    assert read(text) == []


def test_attendance_minute_whose_heading_list_carries_on_as_its_first_line():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", " 1. Committee Members Present were: Ann Bell, Tom Hale, Rosa\n"
                                  "    Lind(chair) and Kit Mayo.\n")[0]
    body = [lines[0].__class__(lines[0].file, lines[0].number, "Ann Bell, Tom Hale, Rosa", lines[0].raw), lines[1]]
    item = ItemDraft(title="Committee Members Present were", line=lines[0], lines=body, kind="minutes")
    assert [(e.name.name, e.role) for e in item_attendance(item)] == [
        ("Ann Bell", None), ("Tom Hale", None), ("Rosa Lind", "Chair"), ("Kit Mayo", None)]


def test_a_roll_call_s_names_first_unlabelled_then_a_group_under_its_label_are_all_present():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "2. ROLL CALL\n\nMayor McNown; Councilmembers:  Black, Houston, Roberts.\n")[0]
    item = ItemDraft(title="ROLL CALL", line=lines[0], lines=lines[2:], kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item)] == [
        ("McNown", "present", "Mayor"), ("Black", "present", "Council Member"),
        ("Houston", "present", "Council Member"), ("Roberts", "present", "Council Member")]


def test_members_each_after_the_district_they_sit_for_then_a_comma_are_members_not_staff():
    assert read("Present: 1st District Supervisor, Larry Vest; 2nd District Supervisor, Kendall Jordan and 3rd "
                "District Supervisor, Dan Anderson.\n") == [
        ("Larry Vest", "present", "1st District Supervisor", None, None),
        ("Kendall Jordan", "present", "2nd District Supervisor", None, None),
        ("Dan Anderson", "present", "3rd District Supervisor", None, None)]
    assert read("Present: Finance Director, Ann Bell; Town Clerk, Kit Lind\n") == [
        ("Ann Bell", "in_attendance", "Finance Director", "officer", None),
        ("Kit Lind", "in_attendance", "Town Clerk", "officer", None)]


def test_a_supervisor_s_title_written_short_is_the_role_no_part_of_the_name():
    assert read("Present: Supv Schwickerath, Chair, Supv Kamm and Supv. Kuhn.\n") == [
        ("Schwickerath", "present", "Chair", None, None), ("Kamm", "present", "Supervisor", None, None),
        ("Kuhn", "present", "Supervisor", None, None)]


def test_a_line_of_those_present_by_their_titles_under_no_label_the_staff_among_them_by_post():
    text = ("The Board of Trustees of the Village of Tularosa met in a Regular Meeting\nTuesday, October 17, 2006 at "
            "7:00 P. M. in the Court Room of the Public Safety Facility.\nMayor Ray S. Cordova, Trustee "
            "Patrick Garcia, Trustee Margaret Trujillo, Valarie Delgado Finance Officer, Village Clerk Dianna "
            "Brusuelas, Village Attorney Jeff Rhodes as well as Chief of Police Frank Sackman.\n")
    assert read(text) == [
        ("Ray S. Cordova", "present", "Mayor", None, None), ("Patrick Garcia", "present", "Trustee", None, None),
        ("Margaret Trujillo", "present", "Trustee", None, None),
        ("Valarie Delgado", "in_attendance", "Finance Officer", "officer", None),
        ("Dianna Brusuelas", "in_attendance", "Village Clerk", "officer", None),
        ("Jeff Rhodes", "in_attendance", "Village Attorney", "officer", None),
        ("Frank Sackman", "in_attendance", "Chief of Police", "officer", None)]


def test_staff_members_listed_after_their_office_and_a_long_dash_attend_of_that_office():
    text = ("The following staff members were present: Planning Department —Michael Dahilig, Chance Bukoski; Office "
            "of the County Attorney — Deputy County Attorney Jodi Sayegusa\n")
    assert read(text) == [
        ("Michael Dahilig", "in_attendance", None, "officer", "Planning Department"),
        ("Chance Bukoski", "in_attendance", None, "officer", "Planning Department"),
        ("Jodi Sayegusa", "in_attendance", "Deputy County Attorney", "officer", "Office of the County Attorney")]
    assert read("The following staff members were present: Ann Bell, Tom Hale.\n") == [
        ("Ann Bell", "in_attendance", None, None, None), ("Tom Hale", "in_attendance", None, None, None)]


def test_a_label_ending_the_last_words_of_a_wrapped_sentence_heads_the_names_under_it():
    text = "2A -2B. The following Commissioners were present:\nChair Sean Mahoney\nMr. Roy Ho\nMr. Kimo Keawe\n"
    assert read(text) == [("Sean Mahoney", "present", "Chair", None, None), ("Roy Ho", "present", None, None, None),
                          ("Kimo Keawe", "present", None, None, None)]


def test_a_staff_post_in_the_plural_before_names_is_each_one_s_post():
    assert read("STAFF: Assistant Superintendents Norman C. Merrifield, Judd Rietkerk and Don Siggelkow – 3.\n") == [
        ("Norman C. Merrifield", "in_attendance", "Assistant Superintendent", "officer", None),
        ("Judd Rietkerk", "in_attendance", "Assistant Superintendent", "officer", None),
        ("Don Siggelkow", "in_attendance", "Assistant Superintendent", "officer", None)]


def test_a_post_in_square_brackets_and_the_clerk_together_with_the_members():
    assert read("PRESENT – Councillors John Pugh [Chair], David Baker and Steve Whipp, together with the Clerk, Eirwen "
                "Godden.\n") == [
        ("John Pugh", "present", "Chair", None, None), ("David Baker", "present", "Councillor", None, None),
        ("Steve Whipp", "present", "Councillor", None, None),
        ("Eirwen Godden", "in_attendance", "Clerk", "officer", None)]


def test_a_clause_after_an_apology_is_no_post_and_a_table_s_heads_under_a_list_are_nobody():
    assert read("An apology for absence was received from Councillor Deepak Sangha and in accordance with the "
                "agreed procedures of the Council it was confirmed that Councillor Gary Grindal would be his "
                "substitute\n") == [
        ("Deepak Sangha", "apologies", "Councillor", None, None)]
    assert read("Also Present:\nMr Nick Caley - Grant Thornton\nItem Description/Decision\n") == [
        ("Nick Caley", "in_attendance", None, None, "Grant Thornton")]


def test_a_post_written_short_run_on_after_a_member_s_name_names_the_next_person_staff():
    assert read("ATTENDANCE:\n\nCouncillors B Scott (Mayor), M Pratt (Deputy Mayor), I Groves, P Hubbard CEO Michael "
                "Parker, Acting CEO Gordon Webley\n") == [
        ("B Scott", "present", "Mayor", None, None), ("M Pratt", "present", "Deputy Mayor", None, None),
        ("I Groves", "present", "Councillor", None, None), ("P Hubbard", "present", "Councillor", None, None),
        ("Michael Parker", "in_attendance", "CEO", "officer", None),
        ("Gordon Webley", "in_attendance", "Acting CEO", "officer", None)]


def test_members_after_their_division_and_staff_after_a_post_and_a_gap():
    text = ("PRESENT: Division No. 5 Bob Long, Reeve Division No. 3 Jerry Wittstock, Deputy Reeve, Division No. 1 "
            "Brian Holsworth, Councillor.\nADMINISTRATION PRESENT: CAO    Al Hoggan, Assistant CAO Laurie Watt, "
            "Recording Secretary Carolyn Van der Kuil.\n")
    assert read(text) == [
        ("Bob Long", "present", "Reeve", None, None), ("Jerry Wittstock", "present", "Deputy Reeve", None, None),
        ("Brian Holsworth", "present", "Councillor", None, None),
        ("Al Hoggan", "in_attendance", "CAO", "officer", None),
        ("Laurie Watt", "in_attendance", "Assistant CAO", "officer", None),
        ("Carolyn Van der Kuil", "in_attendance", "Recording Secretary", "officer", None)]
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert entries[0].position == "Division No. 5"


def test_lines_each_a_place_and_its_residents_untitled_after_a_dash_are_those_present_for_it():
    text = ("Present:\nBrennus Place – Howard Walshaw (Brennus Representative), David Parry (Minuting Secretary).\n"
            "Sens Close – Paulette Thomas (Sens Representative), Brian Cross.\nApologies: Hilary Strange\n")
    assert read(text) == [
        ("Howard Walshaw", "present", "Brennus Representative", None, None),
        ("David Parry", "present", "Minuting Secretary", None, None),
        ("Paulette Thomas", "present", "Sens Representative", None, None), ("Brian Cross", "present", None, None, None),
        ("Hilary Strange", "apologies", None, None, None)]
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [e.position for e in entries[:4]] == ["Brennus Place", "Brennus Place", "Sens Close", "Sens Close"]
    assert read("Also Present:\nMr Nick Caley - Grant Thornton\nMr Denis Thorpe - Grant Thornton\n") == [
        ("Nick Caley", "in_attendance", None, None, "Grant Thornton"),
        ("Denis Thorpe", "in_attendance", None, None, "Grant Thornton")]  # a person, then the firm: no place
    assert [e[0] for e in read("Also Present:\nDavid Ward - Grays Harbor PUD\nIan Cope - Grays Harbor PUD\n")] == [
        "David Ward", "Ian Cope"]
    assert [e[:3] for e in read("In Attendance: E Lambert – Chief Executive\nM Adye – Group Manager Asset Management\n"
                                "H Codlin – Group Manager Strategic Planning\n")] == [
        ("E Lambert", "in_attendance", "Chief Executive"),
        ("M Adye", "in_attendance", "Group Manager Asset Management"),
        ("H Codlin", "in_attendance", "Group Manager Strategic Planning")]  # a person, then a post


def test_members_listed_by_one_name_each_with_their_post_in_brackets_are_each_present():
    entries, _ = parse_region(read_lines("doc.txt", "Present: Chris (President), Regan(Vice President), Paulus "
                                                    "(Secretary), Bryan (OCM)\nApologies: Lawrence(Treasurer)\n")[0])
    assert [(e.name.name, e.status, e.role) for e in entries] == [
        ("Chris", "present", "President"), ("Regan", "present", "Vice President"), ("Paulus", "present", "Secretary"),
        ("Bryan", "present", None), ("Lawrence", "apologies", "Treasurer")]


def test_lines_each_a_name_a_dash_and_a_post_under_no_label_are_the_roll():
    text = ("Deputy Chairperson Pat MacLellan called the meeting to order at 7:00 P.M.\nIvan Blanchard – Chairperson "
            "(Absent)\nJohn Gillis – Councillor\nPat MacLellan – Deputy Chair\nRicky Myers- Councillor\nMichelle "
            "Perry- Administrator\n2. Declaration of Conflict of Interest: None.\n")
    assert read(text) == [
        ("Ivan Blanchard", "absent", "Chairperson", None, None), ("John Gillis", "present", "Councillor", None, None),
        ("Pat MacLellan", "present", "Deputy Chair", None, None), ("Ricky Myers", "present", "Councillor", None, None),
        ("Michelle Perry", "in_attendance", "Administrator", "officer", None)]


def test_a_post_whose_areas_run_on_past_a_comma_is_one_post_not_a_post_and_an_agency():
    assert read("In attendance:\nNorma Atlay - Strategic Director of Finance, Policy and Governance\nAndy Cavanagh - "
                "Head of Finance, Performance, and Asset Management\nJo Bell - Director of Finance, Hadbury "
                "Council\n") == [
        ("Norma Atlay", "in_attendance", "Strategic Director of Finance, Policy and Governance", None, None),
        ("Andy Cavanagh", "in_attendance", "Head of Finance, Performance, and Asset Management", None, None),
        ("Jo Bell", "in_attendance", "Director of Finance", None, "Hadbury Council")]


def test_a_label_in_capitals_and_a_gap_opens_a_line_whose_later_groups_have_labels_of_their_own():
    assert read("ROLL CALL  Mayor Bell; Councilmembers: Hale, Ross\n") == [
        ("Bell", "present", "Mayor", None, None), ("Hale", "present", "Council Member", None, None),
        ("Ross", "present", "Council Member", None, None)]


def test_a_roll_call_minute_whose_text_is_names_alone_names_those_present():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "1. Attendance and Roll Call\n\nChairman Neil Romano, Billy Altom, Rabia Belt\n")[0]
    item = ItemDraft(title="Attendance and Roll Call", line=lines[0], lines=lines[2:], kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item)] == [
        ("Neil Romano", "present"), ("Billy Altom", "present"), ("Rabia Belt", "present")]
    item = ItemDraft(title="Attendance and Roll Call", line=lines[0], kind="minutes", lines=read_lines(
        "doc.txt", "The chair noted that Ann Bell was away.\n")[0])
    assert item_attendance(item) == []  # (a sentence: no list of names)


def test_a_minute_headed_by_the_guest_speaker_it_heard_names_the_guest_in_attendance():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    def guests(title: str, kind: str = "minutes") -> list[tuple]:
        lines = read_lines("doc.txt", f"{title}\n\nThe speaker reported on the plan.\n")[0]
        item = ItemDraft(title=title, line=lines[0], lines=lines[2:], kind=kind)
        return [(e.name.name, e.status, e.capacity, e.role, e.organisation) for e in item_attendance(item)]

    assert guests("Guest Speaker: Acting Mayor Ann Bell, Westshire City Council member.") == [
        ("Ann Bell", "in_attendance", "other", "Acting Mayor", "Westshire City Council")]
    assert guests("Guest Speaker: Tom Hale, Westshire Cancer Society") == [
        ("Tom Hale", "in_attendance", "other", None, "Westshire Cancer Society")]
    assert guests("Guest Speaker: Rosa Lind, Author") == [("Rosa Lind", "in_attendance", "other", "Author", None)]
    assert guests("Guest Speaker: Rosa Lind, Author", kind="agenda") == []  # invited, not yet heard


def test_unlabelled_roster_with_a_blank_line_after_its_first_row():
    text = ("REGULAR MEETING\n\nHonorable Ann Bell, President\n\nHonorable Tom Hale, Mayor\n"
            "Rosa Lind, City Solicitor\n\nThe meeting was called to order.\n")
    assert [(n, s, r) for n, s, r, *_ in read(text)] == [("Ann Bell", "present", "President"),
                                                         ("Tom Hale", "present", "Mayor"),
                                                         ("Rosa Lind", "present", "City Solicitor")]


def test_present_line_ending_and_the_clerk_gives_nobody_that_role():
    text = "Present:  Cllrs Bell, Hale, County Cllr Lind & the Clerk.\n"
    assert [(n, s, r) for n, s, r, *_ in read(text)] == [("Bell", "present", "Councillor"),
                                                         ("Hale", "present", "Councillor"),
                                                         ("Lind", "in_attendance", "County Councillor")]


def test_present_on_the_first_line_of_a_file_dated_by_its_name(tmp_path):
    from minutebook.importer import run_import

    source = tmp_path / "2024-04-29-community-council-minutes.txt"
    source.write_text("Present:  Cllrs Evans, Shewell & the Clerk.\n\n3681.\tPolice Reports:  None received.\n\n"
                      "3682.\tTo receive apologies for absence:  Cllr Ashman.\n")
    run_import([source], tmp_path / "content", root=tmp_path, workers=1)
    record = next((tmp_path / "content" / "meetings").rglob("*.md")).read_text()
    assert "person: evans\n  status: present" in record and "person: shewell\n  status: present" in record


def test_a_lettered_form_field_ends_a_list_of_one_name_per_line():
    text = ("Committee Members present:\nCouncillor Ann Hale\nCouncillor Bo Reyes\n\n\n"
            "(a)   Subject:           Annual Business Report (agenda item 7)\n")
    assert [e[0] for e in read(text)] == ["Ann Hale", "Bo Reyes"]


def test_four_names_in_a_row_in_a_list_of_first_names_and_surnames_are_two_people_whose_comma_was_lost():
    assert [e[0] for e in read("PRESENT: Cllrs Ann Hale, Jo Dee Kit Marsh, Bo Reyes\n")] == [
        "Ann Hale", "Jo Dee", "Kit Marsh", "Bo Reyes"]
    assert [e[0] for e in read("PRESENT: Mary Ann Smith Jones, Bo Reyes\n")] == ["Mary Ann Smith Jones", "Bo Reyes"]


def test_present_label_after_an_item_number_with_a_doubled_dot():
    assert read("1.. Present:- Ann Hale, Bo Reyes\n")[0][:2] == ("Ann Hale", "present")


def test_members_under_an_initialism_of_their_body():
    assert [e[0] for e in read("Present: BCC members Ann Hale, Bo Reyes\n")] == ["Ann Hale", "Bo Reyes"]


def test_plural_lower_case_role_of_visitors_stands_for_each_name_after_it():
    assert read("Present: Ann Hale, plus local residents G Kit Marsh and Jo Dee\n")[1:] == [
        ("G Kit Marsh", "in_attendance", "local resident", "other", None),
        ("Jo Dee", "in_attendance", "local resident", "other", None)]


def test_an_office_in_lower_case_brackets_is_a_role_not_a_reason():
    assert read("Present: Ann Hale (secretary), Bo Reyes (holiday)\n") == [
        ("Ann Hale", "present", "Secretary", None, None), ("Bo Reyes", "present", None, None, None)]


def test_a_wide_gap_after_a_sentence_ends_it_and_is_no_column():
    text = ("Also present: Fifteen residents, and Mrs Julie Greenslade, the speaker.          The Chairman\n"
            "welcomed all.\n")
    assert read(text) == [("Julie Greenslade", "in_attendance", "speaker", None, None)]


def test_roll_call_told_in_prose_under_the_minutes_first_heading():
    from minutebook.importer.assemble import _read_items
    from minutebook.importer.drafts import MeetingDraft
    from minutebook.importer.items import cut_items

    text = ("CITY COUNCIL MINUTES\n\nINTRODUCTORY\n\nThe Council met at 7:00 p.m. The roll was taken with the "
            "following results:\nCouncil Members NAUSER, PETERS and SKALA were present.\n\nAPPROVAL OF THE MINUTES\n\n"
            "The minutes were approved.\n")
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    meeting = MeetingDraft(body="City Council", date=None, file="doc.txt", line=1)
    _read_items(found, meeting)
    assert [(a.name.name, a.status) for a in meeting.attendance] == [
        ("Nauser", "present"), ("Peters", "present"), ("Skala", "present")]


def test_one_attendee_a_line_indented_under_the_label_value_with_blank_lines_between():
    text = ("In attendance: Ms. Nina L. Villa, Parish Clerk\n\n              Cllr Mrs L. Haysey, East Herts Council\n\n"
            "              C.Cllr. K. Crofton, Hertfordshire County Council\n")
    assert [e[:3] for e in read(text)] == [("Nina L. Villa", "in_attendance", "Parish Clerk"),
                                          ("L. Haysey", "in_attendance", "Councillor"),
                                          ("K. Crofton", "in_attendance", "County Councillor")]



def test_attendees_a_line_under_an_indented_label_short_of_its_value_column_are_one_list():
    # a proportional font laid out in spaces: the lines under the label start a few columns before its value
    text = ("          In attendance: Ms. Nina L. Villa, Parish Clerk\n\n"
            "                    Cllr Mrs L. Haysey, East Herts Council\n\n"
            "                    C.Cllr. K. Crofton, Hertfordshire County Council\n\n"
            "                    Several Members of the Public\n")
    assert [e[:3] for e in read(text)] == [("Nina L. Villa", "in_attendance", "Parish Clerk"),
                                          ("L. Haysey", "in_attendance", "Councillor"),
                                          ("K. Crofton", "in_attendance", "County Councillor")]


def test_a_line_at_the_label_s_own_margin_after_a_blank_line_is_not_its_list():
    text = ("          In attendance: Ms. Nina L. Villa, Parish Clerk\n\n"
            "            Cllr Mrs L. Haysey, East Herts Council\n")
    assert [e[0] for e in read(text)] == ["Nina L. Villa"]

def test_attendees_listed_beside_the_directors_present_are_in_attendance():
    text = "Directors present: Ann Hale and Bo Reyes\n\nAttendees: Kit Marsh, Jo Dee\n"
    assert [e[:4] for e in read(text)] == [("Ann Hale", "present", "Director", None),  # as 'Trustees present:'
                                          ("Bo Reyes", "present", "Director", None),
                                          ("Kit Marsh", "in_attendance", None, "other"),
                                          ("Jo Dee", "in_attendance", None, "other")]
    assert [e[1] for e in read("Attendees: Kit Marsh, Jo Dee\n")] == ["present", "present"]


def test_a_former_clerk_listed_among_those_present_attends_as_an_officer():
    entries = read("Present: Ann Hale, Councillor, Mrs Sue Ryding (former Clerk)\n")
    assert entries[1][:2] == ("Sue Ryding", "in_attendance")


def test_the_role_printed_before_a_name_after_a_comma():
    assert [e[:3] for e in read("In attendance: 1 elector (for part of the meeting) and the clerk, Mr G Irwin\n")] == [
        ("G Irwin", "in_attendance", "Clerk")]


def test_a_list_wrapped_over_lines_under_no_label_stays_in_the_text_whole():
    text = ("1... Presentx:- A Hale, Bo Reyes (chair),\n   Kit Marsh (secretary), Jo Dee, plus local\n"
            "   residents G Alan Ramsay.\n")
    _, rest = parse_region(read_lines("doc.txt", text)[0])
    assert [line.number for line in rest] == [1, 2, 3]


def test_a_roll_call_sentence_with_a_blank_line_inside_after_its_title():
    text = ("Responding to roll call were Commissioners\n\nPerez, Vice Chair Valencia, and Chair Ramirez in person.\n")
    assert [e[0] for e in read(text)] == ["Perez", "Valencia", "Ramirez"]


def test_rows_of_accounts_end_a_list_and_are_kept_as_text():
    text = ("Absent: Councillor Ann Able\n"
            "* 67750      11/1/22      Julia A Beltran          15.00\n"
            "  67752      11/1/22      Mary Caro-Lopez         651.00\n"
            "All Payments                  $17,943.00\n")
    entries, kept = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status) for e in entries] == [("Ann Able", "absent")]
    assert any("Julia A Beltran" in line.text for line in kept)


def test_times_are_not_sums_of_money():
    assert read("Present: Councillor Ann Able (from 7.45pm), Councillor Bob Baker\n")[1][0] == "Bob Baker"


def _offices(roll: str, text: str) -> list[tuple]:
    from minutebook.importer.attendance_offices import read_offices
    entries, _ = parse_region(read_lines("doc.txt", roll)[0])
    read_offices(entries, read_lines("doc.txt", text)[0])
    return [(e.name.name, e.role) for e in entries]


def test_office_printed_before_a_surname_in_the_text_is_the_members_role():
    assert _offices("Present: J. Morgan, S. Lewis, P. Cuddy\n",
                    "Mayor J. Morgan left the meeting. Deputy Mayor S. Lewis took the Chair.\n") == [
        ("J. Morgan", "Mayor"), ("S. Lewis", "Deputy Mayor"), ("P. Cuddy", None)]


def test_a_roll_call_of_surnames_alone_names_its_late_and_absent_members_by_surname_too():
    assert read("Present: Carnes, Ajlouny, RosasRomero, McDonald\nLate: Zamora\nAbsent: Molnar\n") == [
        ("Carnes", "present", None, None, None), ("Ajlouny", "present", None, None, None),
        ("RosasRomero", "present", None, None, None), ("McDonald", "present", None, None, None),
        ("Zamora", "present", None, None, None), ("Molnar", "absent", None, None, None)]
    assert read("Present: Ann Bell, Tom Hale, Kit Lind\nAbsent: Molnar\n") == [
        ("Ann Bell", "present", None, None, None), ("Tom Hale", "present", None, None, None),
        ("Kit Lind", "present", None, None, None)]  # full names: a word alone is not known to be a person


def test_a_senate_s_vice_president_printed_before_the_name_is_the_members_role():
    assert _offices("Present: Carnes, Ajlouny, Amaha\n",
                    "Vice President Genna Carnes called the meeting to order at 6:00 p.m.\n") == [
        ("Carnes", "Vice President"), ("Ajlouny", None), ("Amaha", None)]


def test_office_given_to_two_members_is_nobodys_role():
    assert _offices("Present: J. Morgan, S. Lewis\n", "Mayor Morgan thanked former Mayor Lewis.\n") == [
        ("J. Morgan", None), ("S. Lewis", None)]


def test_attendance_labelled_as_points_under_an_outline_minutes_first_entry():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "   o Commissioners Present: Ann Bell, Tom Hale\n"
                                  "   o Others Present: Rosa Lind (ACME)\n   o Commissioners Absent: Kit Mayo\n")[0]
    item = ItemDraft(title="Preliminary Business", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item, first=True)] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Rosa Lind", "in_attendance"), ("Kit Mayo", "absent")]


def test_semicolon_groups_keep_the_plural_title_on_the_first_group():
    text = "Apologies were received from Cllrs P Bell, G Hale; District Cllr Rosa Lind\n"
    assert [(r[0], r[1], r[2]) for r in read(text)] == [("P Bell", "apologies", "Councillor"),
                                                        ("G Hale", "apologies", "Councillor"),
                                                        ("Rosa Lind", "apologies", "District Councillor")]


def test_councillors_label_keeps_councillor_as_an_honorific_only():
    text = "Members Present:-\nCouncillors: Ann Bell (Chair), Tom Hale, Rosa Lind\n"
    assert [(r[0], r[2]) for r in read(text)] == [("Ann Bell", "Chair"), ("Tom Hale", None), ("Rosa Lind", None)]



def test_roll_call_labels_inside_the_opening_sentence_under_a_roll_call_heading():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "Chair Bell called the meeting to order at 6:06 p.m. Present: Members\n"
                                  "Hale, Bell, Lind. Excused absence: Member Mayo. Absent: Member Ross. Excused\n"
                                  "absent: Member Wood. Also\npresent: Secretary Kerr.\n")[0]
    item = ItemDraft(title="Call to Order & Roll Call", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item, first=True)] == [
        ("Hale", "present", None), ("Bell", "present", "Chair"), ("Lind", "present", None), ("Mayo", "apologies", None),
        ("Ross", "absent", None), ("Wood", "apologies", None), ("Kerr", "in_attendance", "Secretary")]
    other = ItemDraft(title="Public Comment", line=lines[0], lines=lines, kind="minutes")
    assert "Hale" not in [e.name.name for e in item_attendance(other, first=True)]  # labels alone in prose: not
    # read under a heading that does not say it is the roll call


def test_a_labelled_list_under_the_first_minute_s_call_to_order_and_the_board_s_members_by_their_title():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "The meeting was called to order by president Ann Bell at 1:06 p.m.\n\nPRESENT: "
                                  "Trustees: Jo Duff, Tom Hale, Library Director: Amy Kerr\n")[0]
    item = ItemDraft(title="CALL TO ORDER", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item, first=True)] == [
        ("Jo Duff", "present", "Trustee"), ("Tom Hale", "present", "Trustee"),
        ("Amy Kerr", "in_attendance", "Library Director")]


def test_names_and_posts_a_line_under_an_apologies_minute_with_a_sentence_run_on_under_them():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "Richard Bell – Committee member RB\nAnn Hale – Committee chair AH\nQuorum of 25 "
                                  "members was not achieved– start of meeting delayed.\n")[0]
    item = ItemDraft(title="Apologies for absence", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item)] == [
        ("Richard Bell", "apologies", "Committee member"), ("Ann Hale", "apologies", "Committee chair")]


def test_an_attendance_minute_told_in_sentences_is_no_roster_of_its_lines():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "Ms. Bell called the roll and all members were present. Ms. Bell recognized\nMr. "
                                  "Hale and Ms. Lind, and the reporters from the\nSun Sentinel and the Palm Beach "
                                  "Post.\n")[0]
    item = ItemDraft(title="ATTENDANCE", line=lines[0], lines=lines, kind="minutes")
    assert "Sun Sentinel" not in [e.name.name for e in item_attendance(item, first=True)]


def test_a_time_in_an_item_heading_is_no_label():
    from minutebook.importer.attendance_labels import label_of

    assert label_of("Member Reports (6:26pm)") is None
    assert label_of("Members: Ann Bell, Tom Hale") == ({}, "Ann Bell, Tom Hale")


def test_heading_roster_gives_surnames_their_full_names_and_posts():
    from minutebook.importer.attendance_offices import roster_names
    from minutebook.importer.attendance_prose import prose_entries

    entries = prose_entries(read_lines("doc.txt", "Present: Members Hale, Bell, Lind, Kerr.\n")[0], roll_call=True)
    roster = read_lines("doc.txt", "Open Data Committee\nAnn Bell, Chair\nTom Hale, Vice Chair\nRosa Lind\n"
                                   "Kit Lind\n")[0]
    roster_names(entries, roster)
    assert [(e.name.name, e.role) for e in entries] == [
        ("Tom Hale", "Vice Chair"), ("Ann Bell", "Chair"), ("Lind", None), ("Kerr", None)]  # two Linds: left


def test_chair_printed_before_a_surname_in_the_text_is_the_members_role():
    text = "Chair Bell called the meeting to order. Vice Chair Hale moved the report.\n"
    assert _offices("Present: A. Bell, T. Hale\n", text) == [("A. Bell", "Chair"), ("T. Hale", "Vice Chair")]



def test_the_chairman_s_signature_line_gives_the_member_named_in_full_the_chair():
    text = "The meeting closed at 9.10 pm.\n\n                    Chairman: Jane O Ritchie\n"
    assert _offices("Present: Miss Jane Ritchie, Mr Andrew Landau\n", text) == [
        ("Jane Ritchie", "Chair"), ("Andrew Landau", None)]


def test_a_name_on_the_line_after_a_roster_s_office_is_not_its_holder():
    text = "Ann Bell, Chair\nRoan Kattouw, Vice Chair\nCarl Hage\n\nChair Bell opened the meeting.\n"
    assert _offices("Present: Ann Bell, Carl Hage\n", text) == [("Ann Bell", "Chair"), ("Carl Hage", None)]

def test_posts_of_irish_welsh_canadian_councils_and_police_ranks():
    assert read("PRESENT\nCathaoirleach: Councillor Ann Bell\nCouncillors: Tom Hale, Rosa Lind\n")[0][:3] == (
        "Ann Bell", "present", "Cathaoirleach")
    assert [r[:3] for r in read("Present: Reeve Ann Bell, Deputy Reeve Tom Hale, Councillor Rosa Lind\n")][:2] == [
        ("Ann Bell", "present", "Reeve"), ("Tom Hale", "present", "Deputy Reeve")]
    assert [r[0] for r in read("Presennol / Present: Cyng./Cllr A Bell (Cadeirydd/Chair), Cyng./Cllr T Hale\n")] == [
        "A Bell", "T Hale"]
    assert read("In attendance: PC Ed Kerr (Police Scotland)\n")[0][0] == "Ed Kerr"
    assert read("Staff Present: CAO Ed Kerr, Clerk Fay Wood\n")[:2] == [
        ("Ed Kerr", "in_attendance", "CAO", "officer", None), ("Fay Wood", "in_attendance", "Clerk", "officer", None)]


def test_labelled_lists_one_after_another_on_one_line_under_a_roll_call_heading():
    assert read("Roll Call: Present: Director Ann Bell, Director Tom Hale; Absent: Director Rosa Lind\n") == [
        ("Ann Bell", "present", "Director", None, None), ("Tom Hale", "present", "Director", None, None),
        ("Rosa Lind", "absent", "Director", None, None)]
    assert [r[:3] for r in read("Present: Cllrs A Bell (Chair), T Hale; Apologies: Cllr R Lind\n")] == [
        ("A Bell", "present", "Chair"), ("T Hale", "present", "Councillor"), ("R Lind", "apologies", "Councillor")]


def test_a_sentence_label_that_says_what_its_people_were():
    assert [r[:2] for r in read("The following members were present: Ann Bell, Tom Hale and Rosa Lind.\n")] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Rosa Lind", "present")]
    assert read("In the Chair: Councillor Ann Bell\n")[0][:3] == ("Ann Bell", "present", "Chair")


def test_a_member_who_was_excused_absent_sent_apologies():
    from minutebook.importer.attendance_prose import prose_entries

    lines = read_lines("doc.txt", "Present: Members Hale, Bell. Member Lind was excused absent.\n")[0]
    assert [(e.name.name, e.status) for e in prose_entries(lines, roll_call=True)] == [
        ("Hale", "present"), ("Bell", "present"), ("Lind", "apologies")]


def test_officials_each_printed_as_a_post_with_its_holder_in_brackets():
    text = "OFFICIALS IN ATTENDANCE: Director of Services (Mr. E. Kerr), Meetings Administrator (Ms. F. Wood).\n"
    assert read(text) == [
        ("E. Kerr", "in_attendance", "Director of Services", "officer", None),
        ("F. Wood", "in_attendance", "Meetings Administrator", "officer", None)]
    assert read("Present: Councillor A. Bell, Cathaoirleach\n")[0][:3] == ("A. Bell", "present", "Cathaoirleach")


def test_a_post_with_an_apostrophe_is_an_item_title_not_a_label():
    from minutebook.importer.attendance_labels import label_of

    assert label_of("Mayor's Report: the Mayor spoke of the budget") is None
    assert label_of("Mayor: Ann Bell") == ({"role": "Mayor"}, "Ann Bell")


def test_prose_members_under_a_lower_case_title_then_officers_and_guests():
    text = ("Chair Ann Bell called the monthly meeting to order at 6:30 pm.  Board members present were supervisors "
            "Ann Bell, Cy Hale, and Di Lord, treasurer Ed Moss, and clerk Flo Reid.  Also present were guests Gil "
            "Tate and Hal Vane.\n")
    assert [entry[:4] for entry in read(text)] == [
        ("Ann Bell", "present", "Chair", None), ("Cy Hale", "present", "Supervisor", None),
        ("Di Lord", "present", "Supervisor", None),
        ("Ed Moss", "in_attendance", "Treasurer", "officer"), ("Flo Reid", "in_attendance", "Clerk", "officer"),
        ("Gil Tate", "in_attendance", "guest", "other"), ("Hal Vane", "in_attendance", "guest", "other")]


def test_prose_post_in_the_plural_before_two_names_is_the_post_of_both():
    text = ("Board members present were supervisors Ann Bell, Cy Hale, and Di Lord, clerks Flo Reid and Gus Webb, "
            "and treasurer Ed Moss.\n")
    assert [entry[:4] for entry in read(text)] == [
        ("Ann Bell", "present", "Supervisor", None), ("Cy Hale", "present", "Supervisor", None),
        ("Di Lord", "present", "Supervisor", None),
        ("Flo Reid", "in_attendance", "Clerk", "officer"), ("Gus Webb", "in_attendance", "Clerk", "officer"),
        ("Ed Moss", "in_attendance", "Treasurer", "officer")]


def test_prose_roll_call_after_a_dash_and_a_guest_after_the_officers():
    text = ("Supervisor Ann Bell called the meeting to order at 6:30 pm -- those in attendance are Supervisors Ann "
            "Bell, Cy Hale and Di Lord, Treasurer Ed Moss, Clerk Flo Reid and Gil Tate.\n")
    assert [entry[:2] for entry in read(text)][-3:] == [
        ("Ed Moss", "in_attendance"), ("Flo Reid", "in_attendance"), ("Gil Tate", "in_attendance")]
    assert ("Cy Hale", "present") in [entry[:2] for entry in read(text)]


def test_a_couple_named_with_one_surname_in_a_list_of_full_names():
    text = "Also present were guests Gil and Jo Tate, Hal Vane, and Ivy Webb.\n"
    assert [entry[0] for entry in read(text)] == ["Gil Tate", "Jo Tate", "Hal Vane", "Ivy Webb"]


def test_a_list_of_surnames_shares_no_surname():
    text = "Members present were Councillors Bell, Hale and Lind.\n"
    assert [entry[0] for entry in read(text)] == ["Bell", "Hale", "Lind"]


def test_a_member_who_took_the_chair_is_the_chair():
    assert _offices("Present: Cllrs Ann Bell, Tom Hale\n", "Cllr. A. Bell took the Chair and welcomed everyone.\n") == [
        ("Ann Bell", "Chair"), ("Tom Hale", "Councillor")]


def test_a_label_in_capitals_as_a_heading_over_its_list():
    text = "PRESENT\n\nCouncillors Ann Bell, Tom Hale and County Councillor Jo Moss.\n"
    assert [entry[:3] for entry in read(text)] == [  # a councillor of another council attends as a guest
        ("Ann Bell", "present", "Councillor"), ("Tom Hale", "present", "Councillor"),
        ("Jo Moss", "in_attendance", "County Councillor")]


def test_apologies_received_from_councillors_abbreviated_with_a_full_stop():
    assert [entry[:2] for entry in read("Apologies received from Cllrs. Di Ross and Ed Ward.\n")] == [
        ("Di Ross", "apologies"), ("Ed Ward", "apologies")]


def test_a_name_and_a_list_after_a_comma_are_not_a_person_and_a_role():
    assert [entry[0] for entry in read("Present: Ann Bell, Kit Lind and County Councillor Jo Moss.\n")] == [
        "Ann Bell", "Kit Lind", "Jo Moss"]


def test_apologies_told_after_the_welcome_in_a_welcome_and_apologies_minute():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft
    text = "The Chair welcomed everyone.\n\nApologies received from Cllrs. Di Ross and Ed Ward.\n"
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="WELCOME AND APOLOGIES", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item)] == [
        ("Di Ross", "apologies"), ("Ed Ward", "apologies")]


def test_roles_after_a_dash_in_a_present_list_and_the_clerk_on_a_line_of_their_own():
    text = ("Present: Cllr. A. Bell - Chair, Cllr. T. Hale - Vice Chair, Cllr. K. Lind & Cllr. E. Ward.\n\n"
            "Jo Moss – Clerk and 2 members of the public.\n")
    assert [entry[:4] for entry in read(text)] == [
        ("A. Bell", "present", "Chair", None), ("T. Hale", "present", "Vice Chair", None),
        ("K. Lind", "present", None, None), ("E. Ward", "present", None, None),
        ("Jo Moss", "in_attendance", "Clerk", "officer")]


def test_a_board_roll_call_of_names_and_offices_a_line_the_clerk_a_member_among_them():
    text = ("Present:\nMichael Bell, Ed.D., president\nZoe Hale, vice president\nPam Lind, clerk\nPaula Moss, member\n"
            "Absent:\nSaul Ross, member\n")
    assert [entry[:3] for entry in read(text)] == [
        ("Michael Bell", "present", "president"), ("Zoe Hale", "present", "vice president"),
        ("Pam Lind", "present", "clerk"), ("Paula Moss", "present", "member"), ("Saul Ross", "absent", "member")]


def test_a_roll_call_under_its_own_line_further_down_the_first_minute():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft
    text = ("The meeting was called to order by the president.\n\nRoll Call\nPresent:\nAnn Bell, president\n"
            "Tom Hale, member\n")
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="Call to Order", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item, first=True)] == [
        ("Ann Bell", "present"), ("Tom Hale", "present")]


def test_a_villages_president_closing_a_list_of_trustees_is_president_not_a_trustee():
    found = [(name, status, role) for name, status, role, *_ in read(
        "PRESENT: Trustees Mary Kelly, Tom Fisher and Village President Gail Polanek\nABSENT: Trustee Lisa Chen\n")]
    assert found == [("Mary Kelly", "present", "Trustee"), ("Tom Fisher", "present", "Trustee"),
                     ("Gail Polanek", "present", "Village President"), ("Lisa Chen", "absent", "Trustee")]


def test_officers_in_attendance_a_name_and_post_a_line_under_the_label_a_post_with_and_in_it():
    found = read("Present:      Councillor Iain Shaw (Chair)\n\n"
                 "In attendance:   Fergus Murray, Head of Development and Economic Growth\n"
                 "                 Jane Fowler, Head of Customer Support Services\n"
                 "                 Stuart Mclean, Committee Manager\n")
    assert [(name, status, role) for name, status, role, *_ in found] == [
        ("Iain Shaw", "present", "Chair"),
        ("Fergus Murray", "in_attendance", "Head of Development and Economic Growth"),
        ("Jane Fowler", "in_attendance", "Head of Customer Support Services"),
        ("Stuart Mclean", "in_attendance", "Committee Manager")]


def test_a_plural_title_printed_in_two_languages_before_the_names_it_titles():
    found = read("Presennol / Present: Cynghorydd / Councillor Gareth Hughes (Cadeirydd / Chair), Cynghorwyr / "
                 "Councillors\nElin Jones, Dafydd Roberts\n")
    assert [(name, status, role) for name, status, role, *_ in found] == [
        ("Gareth Hughes", "present", "Chair"), ("Elin Jones", "present", "Councillor"),
        ("Dafydd Roberts", "present", "Councillor")]


def test_attending_after_a_list_of_those_present_names_the_others_there():
    found = read("Present:      Councillor Iain Shaw (Chair), Councillor Fiona Grant\n\n"
                 "Attending:    Fergus Murray, Head of Development\n")
    assert [(name, status) for name, status, *_ in found] == [
        ("Iain Shaw", "present"), ("Fiona Grant", "present"), ("Fergus Murray", "in_attendance")]
    alone = read("Attending:    Iain Shaw, Fiona Grant\n")  # the only list: who was there
    assert [status for _, status, *_ in alone] == ["present", "present"]


def test_an_apologies_minute_titled_in_two_languages_lists_those_who_sent_them(tmp_path):
    from minutebook.importer import run_import
    source = tmp_path / "minutes.txt"
    source.write_text("MINUTES OF LLANFAIR COMMUNITY COUNCIL\nheld on 14 November 2023\n\nPresent: Councillor Gareth "
                      "Hughes (Chair)\n\n77/23  Ymddiheuriadau / Apologies\n       Cynghorydd / Councillor Huw "
                      "Thomas.\n\n78/23  Finance\n       Noted.\n", encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path)
    record = next((tmp_path / "content").rglob("2023-11-14.md")).read_text(encoding="utf-8")
    assert "- person: huw-thomas\n  status: apologies\n" in record


def test_a_labelled_paragraph_further_down_a_minute_titled_for_the_roll_call():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft
    text = ("The meeting was called to order at the library at 7:00 p.m.\n\nPresent: Mayor Ann Bell, Council "
            "President Tom Hale, and Councilors Sam Ross and Joy Lind.\n\nPat Moll, City Recorder, declared a "
            "quorum.\n")
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="CALL TO ORDER AND ROLL CALL", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item, first=True)] == [
        ("Ann Bell", "present", "Mayor"), ("Tom Hale", "present", "Council President"),
        ("Sam Ross", "present", "Councilor"), ("Joy Lind", "present", "Councilor")]
    other = ItemDraft(title="Call to Order", line=lines[0], lines=lines, kind="minutes")  # no roll call in its title
    assert item_attendance(other, first=False) == []


def test_visitor_comments_is_a_heading_not_a_label():
    assert read("Visitor Comments: Closed Session\n") == []


def test_each_list_printed_with_its_count_a_paragraph_of_its_own():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "1.    ROLL CALL\n\n   Present: 3 -  Councilor Ann Bell, Councilor Tom Hale and\n"
                                  "                 Councilor Rosa Lind\n\n   Absent:  1 -  Councilor Kit Mayo\n\n"
                                  "The Chair welcomed everyone.\n\n   Absent: Nobody else\n")[0]
    item = ItemDraft(title="ROLL CALL", line=lines[0], lines=lines[1:], kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item, first=True)] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Rosa Lind", "present"), ("Kit Mayo", "absent")]


def test_staff_listed_with_their_posts_before_their_names():
    assert read("Staff present: City Manager Jim Green, City Clerk Mary Black, Police Chief Al Grey.\n") == [
        ("Jim Green", "in_attendance", "City Manager", "officer", None),
        ("Mary Black", "in_attendance", "City Clerk", "officer", None),
        ("Al Grey", "in_attendance", "Police Chief", "officer", None)]


def test_a_roll_call_item_after_the_first_reads_its_labelled_lists():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "ROLL CALL\nPresent: Mayor Dana Smith, Council Members Rick Jones and Ann Brown.\n"
                                  "Absent: Council Member Sue White.\n")[0]
    item = ItemDraft(title="ROLL CALL", line=lines[0], lines=lines[1:], kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item)] == [
        ("Dana Smith", "present", "Mayor"), ("Rick Jones", "present", "Council Member"),
        ("Ann Brown", "present", "Council Member"), ("Sue White", "absent", "Council Member")]


def test_officers_listed_by_post_with_initials_and_surname_in_brackets():
    assert read("Officers:     Head of Planning (H Blue), Senior Planning Officer (I. R. Red)\n") == [
        ("H Blue", "in_attendance", "Head of Planning", "officer", None),
        ("I. R. Red", "in_attendance", "Senior Planning Officer", "officer", None)]


def test_one_titled_member_a_line_hanging_under_the_label_and_a_post_before_initials():
    assert read("Present:     Mayor J. Smith\n             Deputy Mayor A. Brown\n             Councillor P. Green\n"
                "\nAlso Present: CAO K. Jones\n") == [
        ("J. Smith", "present", "Mayor", None, None), ("A. Brown", "present", "Deputy Mayor", None, None),
        ("P. Green", "present", None, None, None), ("K. Jones", "in_attendance", "CAO", None, None)]


def test_a_list_after_a_label_apart_by_semicolons_and_a_post_before_a_name_ending_the_sentence():
    assert read("Also present: Superintendent Dr. Alan Key; Business Manager Rita Fox.\n")[1] == (
        "Rita Fox", "in_attendance", "Business Manager", None, None)
    assert read("Also present: Business Manager Rita Fox.\n") == [
        ("Rita Fox", "in_attendance", "Business Manager", None, None)]


def test_a_roll_call_item_with_lists_in_sentences_and_a_list_under_its_label():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "II.   ROLL CALL\n      Members present: Jane Doe, John Roe. Members absent: Kim "
                                  "Moe.\n      Also present: Business Manager Rita Fox.\n")[0]
    item = ItemDraft(title="ROLL CALL", line=lines[0], lines=lines[1:], kind="minutes")
    assert sorted((e.name.name, e.status) for e in item_attendance(item)) == [
        ("Jane Doe", "present"), ("John Roe", "present"), ("Kim Moe", "absent"), ("Rita Fox", "in_attendance")]


def test_an_attendance_minute_listing_names_and_posts_in_columns_without_a_label():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "2.    ATTENDANCE\n\n      Cr A Smith             Shire President\n"
                                  "      Cr B Jones             Deputy Shire President\n      Cr C Brown\n\n"
                                  "      Mr F Black             Chief Executive Officer\n\n"
                                  "      Apologies:             Cr H Hill\n")[0]
    item = ItemDraft(title="ATTENDANCE", line=lines[0], lines=lines[1:], kind="minutes")
    assert sorted((e.name.name, e.status, e.role) for e in item_attendance(item)) == [
        ("A Smith", "present", "Shire President"), ("B Jones", "present", "Deputy Shire President"),
        ("C Brown", "present", None), ("F Black", "in_attendance", "Chief Executive Officer"),
        ("H Hill", "apologies", "Councillor")]


def test_a_post_after_the_name_beats_the_lists_title_and_a_public_hearing_is_no_label():
    from minutebook.importer.attendance_labels import label_of
    assert read("Commissioners Present: Ann Bell, Chair; Tom Hale, Vice Chair; Rosa Lind\n") == [
        ("Ann Bell", "present", "Chair", None, None), ("Tom Hale", "present", "Vice Chair", None, None),
        ("Rosa Lind", "present", "Commissioner", None, None)]
    assert label_of("PUBLIC HEARING: CONDITIONAL USE PERMIT CUP-24-07") is None


def test_with_the_following_members_present_inside_the_opening_sentence_and_posts_of_the_board():
    from minutebook.importer.attendance_prose import prose_entries
    lines = read_lines("doc.txt", "The Board met in regular session at 9:00 a.m. in the Chambers, with the following "
                                  "members present: Supervisors Ruiz, Chen and Chairwoman Boyd. Absent: Supervisor "
                                  "Nolan.\n")[0]
    assert [(e.name.name, e.status) for e in prose_entries(lines)] == [
        ("Ruiz", "present"), ("Chen", "present"), ("Boyd", "present"), ("Nolan", "absent")]
    assert read("Also present: County Counsel Lisa Ward; Clerk of the Board Helen Cho.\n") == [
        ("Lisa Ward", "in_attendance", "County Counsel", None, None),
        ("Helen Cho", "in_attendance", "Clerk of the Board", None, None)]


def test_posts_with_their_holders_full_names_in_brackets_and_an_apology_in_the_singular():
    assert read("IN ATTENDANCE:     Chief Executive (John Marsh), Democracy Advisor (Tina Rua)\n\n"
                "APOLOGY:           Cr Grant Hill\n") == [
        ("John Marsh", "in_attendance", "Chief Executive", None, None),
        ("Tina Rua", "in_attendance", "Democracy Advisor", None, None),
        ("Grant Hill", "apologies", "Councillor", None, None)]
    assert read("Present: Councillor Jo Moss (Liberal Democrat)\n")[0][:3] == ("Jo Moss", "present", None)


def test_the_opening_sentence_after_a_label_naming_nobody_is_no_list_of_names():
    text = ("Present: Selectmen John Hale and Mary Ortiz\nAbsent: None\n\n"
            "Chair Hale called the meeting to order at 7:00 p.m. in Room 014, Town Hall.\n")
    assert [e[:2] for e in read(text)] == [("John Hale", "present"), ("Mary Ortiz", "present")]


def test_a_boards_clerk_listed_among_its_members_by_office_is_a_member():
    text = "Board Members Present: President Ann Lee, Vice President Tom Ruiz, Clerk Beth Cole, Member Dan Ng\n"
    assert [e[:4] for e in read(text)] == [("Ann Lee", "present", "President", None),
                                          ("Tom Ruiz", "present", "Vice President", None),
                                          ("Beth Cole", "present", "Clerk", None), ("Dan Ng", "present", None, None)]


def test_attendees_listed_beside_the_aldermen_present_are_in_attendance():
    assert [e[1] for e in read("Aldermen present: Hale and Reyes\n\nAttendees: Kit Marsh, Jo Dee\n")] == [
        "present", "present", "in_attendance", "in_attendance"]


def test_a_journals_attendance_after_a_double_dash_with_its_count_after_the_names():
    text = ("Present -- The Honorable Jane Doe, Mayor, and Aldermen Hopkins, Dowell and King -- 3.\n\n"
            "Absent -- Aldermen Moore and Vasquez -- 2.\n")
    assert [e[:3] for e in read(text)] == [("Jane Doe", "present", "Mayor"), ("Hopkins", "present", None),
                                          ("Dowell", "present", None), ("King", "present", None),
                                          ("Moore", "absent", None), ("Vasquez", "absent", None)]


def test_a_roll_calls_column_of_states_is_each_members_status_not_an_organisation():
    text = ("ROLL CALL\nMayor Smith                 Present\nCouncilmember Lee           Absent\n"
            "Councilmember Ray           Absent (excused)\n")
    assert [e[:5] for e in read(text)] == [("Smith", "present", "Mayor", None, None),
                                          ("Lee", "absent", "Council Member", None, None),
                                          ("Ray", "apologies", "Council Member", None, None)]


def test_a_list_of_surnames_alone_under_a_label_is_the_members_present():
    assert [e[:2] for e in read("Members present: Smith, Jones, Brown.\n")] == [
        ("Smith", "present"), ("Jones", "present"), ("Brown", "present")]
    assert read("Present: Chair, Clerk and Treasurer\n") == []  # posts, no one named
    assert read("Apologies: Police, Highways and Planning\n") == []  # organisations


def test_a_places_post_before_a_surname_alone_is_the_post():
    assert [e[:3] for e in read("Attending: Mayor Smith; City Clerk Diaz\n")] == [
        ("Smith", "present", "Mayor"), ("Diaz", "in_attendance", "City Clerk")]


def test_members_in_attendance_were_a_list_of_surnames():
    assert [e[:3] for e in read("Council members in attendance were Smith, Jones and Brown.\n")] == [
        ("Smith", "present", "Council Member"), ("Jones", "present", "Council Member"),
        ("Brown", "present", "Council Member")]


@pytest.mark.parametrize("text", ["Staff Present: Jane Doe, CAO/Clerk\nMark Lee, Treasurer\n",
                                  "Staff Present:\nJane Doe, CAO/Clerk\nMark Lee, Treasurer\n"])
def test_a_label_over_one_name_and_post_a_line(text):
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries] == [("Jane Doe", "in_attendance", "CAO/Clerk"),
                                                                  ("Mark Lee", "in_attendance", "Treasurer")]


def test_a_label_column_with_a_name_a_line_under_it():
    text = ("PRESENT\nChairperson              Jo Brown\nMembers                  Ali Khan\n"
            "                         Pat O'Neil\n                         Lou Chan\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries] == [
        ("Jo Brown", "present", "Chair"), ("Ali Khan", "present", None), ("Pat O'Neil", "present", None),
        ("Lou Chan", "present", None)]
    wrapped = "Present:   Councillor John\n           Smith and Councillor Ann Lee\n"
    entries, _ = parse_region(read_lines("doc.txt", wrapped)[0])
    assert [e.name.name for e in entries] == ["John Smith", "Ann Lee"]


def test_the_member_who_presided_named_in_the_list_of_those_present():
    text = "PRESENT:        Cathaoirleach Cllr. S. Murphy presided.\n                Cllrs. J. Byrne, M. Kelly.\n"
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries][:1] == [("S. Murphy", "present", "Cathaoirleach")]
    assert [e.name.name for e in entries] == ["S. Murphy", "J. Byrne", "M. Kelly"]


@pytest.mark.parametrize(("text", "read"), [
    ("Present: Cllrs Smith, Jones.\nIn attendance: Clerk - Mrs J Green\n",
     [("Smith", "present", "Councillor"), ("Jones", "present", "Councillor"), ("J Green", "in_attendance", "Clerk")]),
    ("Present:\nChair - Ann Lee\nTreasurer - Tom Hale\nSecretary - Kit Lind\n",
     [("Ann Lee", "present", "Chair"), ("Tom Hale", "present", "Treasurer"), ("Kit Lind", "present", "Secretary")]),
    ("STAFF PRESENT: CAO - John Doe, Clerk - Jane Roe\n",
     [("John Doe", "in_attendance", "CAO"), ("Jane Roe", "in_attendance", "Clerk")]),
    ("Staff Present: John Doe - CAO, Jane Roe - Clerk\n",
     [("John Doe", "in_attendance", "CAO"), ("Jane Roe", "in_attendance", "Clerk")]),
    ("Staff Present:\nClerk - Jane Roe\nTreasurer - Tom Hale\n",
     [("Jane Roe", "in_attendance", "Clerk"), ("Tom Hale", "in_attendance", "Treasurer")]),
])
def test_a_post_a_dash_and_its_holder_s_name(text, read):
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries] == read


def test_those_in_attendance_after_a_sentence_of_those_present_with_posts_printed_as_initials():
    text = ("The following were present: Cllrs Smith, Jones.\nIn attendance: Mrs J Green (Clerk/RFO), Jane Doe (CEO), "
            "Liam Maxwell (DCMS).\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role, e.organisation) for e in entries] == [
        ("Smith", "present", "Councillor", None), ("Jones", "present", "Councillor", None),
        ("J Green", "in_attendance", "Clerk/RFO", None), ("Jane Doe", "in_attendance", "CEO", None),
        ("Liam Maxwell", "in_attendance", None, "DCMS")]


def test_a_minute_secretary_is_a_post_and_for_minute_24_the_minutes_attended():
    text = "PRESENT: Cr Jane Smith (Mayor)\nIN ATTENDANCE: Kate Ng (Minute Secretary), Tom Hale (for minute 24)\n"
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role, e.items) for e in entries] == [
        ("Jane Smith", "Mayor", []), ("Kate Ng", "Minute Secretary", []), ("Tom Hale", None, ["24"])]


def test_administration_present_after_members_absent_are_officers_in_attendance():
    text = ("Members present: Linda Park, President; Mark Evans\nMembers absent: None\n"
            "Administration present: Dr. Paul Reed, Superintendent; Jill Cho, Assistant Superintendent\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries] == [
        ("Linda Park", "present", "President"), ("Mark Evans", "present", None),
        ("Paul Reed", "in_attendance", "Superintendent"), ("Jill Cho", "in_attendance", "Assistant Superintendent")]


def test_a_member_present_as_a_substitute_for_another_is_their_substitute():
    text = "Present: Mr A Bell, Mr D Kerr\n\nMr M Tate was present as a substitute for Mr Stone.\n"
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role, e.substitute_for and e.substitute_for.name) for e in entries] == [
        ("M Tate", "substitute", None, "Stone"), ("A Bell", "present", None, None), ("D Kerr", "present", None, None)]


def test_the_member_presiding_on_a_line_of_their_own_under_the_label_of_those_present():
    text = "Present:\nCathaoirleach Councillor P. Murphy presiding.\nCouncillors: J. Cooney, P. Daly.\n"
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries] == [
        ("P. Murphy", "present", "Cathaoirleach"), ("J. Cooney", "present", None), ("P. Daly", "present", None)]


@pytest.mark.parametrize("label", ["LEAVE OF ABSENCE:", "Leave of Absence:", "On leave:"])
def test_members_granted_leave_of_absence_are_excused(label):
    entries, _ = parse_region(read_lines("doc.txt", f"PRESENT: Crs Ann Bell and Tom Hale\n{label} Cr Kit Lind\n")[0])
    assert [(e.name.name, e.status) for e in entries] == [("Ann Bell", "present"), ("Tom Hale", "present"),
                                                          ("Kit Lind", "apologies")]


def test_labels_for_management_and_staff_and_for_the_public_and_media():
    assert read("Management and Staff:  Roxie Cuellar, Port Manager\n\nMembers of the Public and Media:  Jon "
                "Holbrook\n") == [("Roxie Cuellar", "in_attendance", "Port Manager", "officer", None),
                                   ("Jon Holbrook", "in_attendance", None, "other", None)]


def test_a_member_who_arrived_late_in_a_prose_roll_call_is_present():
    from minutebook.importer.attendance_prose import prose_entries

    text = ("Commissioners Present:  President Rob Bishop and Chuck Pavlik were present.  Rohleder arrived shortly "
            "after the meeting began.\n")
    assert [(e.name.name, e.status) for e in prose_entries(read_lines("doc.txt", text)[0])] == [
        ("Rob Bishop", "present"), ("Chuck Pavlik", "present"), ("Rohleder", "present")]


def test_labelled_paragraphs_straight_after_a_roll_call_in_prose_go_on_with_it():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "Chair Bell called the meeting to order at 2:00.\n\nCommissioners Present:  Ann "
                                  "Bell and Tom Hale were present.\n\nStaff:  Rosa Lind, Port Manager\n\n"
                                  "Members of the Public:  Kit Mayo\n\nThe minutes were approved.\n")[0]
    item = ItemDraft(title="CALL TO ORDER", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item, first=True)] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Rosa Lind", "in_attendance"),
        ("Kit Mayo", "in_attendance")]


def test_attendees_labels_with_a_word_before_them_and_names_with_their_posts_after_a_dash():
    assert [e[:4] for e in read("District Attendees\nRandy Marx - Board President\nGary Page - Board Member\n"
                                "Tom R. Gray - General Manager\n\nOther Attendees\nTim Menezes - Visitor\n")] == [
        ("Randy Marx", "present", "Board President", None), ("Gary Page", "present", "Board Member", None),
        ("Tom R. Gray", "in_attendance", "General Manager", "officer"),
        ("Tim Menezes", "in_attendance", "Visitor", "other")]


def test_staff_posts_among_members_posts_in_one_present_list_attend_as_officers():
    text = ("Present: Town Manager Ann Dale, Chairman Bob Hart, V. Chairman Cy Lowe, Selectman Di Marsh, "
            "Executive Secretary Ed Nash, Finance Director Flo Orme\n")
    assert [row[:4] for row in read(text)] == [
        ("Ann Dale", "in_attendance", "Town Manager", "officer"), ("Bob Hart", "present", "Chair", None),
        ("Cy Lowe", "present", "Vice Chair", None), ("Di Marsh", "present", "Select Board Member", None),
        ("Ed Nash", "in_attendance", "Executive Secretary", "officer"),
        ("Flo Orme", "in_attendance", "Finance Director", "officer")]


def test_name_dash_post_lines_tell_board_members_from_staff_and_a_visitor_s_role():
    text = ("Attendees\nAnn Dale - Board President\nBob Hart - Board Member\nCy Lowe - Director\n"
            "Di Marsh - General Manager\nEd Nash - Operations Superintendent\n\nOther Attendees\n"
            "Flo Orme - Visitor\n")
    assert [row[:4] for row in read(text)] == [
        ("Ann Dale", "present", "Board President", None), ("Bob Hart", "present", "Board Member", None),
        ("Cy Lowe", "present", "Director", None), ("Di Marsh", "in_attendance", "General Manager", "officer"),
        ("Ed Nash", "in_attendance", "Operations Superintendent", "officer"),
        ("Flo Orme", "in_attendance", "Visitor", "other")]


def test_two_labels_over_rows_of_two_people_run_together_are_a_table_of_two_columns():
    text = ("Members Staff\n\nNeil Romano, Chairman Lisa Grubb, Acting Executive Director\n\nBilly Altom   Joan "
            "Durocher\n\nJames Brett Anne Sommers\n\nGuests\n\nDylan Hedtler-Gaudette, National Federation of the "
            "Blind\n")
    assert [row[:3] for row in read(text)][:6] == [
        ("Neil Romano", "present", "Chairman"), ("Billy Altom", "present", None), ("James Brett", "present", None),
        ("Lisa Grubb", "in_attendance", "Acting Executive Director"), ("Joan Durocher", "in_attendance", None),
        ("Anne Sommers", "in_attendance", None)]
    assert [row[:2] for row in read("Other Attendees\n\nFlo Orme - Visitor\n")] == [("Flo Orme", "in_attendance")]
    assert {row[1] for row in read("Members Absent\n\nAnn Bell Tom Hale\n")} == {"absent"}  # one label: no columns


def test_a_group_s_name_marked_as_a_heading_among_the_attendance_is_no_person(tmp_path):
    text = "Members Staff\n\nBilly Altom   Joan Durocher\n\n**NCD Contractor**\n\nAnthony Simpson\n"
    assert [row[:2] for row in read(text)] == [("Billy Altom", "present"), ("Joan Durocher", "in_attendance"),
                                               ("Anthony Simpson", "in_attendance")]


def test_a_name_s_suffix_after_a_comma_in_a_list_of_names_is_part_of_the_name():
    assert [row[0] for row in read("Present: Robert Barton, Jr., Ann Dale, Tom Hale, Sr.\n")] == [
        "Robert Barton Jr", "Ann Dale", "Tom Hale Sr"]


def test_votes_made_unanimous_by_a_named_member_name_every_member_the_others_present_attend():
    lines = read_lines("doc.txt", "The board met with the following present: Ann Dale, Bob Hart Jr., Cy Lowe, Di "
                                  "Marsh, Ed Nash.\n\nBob Hart Jr. made the motion to approve, Ann Dale second, with "
                                  "Cy Lowe making it unanimous.\n\nDi Marsh reported on the roads.\n")[0]
    entries, _ = parse_region(lines[:1])
    voters_named(entries, lines)
    assert [(e.name.name, e.status) for e in entries] == [
        ("Ann Dale", "present"), ("Bob Hart Jr", "present"), ("Cy Lowe", "present"),
        ("Di Marsh", "in_attendance"), ("Ed Nash", "in_attendance")]
    alike = read_lines("doc.txt", "Present: Ann Dale, Bob Hart, Cy Lowe.\n\nBob Hart moved to approve, Ann Dale "
                                  "seconded; carried unanimously.\n")[0]
    entries, _ = parse_region(alike[:1])
    voters_named(entries, alike)  # no member named completing a vote: everyone present stays as listed
    assert [e.status for e in entries] == ["present"] * 3


def test_a_staff_post_without_members_posts_beside_it_is_left_as_printed():
    assert [row[:3] for row in read("Present: Ann Dale, Bob Hart, Town Manager Cy Lowe\n")] == [
        ("Ann Dale", "present", None), ("Bob Hart", "present", None), ("Cy Lowe", "present", "Town Manager")]


def test_an_occupation_after_a_name_in_lower_case_is_the_role():
    assert read("Members of the Public:\tJon Bloggs, designer.  No other member of the public was present.\n") == [
        ("Jon Bloggs", "in_attendance", "designer", "other", None)]


def test_members_posts_beside_a_separate_list_of_staff_keep_whom_the_writer_printed_among_members():
    text = ("Attendees:  Ann Dale (Chair), Bob Hart (Vice Chair), Cy Lowe (General Manager), Di Marsh\n"
            "Invited:  Ed Nash (IT Manager), Flo Orme (Community Lead)\n")
    assert [row[:3] for row in read(text)][:3] == [
        ("Ann Dale", "present", "Chair"), ("Bob Hart", "present", "Vice-Chair"),
        ("Cy Lowe", "present", "General Manager")]


def test_members_named_by_surname_are_the_people_the_body_s_other_meetings_name_in_full(tmp_path):
    from minutebook.importer import run_import

    earlier = tmp_path / "2022-10-18-housing-authority-minutes.txt"
    earlier.write_text("HOUSING AUTHORITY\nMINUTES OF THE REGULAR MEETING\nOctober 18, 2022\n\n"
                       "Present: Commissioners Perez, Valencia and Ramirez.\n\n1. APPROVAL OF MINUTES\n\n"
                       "Commissioner Perez moved and Commissioner Ramirez seconded to approve the minutes. "
                       "Motion carried.\n\n2. ADJOURNMENT\n\nThe meeting closed at 6 p.m.\n")
    later = tmp_path / "2022-11-15-housing-authority-minutes.txt"
    later.write_text("HOUSING AUTHORITY\nMINUTES OF THE REGULAR MEETING\nNovember 15, 2022\n\n"
                     "Present: Commissioners Jennifer Perez, Ana Valencia and Rick Ramirez.\n\n1. APPROVAL OF "
                     "MINUTES\n\nApproved.\n\n2. ADJOURNMENT\n\nThe meeting closed at 6 p.m.\n")
    run_import([earlier, later], tmp_path / "content", root=tmp_path, workers=1)
    record = next((tmp_path / "content" / "meetings").rglob("2022-10-18.md")).read_text()
    assert "person: jennifer-perez\n" in record and "mover: jennifer-perez\n" in record
    assert "person: perez\n" not in record


def _told(text: str) -> list[tuple]:
    from minutebook.importer.attendance_prose import prose_entries
    return [(e.name.name, e.status, e.role) for e in prose_entries(read_lines("doc.txt", text)[0], roll_call=True)]


def test_a_roll_call_in_prose_with_staff_by_post_unnamed_staff_and_posts_in_the_plural():
    text = ("President Lind called the meeting to order at 6:30 p.m. Board members present were Ann Bell and Kit Lind. "
            "Also present were Tom Hale, Superintendent; other staff; and Jo Dee, Executive Assistant. Other staff "
            "present via teleconference were Cy Ross and Di Marsh, Assistant Superintendents; and Ed Nash, Director.\n")
    assert _told(text) == [
        ("Ann Bell", "present", None), ("Kit Lind", "present", "President"),
        ("Tom Hale", "in_attendance", "Superintendent"), ("Jo Dee", "in_attendance", "Executive Assistant"),
        ("Cy Ross", "in_attendance", "Assistant Superintendent"),
        ("Di Marsh", "in_attendance", "Assistant Superintendent"), ("Ed Nash", "in_attendance", "Director")]


def test_a_name_and_its_post_or_organisation_two_spaces_apart_on_a_line_of_a_list():
    assert read("Attendees\n\nLiam Maxwell  Chair\nDaniel Appelquist  Samsung Research UK\n") == [
        ("Liam Maxwell", "present", "Chair", None, None),
        ("Daniel Appelquist", "present", None, None, "Samsung Research UK")]


def test_an_organisation_after_a_name_with_no_mark_between_told_by_an_acronym_or_the():
    assert read("Attendees\n\nChris Francis SAP\nJohn Adams DfID (phone)\nPaul Downey The National Archives\n"
                "Jane Roe OBE\n") == [
        ("Chris Francis", "present", None, None, "SAP"), ("John Adams", "present", None, None, "DfID"),
        ("Paul Downey", "present", None, None, "The National Archives"),
        ("Jane Roe", "present", None, None, None)]  # an honour after a name is no organisation, nor the name's


def test_non_members_attending_attend_as_others():
    assert read("Non-members attending:\nJames Stewart GDS\n") == [
        ("James Stewart", "in_attendance", None, "other", "GDS")]


CLOSING = ("Open Standards Board\n24 November 2016\n\nDeclarations of interest\n\nJeni Tennison declared that she "
           "was on the advisory board of the open contracting partnership.\n\nBoard membership\n\nThe board noted "
           "that diversity must be addressed by any recruitment process in the coming year.\n\nAttendees\n\n"
           "Liam Maxwell  Chair\nPaul Downey  GDS\n\nApologies\n\nJohn Sheridan\n")


def _closing_record(tmp_path, text: str) -> dict:
    from minutebook.importer import run_import

    source = tmp_path / "minutes.txt"
    source.write_text(text, encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path, workers=1)
    record = next((tmp_path / "content" / "meetings").rglob("*.md")).read_text(encoding="utf-8")
    return yaml.safe_load(record.split("---")[1])


def test_attendance_printed_after_the_items_is_the_meeting_s_and_its_labels_no_items(tmp_path):
    record = _closing_record(tmp_path, CLOSING)
    assert [(a["person"], a["status"]) for a in record["attendance"]] == [
        ("liam-maxwell", "present"), ("paul-downey", "present"), ("john-sheridan", "apologies")]
    assert [i["title"] for i in record["items"]] == ["Declarations of interest", "Board membership"]
    assert [d["person"] for d in record["items"][0]["declarations"]] == ["jeni-tennison"]


def test_a_numbered_label_closing_the_minutes_and_a_sentence_after_its_list_are_the_attendance(tmp_path):
    text = ("MINUTES OF THE MONETARY POLICY COMMITTEE MEETING\n3 and 4 August 2005\n\nFinancial markets\n\n"
            "1 Short-term market interest rate expectations had changed little over the past month.\n\n"
            "2 The Governor invited members to vote.\n\n"
            "3 The following members of the Committee were present:\n\nMervyn King, Governor\nKate Barker\n"
            "Charles Bean\n\nJon Cunliffe was present as the Treasury representative.\n")
    record = _closing_record(tmp_path, text)
    assert [(a["person"], a["status"], a.get("role")) for a in record["attendance"]] == [
        ("jon-cunliffe", "in_attendance", "Treasury representative"), ("mervyn-king", "present", "Governor"),
        ("kate-barker", "present", None), ("charles-bean", "present", None)]


def test_a_closing_list_of_names_with_long_posts_under_group_labels_before_a_page_footer(tmp_path):
    text = ("MONETARY COMMITTEE\nNovember 24, 2019\n\nMain points of discussion\n\n"
            "The Committee discussed inflation.\n\nMembers of the Monetary Committee:\n"
            "Prof. Amir Yaron, Governor of the Bank and Chairperson\n"
            "Prof. Reuben Gronau\n\nOther participants in the narrow-forum discussion:\n"
            "Mr. Eddy Azoulay, Chief of Staff to the Governor\nMr. Arad May, Secretary of the Monetary Committee\n\n"
            "Bank of Israel—Minutes of interest rate discussion on November 24–25, 2019. Page 4 Of 4\n")
    record = _closing_record(tmp_path, text)
    assert [(a["person"], a["status"]) for a in record["attendance"]] == [
        ("amir-yaron", "present"), ("reuben-gronau", "present"), ("eddy-azoulay", "in_attendance"),
        ("arad-may", "in_attendance")]


def test_a_closing_paragraph_of_text_is_no_attendance_block(tmp_path):
    text = CLOSING.replace("Paul Downey  GDS\n", "The meeting closed at 9pm after a long discussion of the budget.\n")
    record = _closing_record(tmp_path, text)
    assert "attendance" not in record or not any(a["person"] == "john-sheridan" for a in record["attendance"])


def test_a_roll_call_of_votes_closing_the_minutes_is_no_attendance_block():
    lines = read_lines("doc.txt", "1. ADJOURNMENT\n\nMOTION: Mr. Tom Bell moved to adjourn.\n\nRoll Call Vote:\n\n"
                                  "Chairman Kit Lind\n\nMr. Tom Bell: Aye\n\nMs. Ann Hale: Aye\n\nMr. Cy Dunn: Aye\n\n"
                                  "The meeting adjourned at 12:00 p.m.\n\nSignature\n\nKit Lind\n\nPrinted Name\n")[0]
    assert closing_block(lines) == len(lines)


def test_apologies_alone_over_one_name_a_line_are_a_list_not_one_sentence():
    assert [(e[0], e[1], e[4]) for e in read("Apologies\n\nJohn Sheridan\nJane Doe ODI\n")] == [
        ("John Sheridan", "apologies", None), ("Jane Doe", "apologies", "ODI")]
    assert [e[0] for e in read("Apologies\n\nJohn Sheridan, Paul\nDowney\n")] == ["John Sheridan", "Paul Downey"]


def test_a_markdown_list_under_apologies_is_apologies_how_one_joined_no_part_of_the_name():
    assert [(e[0], e[1], e[4]) for e in read(
        "Attendees\n\n* Adrian Hepworth (Atos) via video conf\n* John Sheridan (TNA)  via phone\n\nApologies\n"
        "* Liam Maxwell (DCMS)\n* Nic Harrison (GDS\n* Jeni Tennison (ODI)\n")] == [
        ("Adrian Hepworth", "present", "Atos"), ("John Sheridan", "present", "TNA"),
        ("Liam Maxwell", "apologies", "DCMS"), ("Nic Harrison", "apologies", None),
        ("Jeni Tennison", "apologies", "ODI")]  # a bracket left open joins no next entry of the list


def test_standing_in_as_chair_gives_the_member_the_chair(tmp_path):
    text = ("Open Standards Board\n3 May 2018\n\nAttendees\n\nTerence Eden (GDS)\nChris Francis (SAP)\n\n"
            "1. Introductions\n\nTerence Eden, standing in as chair, welcomed the members to the meeting.\n\n"
            "2. Standards\n\nThe history of the challenge was discussed at length by all.\n")
    record = _closing_record(tmp_path, text)
    assert [(a["person"], a.get("role")) for a in record["attendance"]] == [
        ("terence-eden", "Chair"), ("chris-francis", None)]


def test_one_person_a_line_with_their_organisation_after_a_comma():
    assert read("Present:\n\nDr Kieron O’Hara – CHAIR\nWill Perrin, Talk About Local\n"
                "Martin Jones, HM Courts and Tribunals Service\nJonathan Bamford, Information Commissioner’s Office\n"
                "\nApologies:\n\nJeff Gardner, Victim Support\nLiam Maxwell, Royal Borough of Windsor and Maidenhead\n"
                ) == [
        ("Kieron O’Hara", "present", "Chair", None, None),
        ("Will Perrin", "present", None, None, "Talk About Local"),
        ("Martin Jones", "present", None, None, "HM Courts and Tribunals Service"),
        ("Jonathan Bamford", "present", None, None, "Information Commissioner’s Office"),
        ("Jeff Gardner", "apologies", None, None, "Victim Support"),
        ("Liam Maxwell", "apologies", None, None, "Royal Borough of Windsor and Maidenhead")]
    assert [e[0] for e in read("Present:\n\nAnn Hale, Bo Reyes and Cy Lind\n")] == ["Ann Hale", "Bo Reyes", "Cy Lind"]


def test_a_part_in_the_meeting_noted_in_brackets_after_the_organisation_is_the_role():
    assert read("Present:\n\nIain Bell, Ministry of Justice\nLucienne Edge, Ministry of Justice (minute taker)\n") == [
        ("Iain Bell", "present", None, None, "Ministry of Justice"),
        ("Lucienne Edge", "present", "Minute taker", None, "Ministry of Justice")]


def test_a_facilitator_moderator_or_scribe_in_brackets_after_a_name_is_a_role_not_an_organisation():
    assert read("PRESENT: B. BUCHANAN, J. MADDEN (FACILITATOR), S. SEBREN (SCRIBE), T. ROSS (MODERATOR).\n") == [
        ("B. Buchanan", "present", None, None, None), ("J. Madden", "present", "Facilitator", None, None),
        ("S. Sebren", "present", "Scribe", None, None), ("T. Ross", "present", "Moderator", None, None)]


def test_staff_each_on_a_line_their_post_of_many_words_before_a_name_of_three_or_hyphened():
    text = ("Also present:      Chief Deputy Attorney Anne-Marie Birk\n"
            "                   Deputy Comptroller Korahle Jensen\n"
            "                   Board Administrator Janene Eller-Smith\n"
            "                   Deputy Business Development Manager David Sawyer\n"
            "                   Communications Project Coordinator Eric Davenport\n"
            "                   Chief Deputy Recorder Lee Ann Peterson\n")
    assert [(name, role) for name, _, role, _, _ in read(text)] == [
        ("Anne-Marie Birk", "Chief Deputy Attorney"), ("Korahle Jensen", "Deputy Comptroller"),
        ("Janene Eller-Smith", "Board Administrator"), ("David Sawyer", "Deputy Business Development Manager"),
        ("Eric Davenport", "Communications Project Coordinator"), ("Lee Ann Peterson", "Chief Deputy Recorder")]


def test_a_post_column_beside_the_names_each_post_for_the_names_under_it_and_staff_set_apart_by_a_blank_line():
    text = ("Present:      Chair          Ann Bell\n"
            "              Vice Chair     Tom Hale (via electronic means)\n"
            "              Trustees       Joe Lind\n"
            "                             Amy Kerr\n"
            "\n"
            "              Board Administrator Sue Ross\n"
            "              Communications Project Coordinator Ian Page\n")
    assert read(text) == [
        ("Ann Bell", "present", "Chair", None, None), ("Tom Hale", "present", "Vice Chair", None, None),
        ("Joe Lind", "present", "Trustee", None, None), ("Amy Kerr", "present", "Trustee", None, None),
        ("Sue Ross", "in_attendance", "Board Administrator", "officer", None),
        ("Ian Page", "in_attendance", "Communications Project Coordinator", "officer", None)]



def test_others_under_their_label_attend_and_a_name_of_a_firm_gives_the_organisation():
    assert read("OTHERS:                Cameron Platt of Peak Law\n") == [
        ("Cameron Platt", "in_attendance", None, "other", "Peak Law")]
    assert read("Also present: Lord Mayor of Leeds\n") == []  # a post, no person


def test_a_marshal_and_a_sheriff_are_posts_after_a_name():
    assert read("STAFF PRESENT: Mike Morey, Town Marshal\n               Ann Bell, County Sheriff\n") == [
        ("Mike Morey", "in_attendance", "Town Marshal", "officer", None),
        ("Ann Bell", "in_attendance", "County Sheriff", "officer", None)]


def test_a_name_and_post_a_line_under_a_label_with_a_blank_line_between_each_as_a_converter_sets_them():
    assert read("STAFF PRESENT: Jane Doe, Town Clerk\n\nMark Lee, Treasurer\n\nAnn Bell, Town Attorney\n") == [
        ("Jane Doe", "in_attendance", "Town Clerk", "officer", None),
        ("Mark Lee", "in_attendance", "Treasurer", "officer", None),
        ("Ann Bell", "in_attendance", "Town Attorney", "officer", None)]


def test_a_markdown_list_of_names_each_with_a_dash_and_an_organisation_or_a_post_and_one():
    text = ("Attendees:\n\n* Nat Bell - Chairman, Hadley Foundation\n* Rob Lane - Innovate Identity\n"
            "* Masa Kusu- Yahoo! Japan\n")
    assert read(text) == [("Nat Bell", "present", "Chairman", None, "Hadley Foundation"),
                          ("Rob Lane", "present", None, None, "Innovate Identity"),
                          ("Masa Kusu", "present", None, None, "Yahoo! Japan")]


def test_one_a_line_name_organisation_and_standing_in_brackets():
    text = ("Participants:\n\n- Ann Bell, Individual (Voting Member)\n"
            "- Russ Lane, TIBCO Software, Inc. (Voting Member)\n- Scott Hale, Kaiser Permanente (Observer)\n"
            "- Omar Reid, Cisco Systems (Chair)\n")
    assert [entry[:5] for entry in read(text)] == [
        ("Ann Bell", "present", "Voting Member", None, None),
        ("Russ Lane", "present", "Voting Member", None, "TIBCO Software, Inc."),
        ("Scott Hale", "in_attendance", "Observer", "other", "Kaiser Permanente"),
        ("Omar Reid", "present", "Chair", None, "Cisco Systems")]


def test_the_following_members_were_present_at_the_meeting_and_one_who_presided_is_the_chair():
    text = ("The following members of the Board of Directors were present at the meeting: Stephan Bell, Martin von "
            "L?wis, Jeremy Hale (arrived at 18:11), and David Lind (arrived at 18:25).\n")
    assert [entry[:2] for entry in read(text)] == [  # ('L?wis': a letter lost to a wrong encoding)
        ("Stephan Bell", "present"), ("Martin von L?wis", "present"), ("Jeremy Hale", "present"),
        ("David Lind", "present")]
    assert _offices("Present: Stephan Bell, Tom Hale\n", "Stephan Bell presided at the meeting.\n") == [
        ("Stephan Bell", "Chair"), ("Tom Hale", None)]


def test_directors_present_each_with_a_post_and_the_meetings_particulars_after_them():
    text = ("Directors Present\n\n-   Ann Bell, President\n-   Cy Hale, Secretary\n\nDirectors Absent\n\nNone\n\n"
            "Location and Time\n\nMeeting held on Jan 23, 2014 at Mama's Pizza during lunch.\n")
    assert [entry[:3] for entry in read(text)] == [("Ann Bell", "present", "President"),
                                                  ("Cy Hale", "present", "Secretary")]


def test_one_a_line_name_initials_and_an_organisation_by_its_initials_then_its_department():
    text = ("Attendance\n\n- Steve Bell (SB), STFC, Scientific Computing\n- Andy Hale (AH), ESRF\n\nApologies\n\n"
            "- Rolf Lind, HZB\n- Brian Moss, STFC, Scientific Computing\n")
    assert [entry[:5] for entry in read(text)] == [
        ("Steve Bell", "present", None, None, "STFC, Scientific Computing"),
        ("Andy Hale", "present", None, None, "ESRF"), ("Rolf Lind", "apologies", None, None, "HZB"),
        ("Brian Moss", "apologies", None, None, "STFC, Scientific Computing")]


def test_officers_named_in_a_sentence_serving_as_their_posts():
    assert _offices("Attendees: Ann Bell, Larry Gray, Edwin Hale and Cy Lord.\n",
                    "Ann Bell presided as Chair, Larry Gray serving as Secretary and Edwin Hale as Treasurer.\n") == [
        ("Ann Bell", "Chair"), ("Larry Gray", "Secretary"), ("Edwin Hale", "Treasurer"), ("Cy Lord", None)]


def test_a_name_with_a_shortened_particle_and_one_who_also_attended():
    text = ("The following members of the Board were present at the meeting: Martin v. Lowe, Stephan Bell, and Tim "
            "Hale. Kurt Lind also attended the meeting.\n")
    assert [entry[:2] for entry in read(text)] == [("Martin v. Lowe", "present"), ("Stephan Bell", "present"),
                                                  ("Tim Hale", "present"), ("Kurt Lind", "in_attendance")]


def test_a_label_s_note_on_what_marks_its_names_is_no_part_of_the_label():
    assert read("Participants (voting members in bold)\n\n* **Ann Lee (AL)**\n* Bo Chen (BC)\n") == [
        ("Ann Lee", "present", None, None, None), ("Bo Chen", "present", None, None, None)]


def test_tables_of_names_and_titles_under_the_board_s_and_the_staff_s_headings():
    text = ("BOARD OF DIRECTORS\n\nName\tTitle\nMarty Hanneman\tPresident\nTed Costa\tDirector\n\n"
            "SAN JUAN WATER DISTRICT MANAGEMENT AND STAFF\n\nName\tTitle\nTeri Grant\tBoard Secretary\n")
    assert read(text) == [("Marty Hanneman", "present", "President", None, None),
                          ("Ted Costa", "present", "Director", None, None),
                          ("Teri Grant", "in_attendance", "Board Secretary", "officer", None)]


def test_the_office_held_in_brackets_after_a_post_and_a_label_no_table_knows_ending_the_list():
    text = ("Committee Members:\nKen Miller, Director (Chair)\nMarty Hanneman, President\n\nDistrict Staff:\n"
            "Donna Silva, Director of Finance\n\n\ue000Topics:\n- Other Personnel Matters (W & R)\n- Closed Session\n")
    assert read(text) == [("Ken Miller", "present", "Chair", None, None),
                          ("Marty Hanneman", "present", "President", None, None),
                          ("Donna Silva", "in_attendance", "Director of Finance", "officer", None)]


def test_a_roll_call_minute_whose_labels_stand_alone_each_over_its_paragraph_of_names():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", " 2. Roll Call\n\n    Directors Present:\n\n        Ann Bell\n        Tom Hale\n\n"
                                  "    Directors Absent:\n\n        Kit Mayo\n\n    Guests:\n\n        Jo Moss\n")[0]
    item = ItemDraft(title="Roll Call", line=lines[0], lines=lines[1:], kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item)] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Kit Mayo", "absent"), ("Jo Moss", "in_attendance")]


def test_lists_under_sentence_labels_ending_their_lines_and_bulleted_names_with_organisations():
    text = ("The following new board members were present:\n\n- Rami Akkad, SAP\n- Stu Hood, Twitter\n\n"
            "Other board members and officers present:\n\n- David Grove, IBM\n- Heather Miller, EPFL\n\n"
            "Apologies:\n\n- Jonathan Perry, Goldman Sachs\n- Ann Bell, Acme\n")
    assert read(text) == [("Rami Akkad", "present", None, None, "SAP"), ("Stu Hood", "present", None, None, "Twitter"),
                          ("David Grove", "present", None, None, "IBM"),
                          ("Heather Miller", "present", None, None, "EPFL"),
                          ("Jonathan Perry", "apologies", None, None, "Goldman Sachs"),
                          ("Ann Bell", "apologies", None, None, "Acme")]


def test_attendance_under_headings_of_its_own_after_a_summary_is_the_meeting_s_and_no_item_s_text():
    from minutebook.importer.attendance_items import attendance_sections
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "\ue000Executive Summary\n\nNew members were present.\n\n\ue000Attendees\n\n"
                                  "\ue000Attendees present\n\nThe following members were present:\n\n- Ann Bell, SAP\n"
                                  "- Tom Hale, IBM\n\n\ue000Apologies received\n\n- Kit Mayo\n")[0]
    item = ItemDraft(title="Executive Summary", line=lines[0], lines=lines[1:], kind="minutes")
    assert [(e.name.name, e.status) for e in attendance_sections(item)] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Kit Mayo", "apologies")]
    assert [line.stripped for line in item.lines if line.stripped] == ["New members were present."]


def test_a_roll_call_set_as_a_numbered_list_nested_in_its_item_groups_and_people_one_a_paragraph():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    text = ("1.  Call to Order / Roll Call\n\n    1.  Premier Members of the CCC\n\n        1.  Ann Bell (Arm)*\n\n"
            "        2.  Tom Hale (Oracle)*\n\n    2.  Guests / Observers\n\n        1.  Jo Moss (Intel)\n\n"
            "    3.  Not in attendance\n\n        1.  Kit Mayo (Alibaba)*\n\n        **\\*voting member**\n")
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="Call to Order / Roll Call", line=lines[0], lines=lines[1:], kind="minutes")
    assert [(e.name.name, e.status, e.organisation) for e in item_attendance(item)] == [
        ("Ann Bell", "present", "Arm"), ("Tom Hale", "present", "Oracle"), ("Jo Moss", "in_attendance", "Intel"),
        ("Kit Mayo", "absent", "Alibaba")]


def test_the_office_a_sentence_says_a_member_acted_in_is_the_member_s_role():
    assert _offices("Present:\n\n- Jon Pretty, EPFL\n- Ann Bell, IBM\n",
                    "As chairperson, Jon Pretty conducted the meeting and asked all to introduce themselves.\n") == [
        ("Jon Pretty", "Chair"), ("Ann Bell", None)]
    assert _offices("Present:\n\n- Ann Bell, IBM\n- Ben Lee, EPFL\n",
                    "Ann Bell presided as Chair, Ben Lee serving as Secretary.\n") == [("Ann Bell", "Chair"),
                                                                                       ("Ben Lee", "Secretary")]


def test_a_table_of_directors_marked_y_or_n_under_present_and_guests_at_the_board_s_invitation():
    text = ("Present\tDirector\tOrganization\nY\tAnn Bell\tSAP AG\nN\tTom Hale\tTalend\n\n"
            "Present at the invitation of the Board was Mike Milinkovich, Executive Director, and Janet Campbell, "
            "Secretary, of Eclipse.org Foundation, Inc.\n")
    assert read(text) == [("Ann Bell", "present", None, None, "SAP AG"), ("Tom Hale", "absent", None, None, "Talend"),
                          ("Mike Milinkovich", "in_attendance", "Executive Director", None, None),
                          ("Janet Campbell", "in_attendance", "Secretary", None, None)]


def test_a_list_of_chat_names_under_a_label_is_its_people_and_capitalised_surnames_stay_surnames():
    assert [(name, status) for name, status, *_ in read("Present: bigbluehat, brent, DavidC, PDL-ASU\n")] == [
        ("bigbluehat", "present"), ("brent", "present"), ("DavidC", "present"), ("PDL-ASU", "present")]
    assert read("Mentioned: fees, rates, charges, costs\n") == []


def test_members_by_their_initials_in_lower_case_a_note_after_one():
    assert read("Attending:  bl, el, yj, dc, pc (after vote)\n") == [
        ("bl", "present", None, None, None), ("el", "present", None, None, None), ("yj", "present", None, None, None),
        ("dc", "present", None, None, None), ("pc", "present", None, None, None)]


def test_a_list_ended_by_a_label_it_does_not_know_is_read_as_far_as_it_went():
    assert read("Present:  Ann Bell, Tom Hale,\nKit Mayo\nCultivator: dc\n") == [
        ("Ann Bell", "present", None, None, None), ("Tom Hale", "present", None, None, None),
        ("Kit Mayo", "present", None, None, None)]


def test_who_kept_the_notes_or_led_the_meeting_by_the_name_of_the_task():
    assert read("Scribe: Ann Bell\n\nFacilitator: Tom Hale\n\nNote taker: Kit Mayo\n") == [
        ("Ann Bell", "present", "Scribe", None, None), ("Tom Hale", "present", "Facilitator", None, None),
        ("Kit Mayo", "present", "Note-taker", None, None)]


def test_a_post_s_label_names_its_holder_on_its_line_and_no_table_after_it():
    text = "Chair:  Ann Bell\n\n\ue000Agenda\n\n\nItem\tTime (min)\nResolution on X\t20\n"
    assert read(text) == [("Ann Bell", "present", "Chair", None, None)]


def test_a_table_of_names_and_posts_under_a_label_of_those_present_lists_them_a_visitor_as_a_guest():
    text = ("The following people were present:\n\n\nName\tCall Sign\tPosition\tGrid\n"
            "Charles MacDonald\tVA3CPY\tPresident\tFN25ag\nKaren Bryden\tVA3IGO\tMember\tFN25ag\n"
            "Fred\tVE3LAF\tVisitor\t-\n")
    assert read(text) == [("Charles MacDonald", "present", "President", None, None),
                          ("Karen Bryden", "present", "Member", None, None), ("Fred", "in_attendance", "Visitor",
                                                                             "other", None)]


def test_a_table_of_names_and_posts_under_no_label_of_those_present_is_no_roll_call():
    text = "Contacts for the project:\n\nName\tPosition\nCharles MacDonald\tPresident\nKaren Bryden\tTreasurer\n"
    assert ("Charles MacDonald", "present", "President", None, None) not in read(text)


def test_names_under_a_roll_call_heading_before_any_label_answered_it_and_a_standing_is_no_organisation():
    lines = read_lines("doc.txt", "1. Roll call\n\n  Paul Grosso\n  Dick Hamilton\n\nAbsent:\n\n  Dennis Evans\n\n"
                                  "Regrets:\n\n  Tim Teebken (Provisional)\n")[0]
    item = ItemDraft(title="Roll call", line=lines[0], lines=lines[1:], kind="minutes")
    found = [(e.name.name, e.status, e.organisation) for e in item_attendance(item, first=True)]
    assert sorted(found) == [("Dennis Evans", "absent", None), ("Dick Hamilton", "present", None),
                             ("Paul Grosso", "present", None), ("Tim Teebken", "apologies", None)]


def test_in_attendance_as_the_only_list_of_five_or_more_names_those_present():
    text = "In Attendance: Ginger Morgan (clerk), Carlton Gamer, Sarah Callbeck, Bill Durland, Genie Durland\n"
    assert read(text) == [
        ("Ginger Morgan", "present", "Clerk", None, None), ("Carlton Gamer", "present", None, None, None),
        ("Sarah Callbeck", "present", None, None, None), ("Bill Durland", "present", None, None, None),
        ("Genie Durland", "present", None, None, None)]
    assert [status for _, status, *_ in read("Present: Ann Bell, Tom Hale\nIn Attendance: Jo Moss\n")] == [
        "present", "present", "in_attendance"]
    assert [status for _, status, *_ in read("In Attendance: the Clerk (Mrs J Smith), Ann Bell\n")] == [
        "in_attendance", "in_attendance"]


def test_a_recording_clerk_in_brackets_after_the_name_is_the_role():
    assert [(name, role) for name, _, role, *_ in read("Present: Ann Bell (chair), Tom Hale (recording clerk)\n")] == [
        ("Ann Bell", "Chair"), ("Tom Hale", "Recording clerk")]


def test_the_secretariat_is_an_officer_and_the_chair_labelled_after_it_a_member_present():
    assert read("Present: Ann Bell, Cy Hale\n\nSecretariat: JianFang Zhang\n\nChair: Hongru (Judy) Zhu\n") == [
        ("Ann Bell", "present", None, None, None), ("Cy Hale", "present", None, None, None),
        ("JianFang Zhang", "in_attendance", "Secretariat", "officer", None),
        ("Hongru Zhu", "present", "Chair", None, None)]


def test_who_attended_told_in_a_sentence_after_another_of_the_same_paragraph():
    assert read("Meeting was held in Socorro at NM Tech.  Board members in attendance were:  J. Margo Clark, "
                "Carol LaDelfe, and Adrienne Dare.\n") == [
        ("J. Margo Clark", "present", None, None, None), ("Carol LaDelfe", "present", None, None, None),
        ("Adrienne Dare", "present", None, None, None)]


def test_a_row_of_three_names_or_more_under_a_label_is_people_side_by_side():
    assert read("Board Members Present\n\nTom Kessler\tSharon Flemetis\tJennifer Kessler\n") == [
        ("Tom Kessler", "present", None, None, None), ("Sharon Flemetis", "present", None, None, None),
        ("Jennifer Kessler", "present", None, None, None)]


def test_a_label_with_its_count_a_numbered_list_apologized_and_votes_by_proxy_as_arrows():
    text = ("Participants (14/30)\n\n1. Jonathan Beliën\n2. Joost Schouppe\n\nApologized: Marc Gemis, Kurt Roeckx\n\n"
            "Votes by proxy:\n- Tim Couwelier > Thibault Molleman\n- Pieter Vander Vennet -> Joost Schouppe\n")
    assert read(text) == [
        ("Jonathan Beliën", "present", None, None, None), ("Joost Schouppe", "present", None, None, None),
        ("Marc Gemis", "apologies", None, None, None), ("Kurt Roeckx", "apologies", None, None, None),
        ("Tim Couwelier", "absent", None, None, None), ("Pieter Vander Vennet", "absent", None, None, None)]


def test_a_bullet_of_one_given_name_between_people_named_in_full_is_a_person():
    assert read("Present:\n  - Peter Rybar\n  - Jasmine\n  - Yan Zhang\n") == [
        ("Peter Rybar", "present", None, None, None), ("Jasmine", "present", None, None, None),
        ("Yan Zhang", "present", None, None, None)]


def test_minutes_that_open_with_who_attended_and_date_the_meeting_below_it_keep_that_attendance(tmp_path):
    from minutebook.importer import run_import

    source = tmp_path / "2023-Dec.md"
    source.write_text("**Present**: Peter, Iddo, Caleb\n\n**Also attending**: Mikhail Dozmorov (Bioconductor)\n\n"
                      "# Minutes\n- Meeting of the Example Board was held by Zoom on 2023-12-19 at 16:00 UTC\n\n"
                      "## Old business\nApproved by unanimous consent.\n", encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path, workers=1)
    record = next((tmp_path / "content" / "meetings").rglob("*.md")).read_text(encoding="utf-8")
    assert "person: iddo\n  status: present" in record and "person: caleb\n  status: present" in record
    assert "person: mikhail-dozmorov\n  status: in_attendance" in record


def test_who_chaired_and_who_took_the_minutes_as_labels_over_their_names():
    text = ("Chaired by:\nRussell Blackburn\n\nMinutes Taken by:\nSteven White\n\nPresent:\n"
            "Mark Carlson, Dean Morrison\n")
    assert read(text)[:2] == [("Russell Blackburn", "present", "Chair", None, None),
                              ("Steven White", "in_attendance", "Minute-taker", "officer", None)]


def test_a_list_of_members_most_known_by_one_name_and_a_few_in_full_names_every_one():
    assert [e[0] for e in read("Present: Andrew, Chuck, Dan, Matt Chang, Michael\n")] == [
        "Andrew", "Chuck", "Dan", "Matt Chang", "Michael"]
    assert [e[0] for e in read("Present: Ann Bell, Tom Hale, Kit\n")] == ["Ann Bell", "Tom Hale"]  # one word of three


def test_a_post_before_its_holder_under_a_lists_label_and_additional_attendees_in_attendance():
    assert read("Present: Hilmar Lapp, Karthik Ram\n\nOthers present:\nExec. Director: Tracy Teal\n")[-1] == (
        "Tracy Teal", "in_attendance", "Exec. Director", "other", None)
    assert read("Members present: Luke Emrose\n\nAdditional attendees: Max Liani, Zap Anderson\n")[-1][:2] == (
        "Zap Anderson", "in_attendance")
    assert [e[:3] for e in read("   o Chairs: Jonathan Hardwick, Julien Meuric (remote)\n")] == [
        ("Jonathan Hardwick", "present", "Chair"), ("Julien Meuric", "present", "Chair")]


def test_guests_present_as_a_heading_are_in_attendance_and_not_members():
    text = "Members Present\n\nAnn Bell\nTom Hale\n\nGuests Present\n\nJo Moss\n"
    assert read(text) == [("Ann Bell", "present", None, None, None), ("Tom Hale", "present", None, None, None),
                          ("Jo Moss", "in_attendance", None, "other", None)]


def test_a_label_naming_whose_presence_it_lists_on_a_short_line_is_no_sentence_run_into_the_next():
    assert read("Councillors Present: Ann Bell, Tom Hale\nApologies: Jo Moss, Kit Mayo\n") == [
        ("Ann Bell", "present", None, None, None), ("Tom Hale", "present", None, None, None),
        ("Jo Moss", "apologies", None, None, None), ("Kit Mayo", "apologies", None, None, None)]


def test_a_post_with_whom_it_serves_in_brackets_and_a_list_of_names_and_posts_under_apologies():
    assert read("Present:\n1. Ann Bell - Chief Accountant (Kalomo Town Council)\n"
                "2. Jo Moss - WDC Chairperson (Katanda}\n"
                "3. Kit Lind - Community Member\n\nApologies:\nAbion Muntanga - WDC Chairperson (Mayoba)\n"
                "Payford Dabali – WDC Chairperson (Chawila)\n") == [
        ("Ann Bell", "present", "Chief Accountant", None, "Kalomo Town Council"),
        ("Jo Moss", "present", "WDC Chairperson", None, "Katanda"),
        ("Kit Lind", "present", "Community Member", None, None),
        ("Abion Muntanga", "apologies", "WDC Chairperson", None, "Mayoba"),
        ("Payford Dabali", "apologies", "WDC Chairperson", None, "Chawila")]


def test_an_apologies_minute_of_names_and_posts_a_line():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "APOLOGIES\nAbion Muntanga - WDC Chairperson\nPayford Dabali – Treasurer\n")[0]
    item = ItemDraft(title="APOLOGIES", line=lines[0], lines=lines[1:], kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item)] == [
        ("Abion Muntanga", "apologies", "WDC Chairperson"), ("Payford Dabali", "apologies", "Treasurer")]


def test_a_scan_s_brace_closes_a_bracket_and_a_numbered_entry_never_carries_on_the_one_before():
    assert read("Present:\nJo Moss - WDC Chairperson (Katanda}\nKit Lind - Treasurer\n") == [
        ("Jo Moss", "present", "WDC Chairperson", None, "Katanda"), ("Kit Lind", "present", "Treasurer", None, None)]
    assert read("Present:\n1. Jo Moss - Chairperson (Katanda\n2. Kit Lind - Treasurer\n")[1] == (
        "Kit Lind", "present", "Treasurer", None, None)


def test_welsh_attendance_labels_and_a_welsh_councillor_s_title():
    assert read("Presennol: Cyng. Eirlys Rowlands (Cadeirydd), Cyng. Nia Howells\nYmddiheuriadau: Cyng. Dai Jones\n"
                "Absennol: Cyng. Tom Hale\n") == [
        ("Eirlys Rowlands", "present", "Chair", None, None), ("Nia Howells", "present", None, None, None),
        ("Dai Jones", "apologies", "Councillor", None, None), ("Tom Hale", "absent", "Councillor", None, None)]


def test_apologies_noted_from_under_who_was_present():
    assert read("Present: Cllr Smith\nApologies were noted from Cllr Brown (holiday) and Cllr Green.\n")[1:] == [
        ("Brown", "apologies", "Councillor", None, None), ("Green", "apologies", "Councillor", None, None)]


@pytest.mark.parametrize("sentence", ["An apology for absence was received from Councillor D Lowe.",
                                      "An apology was received from Councillor D Lowe."])
def test_one_apology_received_in_a_sentence(sentence):
    assert read(sentence + "\n") == [("D Lowe", "apologies", "Councillor", None, None)]


@pytest.mark.parametrize(("text", "read"), [
    ("Present: Cllrs Smith, Jones\nClerk: Mrs J Roe\nChair: Cllr Smith\n",
     [("Smith", "present", "Councillor"), ("Jones", "present", "Councillor"), ("J Roe", "in_attendance", "Clerk"),
      ("Smith", "present", "Chair")]),
    ("Present: Cllrs Smith, Jones\nCLERK TO THE COUNCIL: Mrs J Roe\n",
     [("Smith", "present", "Councillor"), ("Jones", "present", "Councillor"),
      ("J Roe", "in_attendance", "Clerk to the Council")]),
    ("In attendance:\nClerk: Mrs J Roe\nPCSO Kim Lee\n",
     [("J Roe", "in_attendance", "Clerk"), ("Kim Lee", "in_attendance", None)]),
])
def test_the_clerk_s_post_as_a_label_is_the_role_of_the_name_on_its_line_alone(text, read):
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries] == read


def test_a_post_of_several_words_before_a_given_name_and_surname_is_the_role():
    assert read("In Attendance: Chief Executive Mark Day, Governance Advisor Kim Moss, Administrative Assistant "
                "Jo Lee, Director of Finance Deb Stewart\n") == [
        ("Mark Day", "in_attendance", "Chief Executive", None, None),
        ("Kim Moss", "in_attendance", "Governance Advisor", None, None),
        ("Jo Lee", "in_attendance", "Administrative Assistant", None, None),
        ("Deb Stewart", "in_attendance", "Director of Finance", None, None)]


@pytest.mark.parametrize("label", ["Student Board Member:", "Student Representatives Present:"])
def test_a_list_said_to_be_empty_leaves_the_label_after_it_its_own(label):
    text = f"Board Members Present: Maria Lopez, Robert Diaz\nBoard Members Absent: None\n{label} Ethan Brooks\n"
    assert read(text) == [("Maria Lopez", "present", None, None, None), ("Robert Diaz", "present", None, None, None),
                          ("Ethan Brooks", "present", None, None, None)]


def test_the_body_or_its_members_by_title_in_attendance_are_present():
    assert read("Council in Attendance: Councilor Ana Ruiz, Councilor Ben Okafor\n") == [
        ("Ana Ruiz", "present", None, None, None), ("Ben Okafor", "present", None, None, None)]
    assert read("Trustees in Attendance: Ana Ruiz, Ben Okafor\n") == [
        ("Ana Ruiz", "present", "Trustee", None, None), ("Ben Okafor", "present", "Trustee", None, None)]
    assert read("Staff in attendance: Ana Ruiz\n") == [("Ana Ruiz", "in_attendance", None, "officer", None)]


def test_a_post_and_the_service_it_is_of_a_comma_apart_before_its_holder_in_brackets():
    assert read("OFFICIALS IN ATTENDANCE:    Director of Services, Economic Development (Mr. J. Murphy), Senior "
                "Executive Officer,\n                            Urban Renewal (Ms. A. Walsh), Meetings Administrator "
                "(Ms. C. Byrne).\n") == [
        ("J. Murphy", "in_attendance", "Director of Services, Economic Development", "officer", None),
        ("A. Walsh", "in_attendance", "Senior Executive Officer, Urban Renewal", "officer", None),
        ("C. Byrne", "in_attendance", "Meetings Administrator", "officer", None)]


def test_a_community_council_s_members_and_the_police_under_labels_of_their_own():
    assert read("Community Councillors: Morag Shaw (Chair), Iain Reid (Secretary), Ahmed Malik\n"
                "Police Scotland: PC Gary Neil\n") == [
        ("Morag Shaw", "present", "Chair", None, None), ("Iain Reid", "present", "Secretary", None, None),
        ("Ahmed Malik", "present", None, None, None), ("Gary Neil", "in_attendance", None, "other", None)]


def test_a_post_of_ones_own_in_brackets_over_the_title_the_label_gives_every_member():
    assert read("Governors present:   Mrs A Clarke (Chair), Mrs C Hughes (Headteacher), Dr D Patel\n") == [
        ("A Clarke", "present", "Chair", None, None), ("C Hughes", "present", "Headteacher", None, None),
        ("D Patel", "present", "Governor", None, None)]


def test_a_post_opening_the_list_before_a_comma_is_the_next_name_s():
    assert read("In attendance: Clerk, Mrs S. Williams\n") == [("S. Williams", "in_attendance", "Clerk", None, None)]
    assert read("Present: Ann Bell, Clerk, Tom Hale\n") == [  # after a name: that name's post
        ("Ann Bell", "in_attendance", "Clerk", "officer", None), ("Tom Hale", "present", None, None, None)]


def test_a_label_printed_over_two_lines_its_first_word_alone_is_one_label():
    text = "PRESENT: Councilmembers Ann Bell, Tom Hale\nABSENT: None\nALSO\nPRESENT:\nSue Ray, City Manager\n"
    assert read(text) == [
        ("Ann Bell", "present", "Council Member", None, None), ("Tom Hale", "present", "Council Member", None, None),
        ("Sue Ray", "in_attendance", "City Manager", None, None)]


def test_a_heading_roster_in_two_columns_an_office_before_a_name_is_its_post():
    from minutebook.importer.attendance_offices import roster_names
    from minutebook.importer.attendance_prose import prose_entries

    entries = prose_entries(read_lines("doc.txt", "Present: Mayor Merrill, Members Mann, Busby.\n")[0],
                            roll_call=True)
    roster = read_lines("doc.txt", "Mayor Jerry Merrill\nCouncil Members:\nChris Mann          Jo Busby\n")[0]
    roster_names(entries, roster)
    assert [(e.name.name, e.role) for e in entries] == [
        ("Jerry Merrill", "Mayor"), ("Chris Mann", None), ("Jo Busby", None)]


def test_a_heading_roster_s_post_before_a_surname_is_no_fuller_name():
    from minutebook.importer.attendance_offices import roster_names
    from minutebook.importer.attendance_prose import prose_entries

    entries = prose_entries(read_lines("doc.txt", "Present: Mayor Merrill, Manager Herbek.\n")[0], roll_call=True)
    roster = read_lines("doc.txt", "Mayor Jerry Merrill\nManager Herbek\n")[0]
    roster_names(entries, roster)
    assert [(e.name.name, e.role) for e in entries] == [("Jerry Merrill", "Mayor"), ("Herbek", "Manager")]


def test_a_general_label_after_the_staff_s_list_starts_a_list_of_members():
    text = ("City Staff:\nSue Ray – City Attorney\nJo Park – City Clerk\n\nAttending: Council Member Flora, "
            "Council Member Mann\n")
    assert read(text) == [
        ("Sue Ray", "in_attendance", "City Attorney", "officer", None),
        ("Jo Park", "in_attendance", "City Clerk", "officer", None),
        ("Flora", "present", "Council Member", None, None), ("Mann", "present", "Council Member", None, None)]


def test_members_present_by_video_and_a_clause_saying_when_a_member_came_to_be_there():
    text = ("PRESENT: Trustees Ann Bell, Tom Hale, and Mel Martin after she was sworn in as Trustee\n"
            "VIA ZOOM: Trustee Jo Nagle\nABSENT: None\n")
    assert read(text) == [
        ("Ann Bell", "present", "Trustee", None, None), ("Tom Hale", "present", "Trustee", None, None),
        ("Mel Martin", "present", "Trustee", None, None), ("Jo Nagle", "present", "Trustee", None, None)]


def test_an_officer_s_post_printed_after_the_name_and_initials_with_no_comma():
    text = ("In Attendance:\n\nMr W Grosvenor Clerk and Executive Officer to Hadbury Parish Council\n\n"
            "Mrs P Alder Assistant Clerk, Hadbury Parish Council\n")
    assert read(text) == [
        ("W Grosvenor", "in_attendance", "Clerk and Executive Officer to Hadbury Parish Council", None, None),
        ("P Alder", "in_attendance", "Assistant Clerk", None, None)]


def test_everyone_the_following_officials_were_present_names_a_post_before_a_surname_its_role():
    text = "The following officials were present:\n\n\nMayor Schmidt\nTrustee Kane\nManager Herbek\n"
    assert read(text) == [("Schmidt", "present", "Mayor", None, None), ("Kane", "present", "Trustee", None, None),
                          ("Herbek", "in_attendance", "Manager", "officer", None)]


def test_a_record_of_attendance_minute_its_lists_under_labels_alone_one_a_line_in_columns():
    lines = read_lines("doc.txt", (
        "2. RECORD OF ATTENDANCE/APOLOGIES & APPROVED LEAVE OF ABSENCE\n\nMembers\n\nCr C Crosby              Shire "
        "President\nCr M Tuffley             Member\n\nStaff\n\nJP Bentley               Chief Executive Officer\n\n"
        "Members of the Public\n\nApologies\n\nCr R Jury                Member\n\nMembers on Leave of Absence\n\n"
        "Cr M Stephens            Member\n\n3. DECLARATION OF INTERESTS\n"))[0]
    item = ItemDraft(title="RECORD OF ATTENDANCE/APOLOGIES & APPROVED LEAVE OF ABSENCE", line=lines[0],
                     lines=lines[1:21], kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item)] == [
        ("C Crosby", "present", "Shire President"), ("M Tuffley", "present", "Member"),
        ("JP Bentley", "in_attendance", "Chief Executive Officer"), ("R Jury", "apologies", "Member"),
        ("M Stephens", "apologies", "Member")]


def test_a_post_then_its_holder_after_a_comma_one_a_line_the_clerk_s_and_an_acronym_s():
    text = "Staff Present:\nClerk, Pat Sinnamon\nCAO/Clerk, Ann Bell\nCAO, Tom Hale\nOperations Manager, Jo Morgan\n"
    assert read(text) == [
        ("Pat Sinnamon", "in_attendance", "Clerk", "officer", None),
        ("Ann Bell", "in_attendance", "CAO/Clerk", "officer", None),
        ("Tom Hale", "in_attendance", "CAO", "officer", None),
        ("Jo Morgan", "in_attendance", "Operations Manager", "officer", None)]


def test_a_post_then_its_holder_one_a_line_under_a_label_bulleted_or_not():
    for bullet in ("", "  • "):
        text = (f"Staff Present:\n{bullet}Chief Administrative Officer, S. Chambers\n{bullet}Manager of Communications "
                f"and Strategic Initiatives, D. Kell\n{bullet}Curator, S. Gropp\n")
        assert read(text) == [
            ("S. Chambers", "in_attendance", "Chief Administrative Officer", "officer", None),
            ("D. Kell", "in_attendance", "Manager of Communications and Strategic Initiatives", "officer", None),
            ("S. Gropp", "in_attendance", "Curator", "officer", None)]


def test_a_sentence_ending_with_the_label_of_the_list_below_it_and_the_sentence_kept():
    text = ("The Hadbury County Board of County Commissioners convened in a regular meeting on Monday, February 17, "
            "2003 at 5:00 p.m. in the courtroom, with the following members present to-wit:\n\n"
            "Commissioner Ann Bell, Chair\n\nCommissioner Tom Hale\n")
    entries, leftover = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries] == [
        ("Ann Bell", "present", "Chair"), ("Tom Hale", "present", "Commissioner")]
    assert [line.text for line in leftover] == [
        "The Hadbury County Board of County Commissioners convened in a regular meeting on Monday, February 17, 2003 "
        "at 5:00 p.m. in the courtroom,"]


def test_a_town_council_s_roll_members_by_initials_in_brackets_and_the_officers_in_a_sentence():
    text = ("Councillors:  Mrs. E. Ballard (EB), L. Cooney (LMC) and Mrs. J. Makinson-Sanders (JMS).\n\n"
            "NB: Cllr. Mrs JMS joined the meeting at approximately 7:45pm.\n\n"
            "Councillors not present: H. Filer (HF) and D. Wing (DEW).\n\n"
            "The Town Clerk, Mrs. L.M. Phillips, the Town Clerk’s Assistant, Mrs. M.C. Vincent and a member of the "
            "public were also present.\n")
    assert read(text) == [
        ("L.M. Phillips", "in_attendance", "Town Clerk", None, None),
        ("M.C. Vincent", "in_attendance", "Town Clerk’s Assistant", None, None),
        ("E. Ballard", "present", None, None, None), ("L. Cooney", "present", None, None, None),
        ("J. Makinson-Sanders", "present", None, None, None),
        ("H. Filer", "absent", None, None, None), ("D. Wing", "absent", None, None, None)]


def test_a_post_in_the_plural_over_its_holders_each_holder_the_post_a_full_stop_after_the_last():
    assert read("Officials in Attendance\nCounty Manager: Tom Bell\nDirectors: Kevin Hale, Liam Lind (A)\n"
                "Senior Executive Officers: Martin Ross, Larry Kemp and Mary Dunn.\nMeetings Administrator: Bill Ward."
                "\n") == [
        ("Tom Bell", "in_attendance", "County Manager", "officer", None),
        ("Kevin Hale", "in_attendance", "Director", "officer", None),
        ("Liam Lind", "in_attendance", "Director", "officer", None),
        ("Martin Ross", "in_attendance", "Senior Executive Officer", "officer", None),
        ("Larry Kemp", "in_attendance", "Senior Executive Officer", "officer", None),
        ("Mary Dunn", "in_attendance", "Senior Executive Officer", "officer", None),
        ("Bill Ward", "in_attendance", "Meetings Administrator", "officer", None)]


def test_calling_of_the_roll_its_title_in_another_language_the_names_the_chair_and_apologies_intimated():
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "1. Calling of the Roll and Apologies for Absence\nA’ Gairm a’ Chlàir agus "
                                  "Leisgeulan\n\nMr G Bell, Mrs J Hale (v/c), Ms K Lind\n\nIn Attendance:\n"
                                  "Chief Executive\n\nApologies for absence were intimated on behalf of Mr B Moss and "
                                  "Mrs C Webb.\n")[0]
    item = ItemDraft(title="Calling of the Roll and Apologies for Absence", line=lines[0], lines=lines[1:],
                     kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item)] == [
        ("G Bell", "present"), ("J Hale", "present"), ("K Lind", "present"), ("B Moss", "apologies"),
        ("C Webb", "apologies")]


def test_a_member_named_in_the_chair_on_a_line_of_their_own_is_the_chair():
    assert _offices("Present: Mr G Bell, Mr B Hale\n", "Mr B Hale in the Chair\n") == [
        ("G Bell", None), ("B Hale", "Chair")]


def test_a_name_a_post_and_the_organisation_the_post_is_in_one_a_line_the_and_inside_them_kept():
    assert read("Also in attendance:\n\nMr G Bell, Local Senior Officer, Scottish Fire and Rescue Service\n"
                "Ms A Hale, Director of Finance and Resources, Chief Executive’s Office\n") == [
        ("G Bell", "in_attendance", "Local Senior Officer", None, "Scottish Fire and Rescue Service"),
        ("A Hale", "in_attendance", "Director of Finance and Resources", None, "Chief Executive’s Office")]


def test_a_member_noted_as_a_substitute_sits_as_one():
    assert read("Present:\n\nMr H Bell, Mr G Hale (substitute), Mrs K Lind (substitute – am only)\n") == [
        ("H Bell", "present", None, None, None), ("G Hale", "substitute", None, None, None),
        ("K Lind", "substitute", None, None, None)]


def test_members_listed_under_the_places_they_represent_are_present():
    assert read("Careston - Mr J. Bell\nEdzell - Mr C. Hale, Mrs I. Lind\nBrechin Landward - Mr P. Moss\n"
                "In attendance - Mr D. Webb\nApologies - Mrs E. Ward.\n") == [
        ("J. Bell", "present", None, None, None), ("C. Hale", "present", None, None, None),
        ("I. Lind", "present", None, None, None), ("P. Moss", "present", None, None, None),
        ("D. Webb", "in_attendance", None, None, None), ("E. Ward", "apologies", None, None, None)]


def test_apologies_intimated_on_behalf_of_members_give_them_no_role():
    assert read("Present: Mr A Bell\n\nApologies for absence were intimated on behalf of Mr B Hale and Mrs C Lind.\n"
                ) == [("A Bell", "present", None, None, None), ("B Hale", "apologies", None, None, None),
                      ("C Lind", "apologies", None, None, None)]


def test_in_attendance_the_only_list_of_those_there_beside_apologies_names_them_present():
    found = read("Apologies ; John Bell , Ian Hale\nIn Attendance ; Margot Lind(Returning Officer) , Scott Moss , "
                 "Matt Webb , Ian Ward , Carrie Dunn , PC Kevin Kerr .\n")
    assert [(name, status) for name, status, *_ in found] == [
        ("John Bell", "apologies"), ("Ian Hale", "apologies"), ("Margot Lind", "present"), ("Scott Moss", "present"),
        ("Matt Webb", "present"), ("Ian Ward", "present"), ("Carrie Dunn", "present"), ("Kevin Kerr", "present")]


def test_a_web_table_of_attendance_its_empty_cells_kept_in_place_a_post_after_the_status():
    found = read("Roll Call\nName\tStatus\tArrival Time\tDeparture Time\nJo Bell\tpresent secretary\tOn Time\t"
                 "At Adjournment\nAl Hale\tpresent member\t15 Minutes Late\tAt Adjournment\nKim Lind\tpresent chair\t"
                 "On Time\tAt Adjournment\nRay Moss\tabsent vice-chair\t\t\n")
    assert [(name, status, role) for name, status, role, *_ in found] == [
        ("Jo Bell", "present", "Secretary"), ("Al Hale", "present", None), ("Kim Lind", "present", "Chair"),
        ("Ray Moss", "absent", "Vice-Chair")]


def test_council_employees_present_are_officers_a_finance_officer_s_initials_before_a_name_the_post():
    assert read("Present: Cllr. C Bell, Cllr. P Hale\nCouncil Employees Present: RFO Clive Lind, Clerk Linda Moss\n"
                ) == [("C Bell", "present", None, None, None), ("P Hale", "present", None, None, None),
                      ("Clive Lind", "in_attendance", "RFO", "officer", None),
                      ("Linda Moss", "in_attendance", "Clerk", "officer", None)]


def test_members_who_sent_apologies_in_a_bulleted_sentence_under_the_apologies_minute():
    from minutebook.importer.drafts import ItemDraft

    assert read("Cllr I Bell & Cllr H Hale sent apologies.\n") == [
        ("I Bell", "apologies", "Councillor", None, None), ("H Hale", "apologies", "Councillor", None, None)]
    lines = read_lines("doc.txt", "59.    To receive apologies for absence\n•    Cllr I Bell sent his apologies.\n")[0]
    item = ItemDraft(title="To receive apologies for absence", line=lines[0], lines=lines[1:], kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item)] == [("I Bell", "apologies")]


def test_a_unitary_or_town_councillor_s_title_before_the_name():
    assert read("In attendance:  Mrs S Bell (Clerk) and Unitary Cllr J Hale.\nAlso present: Town Councillor A Lind\n"
                ) == [("S Bell", "in_attendance", "Clerk", None, None),
                      ("J Hale", "in_attendance", "Unitary Councillor", None, None),
                      ("A Lind", "in_attendance", "Town Councillor", None, None)]


def test_a_resolution_accepting_the_apologies_of_members_names_them():
    assert read("Present: Mayor Ann Bell\n\nThat the apology from Councillors Hale and Lind be accepted.\n") == [
        ("Hale", "apologies", "Councillor", None, None), ("Lind", "apologies", "Councillor", None, None),
        ("Ann Bell", "present", "Mayor", None, None)]


def test_posts_with_an_and_inside_before_their_holders_in_brackets_commas_or_none_between():
    assert read("In Attendance: Director of Finance and Resources (Lance Bell), Manager Communications & Marketing "
                "(Craig Hale)\n") == [
        ("Lance Bell", "in_attendance", "Director of Finance and Resources", None, None),
        ("Craig Hale", "in_attendance", "Manager Communications & Marketing", None, None)]
    assert [entry[:3] for entry in read("In Attendance: Director City Services (Lance Bell) Manager Communications "
                                        "and Marketing (Craig Hale) Māori Partnership Manager (Mere Lind)\n")] == [
        ("Lance Bell", "in_attendance", "Director City Services"),
        ("Craig Hale", "in_attendance", "Manager Communications and Marketing"),
        ("Mere Lind", "in_attendance", "Māori Partnership Manager")]


def test_village_officials_are_officers_the_audience_the_public():
    assert read("MEMBERS PRESENT:\nMike Bell, Mayor\n\nVILLAGE OFFICIALS:\nJohn Hale, Solicitor\n\nAUDIENCE:\n"
                "Ann Lind, Bob Moss\n") == [
        ("Mike Bell", "present", "Mayor", None, None), ("John Hale", "in_attendance", "Solicitor", "officer", None),
        ("Ann Lind", "in_attendance", None, "other", None), ("Bob Moss", "in_attendance", None, "other", None)]


def test_others_under_a_label_spaced_from_its_value_one_a_line_set_in_under_it_a_blank_line_between():
    text = ("Others Present:            Peter Bell, Assistant Town Manager\n\n"
            "                                    Steve Hale, Town Counsel (6:32PM)\n\n"
            "                                    Liz Lind, Town Recorder\n\n \n\nAbsent:                        "
            "Jo Moss, Town Manager\n")
    assert [entry[:3] for entry in read(text)] == [
        ("Peter Bell", "in_attendance", "Assistant Town Manager"), ("Steve Hale", "in_attendance", "Town Counsel"),
        ("Liz Lind", "in_attendance", "Town Recorder"), ("Jo Moss", "absent", "Town Manager")]


def test_labelled_lists_under_a_roll_call_minute_staff_posts_wrapped_over_lines():
    from minutebook.importer.drafts import ItemDraft

    lines = read_lines("doc.txt", "2. ROLL CALL\nDirectors Present: Bell, Hale, Lind and Moss\nStaff Present: General "
                                  "Manager Mark Ward, Asst. General Manager Tom Kerr, Chief of\nAdministration Rom "
                                  "Sarno, General Counsel Yuri\nCalderon, District Secretary Susan Cruz\nand others "
                                  "per attached list.\n")[0]
    item = ItemDraft(title="ROLL CALL", line=lines[0], lines=lines[1:], kind="minutes")
    assert [(e.name.name, e.status, e.role) for e in item_attendance(item)] == [
        ("Bell", "present", "Director"), ("Hale", "present", "Director"), ("Lind", "present", "Director"),
        ("Moss", "present", "Director"), ("Mark Ward", "in_attendance", "General Manager"),
        ("Tom Kerr", "in_attendance", "Asst. General Manager"),
        ("Rom Sarno", "in_attendance", "Chief of Administration"),
        ("Yuri Calderon", "in_attendance", "General Counsel"), ("Susan Cruz", "in_attendance", "District Secretary")]


def test_a_member_listed_by_two_roll_calls_takes_the_office_the_text_gives_them_once():
    assert _offices("Present: Bell, Hale, Lind\n\nPresent: Bell, Hale, Lind, Moss\n",
                    "Vice President Bell called the meeting back to order at 6:08 pm.\n") == [
        ("Bell", "Vice President"), ("Hale", None), ("Lind", None), ("Bell", "Vice President"), ("Hale", None),
        ("Lind", None), ("Moss", None)]


def test_a_second_post_and_its_holder_after_the_first_holder_is_no_post_of_the_first():
    assert read("Chairperson: Lila Bell, Recorder: Miriam Hale.\n") == [
        ("Lila Bell", "present", "Chair", None, None), ("Miriam Hale", "present", "Recorder", None, None)]


def test_also_over_present_a_blank_line_between_one_label_a_warden_s_title():
    assert read("Present:          Warden Reg Bell, Deputy Warden Hale; Councillors: Wayne Lind\n\nAlso\n\n"
                "Present:          CAO John Moss, Municipal Clerk Carolyn Ward, and other staff.\n") == [
        ("Reg Bell", "present", "Warden", None, None), ("Hale", "present", "Deputy Warden", None, None),
        ("Wayne Lind", "present", None, None, None), ("John Moss", "in_attendance", "CAO", None, None),
        ("Carolyn Ward", "in_attendance", "Municipal Clerk", None, None)]


def test_names_each_after_a_member_s_title_their_commas_lost_and_posts_run_on_to_the_next_name():
    assert [entry[:3] for entry in read(
        "Present: Director Pat Bell, Chair Director Merrick Hale Director Russell Lind Alternate Director Alan Moss\n\n"
        "Staff Present: Al Ward, Chief Administrative Officer Matt O'Kane, Manager of Administrative Services "
        "Patrick Dunn, Manager of Operational Services\n")] == [
        ("Pat Bell", "present", "Chair"), ("Merrick Hale", "present", "Director"),
        ("Russell Lind", "present", "Director"), ("Alan Moss", "present", "Alternate Director"),
        ("Al Ward", "in_attendance", "Chief Administrative Officer"),
        ("Matt O'Kane", "in_attendance", "Manager of Administrative Services"),
        ("Patrick Dunn", "in_attendance", "Manager of Operational Services")]


def test_names_each_after_the_head_s_or_a_member_s_title_and_an_officer_s_post_their_commas_lost():
    assert [entry[:3] for entry in read(
        "PRESENT: Reeve Mike Bell Deputy Reeve Shawn Hale Councillor Donna Lind Councillor Craig Moss Chief "
        "Administrative Officer Wendy Kerr\n")] == [
        ("Mike Bell", "present", "Reeve"), ("Shawn Hale", "present", "Deputy Reeve"), ("Donna Lind", "present", None),
        ("Craig Moss", "present", None), ("Wendy Kerr", "present", "Chief Administrative Officer")]
    assert [entry[:3] for entry in read("Present: Mayor Ann Bell Deputy Mayor Tom Hale Councillor Jo Lind\n")] == [
        ("Ann Bell", "present", "Mayor"), ("Tom Hale", "present", "Deputy Mayor"), ("Jo Lind", "present", None)]


def test_the_member_in_the_chair_before_the_others_present():
    text = "Present: J. Bell (President) in the chair with A. Hale, J. Lind and I. Kerr.\n"
    assert [entry[:3] for entry in read(text)] == [("J. Bell", "present", "President"), ("A. Hale", "present", None),
                                                   ("J. Lind", "present", None), ("I. Kerr", "present", None)]
    assert [entry[:3] for entry in read("Present: Cllr Bell (Chairman) in the Chair, Cllrs Hale and Lind.\n")] == [
        ("Bell", "present", "Chair"), ("Hale", "present", "Councillor"), ("Lind", "present", "Councillor")]


def test_the_chair_and_the_scribe_labelled_after_those_who_sent_regrets_were_there():
    assert [entry[:3] for entry in read("Present\nAnn Bell, Tom Hale\nRegrets\nJo Lind\nChair\nAnn Bell\nScribe\n"
                                        "Tom Hale\n")] == [
        ("Ann Bell", "present", None), ("Tom Hale", "present", None), ("Jo Lind", "apologies", None),
        ("Ann Bell", "present", "Chair"), ("Tom Hale", "present", "Scribe")]


def test_posts_before_their_holders_in_brackets_the_one_in_the_chair_a_judge_a_professor():
    text = ("PRESENT: The Chancellor (Dr K C Bell) in the Chair, the Pro Chancellor (The Hon Justice C Hale), the "
            "Vice-Chancellor (Professor A Lind), Dr S Moss\n\nApologies: the Deputy Vice-Chancellor (Professor M "
            "Kerr)\n")
    assert [entry[:3] for entry in read(text)] == [
        ("K C Bell", "present", "Chancellor"), ("C Hale", "present", "Pro Chancellor"),
        ("A Lind", "present", "Vice-Chancellor"), ("S Moss", "present", None),
        ("M Kerr", "apologies", "Deputy Vice-Chancellor")]


def test_an_item_s_heading_straight_under_a_list_is_no_name_going_on():
    assert [entry[:2] for entry in read("Apologies: Ann Bell, Ros & John Hale\nActing Chairman’s Introduction\nThe "
                                        "Acting Chairman welcomed residents.\n")] == [
        ("Ann Bell", "apologies"), ("Ros Hale", "apologies"), ("John Hale", "apologies")]


def test_the_person_s_own_initials_after_their_post_are_no_organisation():
    assert read("Present: Ann Bell, Chair (AB); Tom Hale, Treasurer (TH); Jo Lind (JL).\n") == [
        ("Ann Bell", "present", "Chair", None, None), ("Tom Hale", "present", "Treasurer", None, None),
        ("Jo Lind", "present", None, None, None)]


def test_a_label_that_is_a_whole_label_over_one_it_starts_with():
    assert read("Attendance: Cllr A Bell (Chairman), Cllr T Hale.\n\nOther Members not present: Cllr J Lind.\n") == [
        ("A Bell", "present", "Chair", None, None), ("T Hale", "present", None, None, None),
        ("J Lind", "absent", "Councillor", None, None)]
    assert [entry[:2] for entry in read("PRESENT: Councillor R Bell (Chairman)\n\nOTHER MEMBERS: Councillor J Hale, O "
                                        "Lind and S Moss\n")] == [
        ("R Bell", "present"), ("J Hale", "in_attendance"), ("O Lind", "in_attendance"), ("S Moss", "in_attendance")]


def test_a_member_s_title_in_american_spelling_after_the_name_is_the_role():
    text = "Those present: Ann Bell, Supervisor\nTom Hale, Councilman\nJo Lind, Councilwoman\nKit Moss, Councilor\n"
    assert [entry[:3] for entry in read(text)] == [
        ("Ann Bell", "present", "Supervisor"), ("Tom Hale", "present", "Councilman"),
        ("Jo Lind", "present", "Councilwoman"), ("Kit Moss", "present", "Councilor")]
    assert read("PRESENT\nAnn Bell, Chairman\nMack Hale, Alternate\n") == [
        ("Ann Bell", "present", "Chairman", None, None), ("Mack Hale", "present", "Alternate", None, None)]


def test_the_person_s_own_initials_after_a_dash_are_no_part_of_the_post():
    assert read("Attendees\nAnna Bell – Committee member AB\nKevin Hale – KH Flat 123\n") == [
        ("Anna Bell", "present", "Committee member", None, None), ("Kevin Hale", "present", None, None, "Flat 123")]
    text = "Present: Margaret Bell-Chairman (MB), Brian Hale (BH), Lynn Lind-Vice Chairman (LL), Sharyn Moss (SM)\n"
    assert read(text) == [
        ("Margaret Bell", "present", "Chairman", None, None), ("Brian Hale", "present", None, None, None),
        ("Lynn Lind", "present", "Vice Chairman", None, None), ("Sharyn Moss", "present", None, None, None)]


def test_a_name_with_the_initial_a_is_no_sentence_and_staff_attendees_are_officers():
    assert read("PRESENT\n:\nJim Bell (Chairman)\nA Hale\nG Lind\n") == [
        ("Jim Bell", "present", "Chair", None, None), ("A Hale", "present", None, None, None),
        ("G Lind", "present", None, None, None)]
    assert [entry[:3] for entry in read("AC Attendees: Ann Bell – Chair; Tom Hale\n\nStaff Attendees: Jo Lind – Chief "
                                        "Operating Officer; Kit Moss\n")] == [
        ("Ann Bell", "present", "Chair"), ("Tom Hale", "present", None),
        ("Jo Lind", "in_attendance", "Chief Operating Officer"), ("Kit Moss", "in_attendance", None)]


def test_a_surname_ward_after_a_post_is_the_name_not_a_ward():
    assert [entry[:3] for entry in read("Present: Tom Hale, Chief Administrative Officer Wendy Ward\n")] == [
        ("Tom Hale", "present", None), ("Wendy Ward", "present", "Chief Administrative Officer")]


def test_a_surname_with_a_capital_inside_is_no_organisation_a_generation_s_comma_no_post_s():
    assert read("PRESENT: Richard K. MacManus\n\nAlso Attending: H. Woodrow Bell, Jr., County Attorney\n"
                "W. Douglas Hale, County Administrator\nCarey H. Lind, Recording Secretary\n") == [
        ("Richard K. MacManus", "present", None, None, None),
        ("H. Woodrow Bell Jr", "in_attendance", "County Attorney", None, None),
        ("W. Douglas Hale", "in_attendance", "County Administrator", None, None),
        ("Carey H. Lind", "in_attendance", "Recording Secretary", None, None)]


def test_others_each_a_line_with_the_organisation_they_came_for_the_first_on_the_label_s_line():
    assert read("STAFF: A. Bell, Administrator\nOTHERS IN\nATTENDANCE: M. Hale, Brooks Bulletin\n"
                "R. Lind, Brooks Bulletin\nK. Moss, Brook & County Chronicle\n") == [
        ("A. Bell", "in_attendance", "Administrator", "officer", None),
        ("M. Hale", "in_attendance", None, "other", "Brooks Bulletin"),
        ("R. Lind", "in_attendance", None, "other", "Brooks Bulletin"),
        ("K. Moss", "in_attendance", None, "other", "Brook & County Chronicle")]


def test_members_each_with_the_ward_they_sit_for_after_the_name_no_commas_between():
    text = ("CHAIRPERSON: Cr Carolyn Bell Mount Jeffcott Ward\nCOUNCILLORS: Cr Ellen Hale Mallee Ward Cr David Lind "
            "Lower Avoca Ward Cr Graeme Moss\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role, e.position) for e in entries] == [
        ("Carolyn Bell", "Chair", "Mount Jeffcott Ward"), ("Ellen Hale", None, "Mallee Ward"),
        ("David Lind", None, "Lower Avoca Ward"), ("Graeme Moss", None, None)]


def test_members_listed_under_places_sit_for_them():
    entries, _ = parse_region(read_lines("doc.txt", "Careston - Mr J. Bell\nEdzell - Mr C. Hale, Mrs I. Lind\n"
                                                    "In attendance - Mr D. Webb\n")[0])
    assert [(e.name.name, e.position) for e in entries] == [
        ("J. Bell", "Careston"), ("C. Hale", "Edzell"), ("I. Lind", "Edzell"), ("D. Webb", None)]


def test_members_named_under_no_label_by_their_plural_title():
    text = ("Councillors D Risk (Chairman) (DR), P Summers (PS), C McArthur (CM) and K Churchill (KC)\n"
            "Parish Clerk and RFO A M Hounsell\n")
    entries, kept = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status) for e in entries] == [("D Risk", "present"), ("P Summers", "present"),
                                                          ("C McArthur", "present"), ("K Churchill", "present")]
    assert [line.number for line in kept] == [2]


def test_a_sentence_opening_with_the_plural_title_is_no_list():
    text = "Councillors Risk and Summers declared an interest in item 5.\n"
    entries, kept = parse_region(read_lines("doc.txt", text)[0])
    assert entries == [] and [line.number for line in kept] == [1]


def test_the_membership_over_the_members_those_away_marked_a():
    text = "Membership:\n\nAnn Bell – A\nTom Hale\nRosa Lind (Chair)\nKit Mayo – A\n\nIn attendance:\n\nJo Dee, Clerk\n"
    assert [e[:3] for e in read(text)] == [("Ann Bell", "absent", None), ("Tom Hale", "present", None),
                                           ("Rosa Lind", "present", "Chair"), ("Kit Mayo", "absent", None),
                                           ("Jo Dee", "in_attendance", "Clerk")]


def test_a_list_under_on_roll_call_the_following_were_present():
    text = "On roll call, the following were present:\n\nChairman Ann Bell\nCommissioner Tom Hale\n"
    assert [e[:3] for e in read(text)] == [("Ann Bell", "present", "Chair"), ("Tom Hale", "present", "Commissioner")]


def test_others_one_a_line_with_their_part_here_in_brackets_and_their_post_after_a_comma():
    text = ("Present:\n\nAnn Bell (Chair)\nTom Hale\n\nIn attendance:\n\n"
            "Dr Rosa Lind (Secretary to Council), Chief Operating Officer\n"
            "Kit Mayo, Exec Dean – EDI (HoS Health and Social Care)\n"
            "Jo Dee (Observing), Incoming Students’ Union Officer\n"
            "Al Roe (Minutes), Governance Officer\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role, e.position, e.organisation) for e in entries[2:]] == [
        ("Rosa Lind", "Secretary to Council", "Chief Operating Officer", None),
        ("Kit Mayo", "Exec Dean – EDI (HoS Health and Social Care)", None, None),
        ("Jo Dee", "Incoming Students’ Union Officer", None, None),
        ("Al Roe", "Minute-taker", "Governance Officer", None)]
    assert [(e.status, e.capacity) for e in entries[2:]][2] == ("in_attendance", "other")  # an observer


def test_labelled_lists_after_the_sentence_opening_the_first_minute():
    text = ("The meeting was called to order by Mayor Ann Bell at 7:30 pm with all members in attendance.\n\n"
            "Council in Attendance:\n\nAnn Bell\nTom Hale\nRosa Lind\n\nStaff in Attendance:\n\n"
            "Kit Mayo                Administrator Clerk Treasurer\nJo Dee                  Chief Building Official\n\n"
            "Others in Attendance:\n\nAl Roe              The Hadbury Citizen\n")
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="Call to order", line=lines[0], lines=lines, kind="minutes")
    entries = item_attendance(item, first=True)
    assert [(e.name.name, e.status) for e in entries] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Rosa Lind", "present"), ("Kit Mayo", "in_attendance"),
        ("Jo Dee", "in_attendance"), ("Al Roe", "in_attendance")]
    assert [e.role for e in entries[3:5]] == ["Administrator Clerk Treasurer", "Chief Building Official"]


def test_when_a_member_left_in_brackets_is_no_organisation_and_its_dash_no_name_s_end():
    text = ("Present:\n\nMarty Robinson (left meeting 1.05 – 1.09pm)\nAnn Bell - Chair\n"
            "Tui Shortland (Chairperson from 10.02 – 10.29am)\n")
    assert [e[:5] for e in read(text)] == [("Marty Robinson", "present", None, None, None),
                                           ("Ann Bell", "present", "Chair", None, None),
                                           ("Tui Shortland", "present", "Chairperson from 10.02 – 10.29am", None, None)]


def test_officers_listed_by_post_alone_are_no_people():
    text = ("Present:\n\nAnn Bell\nTom Hale\n\nIn Attendance:\n\nFull Meeting\n\nIndependent Financial Advisor\n\n"
            "Governance Specialists (x2)\n\nPart Meeting\n\nHuman Resources Manager\n")
    assert [e[0] for e in read(text)] == ["Ann Bell", "Tom Hale"]


def test_staff_listed_by_post_and_department_alone_are_no_people():
    text = ("PRESENT:   Cr Ann Bell, Cr Tom Hale\nSTAFF:     General Manager, Director Sustainable Infrastructure, "
            "Acting Director Sustainable Communities and Executive Assistant\n")
    entries, kept = parse_region(read_lines("doc.txt", text)[0])
    assert [e.name.name for e in entries] == ["Ann Bell", "Tom Hale"] and [line.number for line in kept] == [2]


def test_apprentices_to_the_board_attend():
    text = "Membership:\n\nAnn Bell (Chair)\nTom Hale\n\nBoard Apprentices:\n\nRosa Lind\nKit Mayo\n"
    assert [e[:2] for e in read(text)] == [("Ann Bell", "present"), ("Tom Hale", "present"),
                                           ("Rosa Lind", "in_attendance"), ("Kit Mayo", "in_attendance")]


def test_an_apologies_minute_whose_text_goes_on_from_its_title():
    lines = read_lines("doc.txt", "were received from: Councillors Mr Ann Bell & Mr Tom Hale.\n")[0]
    item = ItemDraft(title="Apologies", line=lines[0], lines=lines, kind="minutes")
    assert [(e.name.name, e.status) for e in item_attendance(item)] == [("Ann Bell", "apologies"),
                                                                         ("Tom Hale", "apologies")]


def test_a_sentence_under_a_list_without_its_stop_ends_the_list_and_the_clerk_after_a_dash_is_the_clerk():
    text = ("Present: Cllr Mr G. Hotchkin – Chairman, Cllrs J Frizzell, M Robinson and the Clerk – Adrian Illingworth\n"
            "Cllr Mr G. Hotchkin opened the meeting at 7pm.\n")
    entries, kept = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role) for e in entries][-1] == ("Adrian Illingworth", "in_attendance", "Clerk")
    assert [line.number for line in kept] == [2]


def test_a_semicolon_list_whose_line_ended_between_two_names_and_a_harbour_master():
    text = ("Present: Alasdair Swan (Chair); Steven Anderson; John Band; Yvonne Wemyss\n"
            "Quentin Dimmer (Harbourmaster)\nApologies: Barry Buglass; Andrew Brown;\n")
    assert [e[:3] for e in read(text)] == [
        ("Alasdair Swan", "present", "Chair"), ("Steven Anderson", "present", None), ("John Band", "present", None),
        ("Yvonne Wemyss", "present", None), ("Quentin Dimmer", "present", "Harbourmaster"),
        ("Barry Buglass", "apologies", None), ("Andrew Brown", "apologies", None)]


def test_a_county_counselor_before_her_name_among_the_commissioners_and_members_of_the_press():
    text = ("Commissioners Cory Moates, Pat Collins, Neal Anderson, County Counselor Barbara Wright, and County Clerk "
            "Rodney Edmondson were present.\n\nMembers of the press present:  Larry Hiatt, Dawson White\n")
    assert [e[:3] for e in read(text)] == [
        ("Cory Moates", "present", "Commissioner"), ("Pat Collins", "present", "Commissioner"),
        ("Neal Anderson", "present", "Commissioner"), ("Barbara Wright", "present", "County Counselor"),
        ("Rodney Edmondson", "in_attendance", "County Clerk"), ("Larry Hiatt", "in_attendance", None),
        ("Dawson White", "in_attendance", None)]


def test_names_set_apart_by_slashes_are_a_list():
    text = "Present:  Ann Bell / Tom Hale / Kit Lind/ Sue Ray\n\nApologies:  Jo Park / Al Cole\n"
    assert [(e.name.name, e.status) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Kit Lind", "present"), ("Sue Ray", "present"),
        ("Jo Park", "apologies"), ("Al Cole", "apologies")]
    assert parse_region(read_lines("doc.txt", "Present:  Chair / Treasurer\n")[0])[0] == []  # posts, no names


def test_a_military_rank_before_a_name_is_its_honorific():
    text = "PRESENT\n\n1. Brig. K.A. Bell - President\n\n2. Lt. Col. T. Hale - Nominated Member\n"
    assert [(e.name.name, e.name.honorific, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("K.A. Bell", "Brigadier", "President"), ("T. Hale", "Lieutenant Colonel", "Nominated Member")]


def test_letters_after_a_name_for_an_honour_or_office_are_no_part_of_it_nor_a_person():
    text = "Present:\nCouncillor Ann Bell, MBE, JP (Chair)\nRt. Wor. Tom Hale, JP\nCouncillor Kit Lind\n"
    assert [(e.name.name, e.role, e.organisation) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "Chair", None), ("Tom Hale", None, None), ("Kit Lind", None, None)]
    from minutebook.importer.names import without_post_nominals
    assert without_post_nominals("NH, JC, JP, KG") == "NH, JC, JP, KG"  # a roster of initials: JP is someone's


def test_the_post_then_a_dash_then_the_name_is_an_officer_not_a_sentence():
    text = "Present: Councillor Ann Bell\nIn Attendance: The Secretary – Ed Cole, JP\nThe Senior Engineer – Ian Hind\n"
    assert [(e.name.name, e.status, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "present", None), ("Ed Cole", "in_attendance", "Secretary"),
        ("Ian Hind", "in_attendance", "Senior Engineer")]


def test_officers_attending_with_the_members_at_the_list_s_end_attend():
    text = ("Present: Cllr Ann Bell (Chairman), Cllr Tom Hale with Sam Cole (Town Clerk) and Jo Park (RFO) in "
            "attendance.\n")
    assert [(e.name.name, e.status, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "present", "Chair"), ("Tom Hale", "present", None), ("Sam Cole", "in_attendance", "Town Clerk"),
        ("Jo Park", "in_attendance", "RFO")]


def test_a_post_then_its_titled_holder_after_and_is_a_person_of_their_own():
    text = "Apologies: Cllr O’Neill and Co-opted Member Mr N Bell\n"
    assert [(e.name.name, e.status, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("O’Neill", "apologies", "Councillor"), ("N Bell", "apologies", "Co-opted Member")]


def test_a_plural_title_before_the_list_is_not_the_honorific_of_an_officer_with_their_own():
    text = "Also present: Cllrs Brown and Hale, Town Clerk Mrs L Bell and 2 members of the public\n"
    assert [(e.name.name, e.name.honorific, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Brown", "Councillor", "Councillor"), ("Hale", "Councillor", "Councillor"), ("L Bell", "Mrs", "Town Clerk")]


def test_a_name_its_initials_and_its_post_run_together_are_the_name_and_post():
    text = ("Present:\nDr Ann Bell AB Clinical Chair\nTom Hale TH Lay Member for Audit\nRuth Cole RCo Chief Executive "
            "(part meeting)\n")
    assert [(e.name.name, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "Clinical Chair"), ("Tom Hale", "Lay Member for Audit"), ("Ruth Cole", "Chief Executive")]


def test_a_senior_associate_or_research_fellow_after_a_name_is_a_post():
    text = "In attendance:\nRosie Bell, Senior Associate\nTom Hale, Research Fellow\n"
    assert [(e.name.name, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Rosie Bell", "Senior Associate"), ("Tom Hale", "Research Fellow")]


def test_a_surname_opening_with_its_particle_in_lower_case_is_a_member():
    text = "PRESENT\nCouncillors Ruddock (Chairman),\ndel Gallego, Heyde and di Marco.\n"
    assert [(e.name.name, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ruddock", "Chair"), ("del Gallego", "Councillor"), ("Heyde", "Councillor"), ("di Marco", "Councillor")]


def test_a_post_in_the_plural_after_two_names_is_each_one_s():
    text = "Present: Ann Bell and Tom Hale (Co-Chairs), Kit Lind (Treasurer), Jo Park & Al Cole (Managers U13s)\n"
    assert [(e.name.name, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "Co-Chair"), ("Tom Hale", "Co-Chair"), ("Kit Lind", "Treasurer"), ("Jo Park", "Manager U13s"),
        ("Al Cole", "Manager U13s")]


def test_a_general_manager_s_post_by_its_initials_is_a_post():
    text = "OFFICERS:  Ann Bell (Chief Executive Officer), Tom Hale (GM Corporate and Community)\n"
    assert [(e.name.name, e.role, e.organisation) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "Chief Executive Officer", None), ("Tom Hale", "GM Corporate and Community", None)]


def test_a_label_s_state_said_again_after_its_list_is_no_part_of_the_last_name():
    text = "PRESENT – Mayor Bell and Treasurer Hale were present.\n\nABSENT – Vice President Cole was excused.\n"
    assert [(e.name.name, e.status, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Bell", "present", "Mayor"), ("Hale", "present", "Treasurer"), ("Cole", "absent", "Vice President")]


def test_a_person_named_by_a_post_before_the_surname_is_the_surname_with_the_post():
    text = "PRESENT – Manager Bell, Solicitor Hale, Engineer Goff, Fire Company President Ide, Treasurer Cole.\n"
    assert [(e.name.name, e.role, e.organisation) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Bell", "Manager", None), ("Hale", "Solicitor", None), ("Goff", "Engineer", None),
        ("Ide", "Fire Company President", None), ("Cole", "Treasurer", None)]


def test_a_county_judge_and_a_litigator_after_a_name_are_posts_but_a_surname_judge_is_a_name():
    text = "Present:\nAnn Bell, County Judge\nTom Hale, Chief Civil Litigator\nKit Judge, Secretary\n"
    assert [(e.name.name, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "County Judge"), ("Tom Hale", "Chief Civil Litigator"), ("Kit Judge", "Secretary")]


def test_a_post_s_initials_in_brackets_after_it_are_no_organisation():
    text = "Also Present: Ann Bell, City Attorney (CA)\nTom Hale, Deputy City Manager (DCM)\n"
    assert [(e.name.name, e.role, e.organisation) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "City Attorney", None), ("Tom Hale", "Deputy City Manager", None)]
    text = "Present:\nMrs N Lind (School Improvement Director) (SID)\nMr T Moss (Chair) (Alder Trust)\n"
    assert [(e.name.name, e.role, e.organisation) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("N Lind", "School Improvement Director", None), ("T Moss", "Chair", "Alder Trust")]


def test_how_one_listed_stood_after_a_dash_at_the_line_s_end_is_their_status():
    text = ("List of attendees:\nAnn Bell - Registrars\nTom Hale - Registries - absent - apologies\n"
            "Kit Lind - ALAC Liaison - absent\n")
    assert [(e.name.name, e.status, e.role, e.organisation) for e in parse_region(read_lines("doc.txt", text)[0])[0]] \
        == [("Ann Bell", "present", None, "Registrars"), ("Tom Hale", "apologies", None, "Registries"),
            ("Kit Lind", "absent", "ALAC Liaison", None)]


def test_those_in_attendance_were_opens_the_list_of_everyone_there():
    text = "Those in attendance at the meeting were as follows: Ann Bell, Tom Hale\n"
    assert [(e.name.name, e.status) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "present"), ("Tom Hale", "present")]


def test_posts_written_short_with_a_full_stop_end_no_sentence_of_the_roll_call():
    text = "Present: Mayor Bell, Trustees Hale and Lind, Supt. Cross, Ass’t Supt. Frisbie, Treasurer Moss\n"
    entries, rest = parse_region(read_lines("doc.txt", text)[0])
    assert [e.name.name for e in entries] == ["Bell", "Hale", "Lind", "Cross", "Frisbie", "Moss"]
    assert rest == []


def test_names_after_a_full_stop_typed_for_a_comma_go_on_with_the_list():
    text = "Present: N. Bell, Mrs B. Hale. S. Lind, M. Moss\nApologies: C. Kerr\n"
    assert [(e.name.name, e.status) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("N. Bell", "present"), ("B. Hale", "present"), ("S. Lind", "present"), ("M. Moss", "present"),
        ("C. Kerr", "apologies")]
    text = "Present: N. Bell, Mrs B. Hale. The meeting opened at 7 pm.\n"
    assert [e.name.name for e in parse_region(read_lines("doc.txt", text)[0])[0]] == ["N. Bell", "B. Hale"]


def test_names_a_chat_knows_people_by_with_a_note_in_square_brackets_are_people():
    text = ("Present\n      DanC, Julian, Gregory_Rosmaita, MikeSmith,\n      chaals, mjs[last_10_minutes], "
            "Lachy[IRC_only]\n\nRegrets\n      Hixie\n")
    assert [(e.name.name, e.status, e.organisation) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("DanC", "present", None), ("Julian", "present", None), ("Gregory_Rosmaita", "present", None),
        ("MikeSmith", "present", None), ("chaals", "present", None), ("mjs", "present", None),
        ("Lachy", "present", None), ("Hixie", "apologies", None)]


def test_members_ex_officio_under_their_label_are_present_as_such():
    text = "Present:  Ann Bell\nEx Officio: Tom Hale, Kit Lind\n"
    assert [(e.name.name, e.status, e.capacity) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Ann Bell", "present", None), ("Tom Hale", "present", "ex officio"), ("Kit Lind", "present", "ex officio")]


def test_a_post_before_a_surname_ends_the_group_the_members_title_heads():
    text = "Present: Mayor Bell, Trustees Hale, Lind and Moss, Chief Kerr, Treasurer Cole\n"
    assert [(e.name.name, e.role) for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        ("Bell", "Mayor"), ("Hale", "Trustee"), ("Lind", "Trustee"), ("Moss", "Trustee"), ("Kerr", "Chief"),
        ("Cole", "Treasurer")]


def test_a_service_club_s_or_a_union_s_title_for_its_members_is_no_part_of_their_names():
    text = "Board Members In Attendance: Lions Ken B., Terri, Keith and Mike\n"
    assert [e.name.name for e in parse_region(read_lines("doc.txt", text)[0])[0]] == ["Ken B", "Terri", "Keith", "Mike"]
    text = "Attendance: Bros. D Bell, N Hale. Sis. M Lind, I Moss\n"
    assert [e.name.name for e in parse_region(read_lines("doc.txt", text)[0])[0]] == [
        "D Bell", "N Hale", "M Lind", "I Moss"]
