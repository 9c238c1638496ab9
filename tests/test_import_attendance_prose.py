"""attendance_prose.py and the names around a roll call told in a paragraph: labels that say whose attendance they
list run into the paragraph, who presided in the passive, a post before a surname, full names from the signature
block. Each text is invented to test one rule; the layout is a real document's (tests/corpus/sacramento-metro-fire)."""

from minutebook.importer.attendance import parse_region
from minutebook.importer.attendance_offices import roster_names, signature_block
from minutebook.importer.lines import read_lines

ROLL = ("The meeting was called to order at 6:00 pm by President Sheetz. Board members present: Clark, Jones, "
        "Sheetz, and Wood. Board members absent: White. Staff present: Chief Harms, General Counsel Lavra, and "
        "Clerk Penilla.\n")


def read(text: str) -> list[tuple]:
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    return [(e.name.name, e.status, e.role) for e in entries]


def imported(tmp_path, text: str) -> str:
    """The one meeting record the importer writes for minutes `text`."""
    from minutebook.importer import run_import
    source = tmp_path / "minutes.txt"
    source.write_text(text, encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path)
    [record] = (tmp_path / "content" / "meetings").rglob("*.md")
    return record.read_text()


def test_labels_saying_whose_attendance_they_list_run_into_a_paragraph_are_the_roll_call():
    assert read(ROLL) == [
        ("Clark", "present", None), ("Jones", "present", None), ("Sheetz", "present", "President"),
        ("Wood", "present", None), ("White", "absent", None), ("Harms", "in_attendance", "Chief"),
        ("Lavra", "in_attendance", "General Counsel"), ("Penilla", "in_attendance", "Clerk")]


def test_who_sat_in_for_the_mayor_presides_and_the_other_members_present_after_are_members():
    text = ("CALL TO ORDER:  Vickie Rauser, sitting in for the mayor,  called the meeting to order at 6:30 pm.   Other "
            "council members present were Angie Wintrow, Christina Hartmann and Matt West.  Also present were Tim "
            "Rauser and Kari Williams.   Mayor Evans was absent.\n")
    assert read(text) == [
        ("Vickie Rauser", "present", "Chair"), ("Angie Wintrow", "present", None),
        ("Christina Hartmann", "present", None), ("Matt West", "present", None),
        ("Tim Rauser", "in_attendance", None), ("Kari Williams", "in_attendance", None),
        ("Evans", "absent", "Mayor")]
    staff = "Other staff members present were Tim Rauser and Kari Williams. Mayor Evans was absent.\n"
    assert read(staff)[:2] == [("Tim Rauser", "in_attendance", None), ("Kari Williams", "in_attendance", None)]


def test_someone_present_as_another_body_s_representative_attended_in_that_part():
    assert read("Jon Cunliffe was present as the Treasury representative.\n") == [
        ("Jon Cunliffe", "in_attendance", "Treasury representative")]


def test_the_same_labels_at_the_start_of_their_lines_are_read_as_labels():
    text = "Directors present: Ann Bell, Tom Hale\n\nAttendees: Jo Lind, Sam Kerr\n"
    assert read(text) == [("Ann Bell", "present", "Director"), ("Tom Hale", "present", "Director"),
                          ("Jo Lind", "in_attendance", None), ("Sam Kerr", "in_attendance", None)]


def test_a_sentence_that_only_mentions_members_is_no_roll_call():
    text = ("The meeting was called to order at 6:00 pm by President Sheetz. Board members present: their thanks "
            "to the staff for the year's work.\n")
    assert read(text) == []


def test_the_surnames_of_a_roll_call_take_the_full_names_and_posts_that_sign_the_minutes():
    entries, _ = parse_region(read_lines("doc.txt", ROLL)[0])
    ending = read_lines("doc.txt", "ADJOURNMENT\nThe meeting was adjourned at 7:35 pm.\n\nJenifer Sheetz, President\n"
                                   "Melissa Penilla, Board Clerk\nCinthia Saylors, Secretary\n\nPage 4 of 4\n")[0]
    roster_names(entries, signature_block(ending))
    assert [(e.name.name, e.role) for e in entries if e.name.name in ("Jenifer Sheetz", "Melissa Penilla")] == [
        ("Jenifer Sheetz", "President"), ("Melissa Penilla", "Clerk")]


def test_lines_far_above_the_end_or_without_a_post_are_no_signature():
    lines = read_lines("doc.txt", "Ann Bell, Chair\n" + "The board discussed the budget.\n" * 14 + "Tom Hale\n")[0]
    assert signature_block(lines) == []


def test_a_post_ending_in_chief_or_marshal_is_no_person_s_name():
    from minutebook.importer.names import looks_like_name
    assert [looks_like_name(t) for t in ("Fire Chief", "Fire Marshal", "Jeff Frye", "Chief Harms")] == [
        False, False, True, True]


def test_a_roll_call_label_naming_nobody_adds_nobody():
    text = ("The meeting was called to order at 6:00 pm by President Kelly. Board members present: Clark, Kelly, and "
            "Wood. Board members absent: None.\n")
    assert read(text) == [("Clark", "present", None), ("Kelly", "present", "President"), ("Wood", "present", None)]


def test_the_member_presiding_told_in_the_sentence_that_says_the_body_met():
    assert read("The Board of Supervisors met in regular session at 9:00 a.m. with Chairperson Diane Fitch presiding. "
                "Supervisors Heather Stancil and Phil Clifton were present.\n") == [
        ("Diane Fitch", "present", "Chair"), ("Heather Stancil", "present", "Supervisor"),
        ("Phil Clifton", "present", "Supervisor")]


def test_a_member_who_asked_to_be_excused_sent_apologies_beside_a_roll_call_by_label():
    text = ("Roll Call of Council Members:\nAttending: Council Member Flora, Council Member Mann and Mayor "
            "Merrill.\nCouncil Member Walker asked to be excused.\n")
    assert read(text) == [("Flora", "present", "Council Member"), ("Mann", "present", "Council Member"),
                          ("Merrill", "present", "Mayor"), ("Walker", "apologies", "Council Member")]


def test_those_in_attendance_on_roll_call_are_the_members_present():
    text = ("ROLL CALL: On roll call, the following were in attendance: Chairman Ann Bell, Vice\nChairman Tom Hale, "
            "and Commissioners Rosa Lind and Kit Mayo. Also in attendance were Jo Dee, Executive\nDirector; Al Roe, "
            "Legal Counsel.\n")
    assert read(text) == [("Ann Bell", "present", "Chair"), ("Tom Hale", "present", "Vice Chair"),
                          ("Rosa Lind", "present", "Commissioner"), ("Kit Mayo", "present", "Commissioner"),
                          ("Jo Dee", "in_attendance", "Executive Director"),
                          ("Al Roe", "in_attendance", "Legal Counsel")]


def test_in_attendance_were_opening_a_sentence_names_the_members_present():
    text = ("President Ann Bell called the meeting of the Board of County Commissioners to order at 8:30 a.m. In "
            "attendance were Vice\nPresident Tom Hale and Commissioners Rosa Lind, Kit Mayo, and Jo Dee.\n")
    assert [e for e in read(text) if e[0] != "Ann Bell"] == [
        ("Tom Hale", "present", "Vice President"), ("Rosa Lind", "present", "Commissioner"),
        ("Kit Mayo", "present", "Commissioner"), ("Jo Dee", "present", "Commissioner")]


def test_apologies_received_under_the_verb_as_the_minute_s_label():
    assert read("Received: apologies for absence from Ann Bell, Tom Hale and Rosa Lind. The Chair welcomed the new "
                "members.\n") == [("Ann Bell", "apologies", None), ("Tom Hale", "apologies", None),
                                  ("Rosa Lind", "apologies", None)]


def _told(text: str) -> list[tuple]:
    from minutebook.importer.attendance_prose import prose_entries
    return [(e.name.name, e.status, e.role, e.organisation)
            for e in prose_entries(read_lines("doc.txt", text)[0], roll_call=True)]


def test_staff_named_after_their_posts_a_department_s_post_and_a_company_s_form_after_a_comma():
    text = ("Also present were City Manager Ann Bell, Director of Public Works Tom Hale, Planner and Zoning "
            "Administrator Jo McIntosh, and Kit Lind, Minute Takers of Anytown, Inc.\n")
    assert _told(text) == [
        ("Ann Bell", "in_attendance", "City Manager", None),
        ("Tom Hale", "in_attendance", "Director of Public Works", None),
        ("Jo McIntosh", "in_attendance", "Planner and Zoning Administrator", None),
        ("Kit Lind", "in_attendance", None, "Minute Takers of Anytown, Inc")]


def test_the_roll_call_s_heading_run_into_its_paragraph_over_the_members_who_answered():
    text = ("ROLL CALL\nMayor Ann Bell and Councilmembers Tom Hale, Jo Lawrence-\nAnderson, and Kit Lind. Also "
            "present were City Clerk Di Moss.\n")
    assert _told(text) == [
        ("Ann Bell", "present", "Mayor", None), ("Tom Hale", "present", "Council Member", None),
        ("Jo Lawrence-Anderson", "present", "Council Member", None), ("Kit Lind", "present", "Council Member", None),
        ("Di Moss", "in_attendance", "City Clerk", None)]


def test_a_post_alone_and_a_person_are_two_and_a_one_word_department_keeps_a_three_word_name():
    from minutebook.importer.listpieces import split_top
    from minutebook.importer.names import parse_name
    assert split_top("Ann Bell, the Clerk and Mary Jones") == ["Ann Bell", "the Clerk", "Mary Jones"]
    assert split_top("Planner and Zoning Administrator Jo Moss") == ["Planner and Zoning Administrator Jo Moss"]
    name = parse_name("Director of Planning Mary Ann Smith")
    assert (name.role, name.name) == ("Director of Planning", "Mary Ann Smith")


def test_who_presided_told_in_the_paragraph_before_the_roll_call():
    text = ("Vice-Chairman Bell called the meeting to order at 7:06 PM.\n\nSelectman Hale and Selectman Lind were "
            "present.\n\nSelectman Moss was absent.\n")
    assert read(text) == [("Bell", "present", "Vice Chair"), ("Hale", "present", "Select Board Member"),
                          ("Lind", "present", "Select Board Member"), ("Moss", "absent", "Select Board Member")]


def test_those_answering_the_roll_as_present_and_a_clause_after_a_semicolon_of_who_else_was():
    text = ("The Clerk then called the roll, answering as present were Ann Bell,  Tom Hale and Kit Lind;  also present "
            "was Jo Moss, Township Clerk.  All three members having answered the roll a quorum was present.\n")
    assert read(text) == [("Ann Bell", "present", None), ("Tom Hale", "present", None), ("Kit Lind", "present", None),
                          ("Jo Moss", "in_attendance", "Township Clerk")]


def test_a_board_s_members_also_present_and_a_list_whose_posts_come_before_their_holders():
    text = ("The meeting was called to order at 4:10PM by President Ann Bell.  Also present were Trustees Tom Hale, "
            "Kit Lind and Jo Moss, Grounds Manager, Cy Ross and Office Manager, Di Marsh.\n")
    assert read(text) == [("Ann Bell", "present", "President"), ("Tom Hale", "present", "Trustee"),
                          ("Kit Lind", "present", "Trustee"), ("Jo Moss", "present", "Trustee"),
                          ("Cy Ross", "in_attendance", "Grounds Manager"),
                          ("Di Marsh", "in_attendance", "Office Manager")]


def test_names_of_initials_and_a_surname_their_commas_lost_and_a_post_before_a_name_after_also_present():
    text = ("Councillors: A Bell T Hale B D Lind S McKay\n\nAlso present the Clerk David Moss and CDO Ruth "
            "Taylor-Ross.\n")
    assert read(text) == [("A Bell", "present", None), ("T Hale", "present", None), ("B D Lind", "present", None),
                          ("S McKay", "present", None), ("David Moss", "in_attendance", "Clerk"),
                          ("Ruth Taylor-Ross", "in_attendance", "CDO")]


def test_who_presided_between_the_members_and_those_also_present_ends_no_list(tmp_path):
    text = ("Minutes of the Council Meeting of the Hadbury Community Council held on Wednesday 5th December "
            "2018 at the Reading Room\n\nMinute no. 1 – Members Present\nCouncillors: A Bell, T Hale\n\n"
            "Chairman Councillor A Bell presided over the meeting\n\nAlso present the Clerk David Moss.\n\n"
            "Minute no. 2 – Apologies for Absence\nNone.\n")
    record = imported(tmp_path, text)
    assert "name: David Moss" in record and "role: Clerk" in record


def test_a_list_cut_by_blank_lines_after_its_commas_goes_on_and_a_comma_lost_among_irish_names():
    text = ("MEMBERS PRESENT: Councillors – Gearoid O Bradaigh, John Browne,\n\nMick Cahill, Micheál Carrigy,\n\n"
            "Sean Farrell Frank Kilbride, Mae Sexton and Tom Victory.\n\nAPOLOGY: Councillor Martin Lee,\n\n"
            "MEETINGS\n")
    assert [(name, status) for name, status, _ in read(text)] == [
        ("Gearoid O Bradaigh", "present"), ("John Browne", "present"), ("Mick Cahill", "present"),
        ("Micheál Carrigy", "present"), ("Sean Farrell", "present"), ("Frank Kilbride", "present"),
        ("Mae Sexton", "present"), ("Tom Victory", "present"), ("Martin Lee", "apologies")]


def test_the_clerk_at_the_end_of_a_list_of_councillors_is_no_councillor():
    entries, _ = parse_region(read_lines("doc.txt", "PRESENT: Councillors A Bell, (Chairman), Cllrs Mrs Hale, T Lind "
                                                    "and the Parish Clerk, Mrs S. Moss.\n")[0])
    assert [(e.name.honorific, e.name.name, e.role) for e in entries] == [
        ("Councillor", "A Bell", "Chair"), ("Councillor Mrs", "Hale", "Councillor"),
        ("Councillor", "T Lind", "Councillor"), ("Mrs", "S. Moss", "Parish Clerk")]


def test_officers_named_after_their_posts_in_lower_case_and_apologies_in_a_sentence_after_the_list():
    text = ("PRESENT: Councillor A. Bell (chairman), who presided, Councillors T. Hale and K. Lind, and the clerk "
            "J. Moss and the assistant to the clerk Mrs D. Marsh. There were apologies from Councillors C. Ross and "
            "E. Nash.\n")
    assert read(text) == [
        ("A. Bell", "present", "Chair"), ("T. Hale", "present", "Councillor"), ("K. Lind", "present", "Councillor"),
        ("J. Moss", "in_attendance", "Clerk"), ("D. Marsh", "in_attendance", "Assistant to the clerk"),
        ("C. Ross", "apologies", "Councillor"), ("E. Nash", "apologies", "Councillor")]


def test_a_reason_for_apologies_printed_capitalised_in_brackets_is_no_organisation():
    entries, _ = parse_region(read_lines("doc.txt", "Apologies: Cllrs Paul Bell, (Business), Niki Hale (Holiday) and "
                                                    "Jo Lind (Acme Ltd)\n")[0])
    assert [(e.name.name, e.organisation) for e in entries] == [
        ("Paul Bell", None), ("Niki Hale", None), ("Jo Lind", "Acme Ltd")]


def test_officers_each_a_titled_name_and_a_post_with_no_comma_between_after_the_first():
    text = ("IN ATTENDANCE:\n\nMrs A Bell, Parish Clerk/Responsible Finance Officer, Mr D L Hale Deputy Parish Clerk, "
            "and Mr D Lind Admin/Finance Office.\n")
    assert read(text) == [("A Bell", "in_attendance", "Parish Clerk/Responsible Finance Officer"),
                          ("D L Hale", "in_attendance", "Deputy Parish Clerk"),
                          ("D Lind", "in_attendance", "Admin/Finance Office")]


def test_apologies_named_under_their_heading_then_a_sentence_about_them(tmp_path):
    text = ("Minutes of Hadbury Parish Council 22 November 2023\n\nTHOSE ATTENDING:\n\nCllr K Burn\n\n"
            "Cllr G Hale (Chair)\n\n1. APOLOGIES FOR ABSENCE.\n\nCllr L Watson (family commitment) and Cllr "
            "H Lind (leave). The meeting accepted these as proper reasons for non-attendance.\n\n"
            "2. PUBLIC QUESTIONS.\n\nNone.\n")
    record = imported(tmp_path, text)
    assert record.count("status: apologies") == 2 and "name: Councillor L Watson" in record


def test_officers_after_the_members_in_a_list_set_apart_by_semicolons():
    text = ("PRESENT:  Mayor Bell presiding; Trustees Hale, Lind and Moss; Village Administrator Ross; Village "
            "Treasurer Nash; and Village Clerk Kerr\n")
    assert read(text) == [("Bell", "present", "Mayor"), ("Hale", "present", "Trustee"), ("Lind", "present", "Trustee"),
                          ("Moss", "present", "Trustee"), ("Ross", "in_attendance", "Village Administrator"),
                          ("Nash", "in_attendance", "Village Treasurer"), ("Kerr", "in_attendance", "Village Clerk")]


def test_initials_in_brackets_with_a_particle_s_letter_small_or_before_a_post_name_no_one_else():
    text = ("Present: Carolina de Ryk (CdR), Chelsea Keays (CK), Joe Zelwietro (JZ, Library Director)\n\n"
            "Regrets: Glenn Groulx (GG), Dale White (DW)\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role, e.organisation) for e in entries] == [
        ("Carolina de Ryk", "present", None, None), ("Chelsea Keays", "present", None, None),
        ("Joe Zelwietro", "present", "Library Director", None), ("Glenn Groulx", "apologies", None, None),
        ("Dale White", "apologies", None, None)]


def test_the_item_headed_by_a_label_lists_who_attended_under_it_and_apologies_sent_for_a_reason(tmp_path):
    text = ("Minutes of Board of Directors Meeting\nheld at Hadbury on 8th June, 2002 at 1600hrs\n\n"
            "  1. Present at the meeting:\n    Susan Bell (SB)\n    Catherine Hale (MCH)\n"
            "  2. Welcome and Apologies:\n    Peter Lind (PL) sent apologies for his absence due to being "
            "in the field.\n  3. Call to order\n    The meeting was called to order at 1605.\n")
    record = imported(tmp_path, text)
    assert record.count("status: present") == 2 and "name: Catherine Hale" in record
    assert "status: apologies" in record and "organisation" not in record


def test_visitors_told_in_a_sentence_under_their_item(tmp_path):
    text = ("Minutes of the Hadbury University Senate\nMeeting of February 11, 2004\n\n1. ROLL CALL OF "
            "SENATORS\nSecretary Tom Hale called roll.\n\n2. RECOGNITION OF VISITORS\nVisitors included Ann "
            "Bell (Social Sciences), Jo Lind (IT), and Kit Moss (Physics).\n\n3. MINUTES\nApproved.\n")
    record = imported(tmp_path, text)
    assert record.count("status: in_attendance") == 3 and "name: Kit Moss" in record


def test_members_absent_at_the_roll_call_who_arrived_after_and_a_student_trustee_and_chancellor_by_post():
    text = ("On roll call the following members were present: Ann Bell and Tom Hale. Absent: Kit Lind (arrived at "
            "12:56 p.m.) and Jo Moss. Student Trustee Eva Ross was present.\n\nChancellor Marshall E. Nash was "
            "present.\n")
    assert read(text) == [("Ann Bell", "present", None), ("Tom Hale", "present", None), ("Kit Lind", "present", None),
                          ("Jo Moss", "absent", None), ("Eva Ross", "present", "Student Trustee"),
                          ("Marshall E. Nash", "present", "Chancellor")]


def test_a_group_of_members_of_another_body_under_in_attendance_is_no_label_for_the_members():
    text = ("Present\nAnn Bell (Chair)\n\nTom Hale\n\nIn Attendance\nKit Lind (Chief Executive)\n\n"
            "Members of the Executive Management Team\n\nJo Moss (Chair Consumer Council)\nMembers of the public\n")
    assert read(text) == [("Ann Bell", "present", "Chair"), ("Tom Hale", "present", None),
                          ("Kit Lind", "in_attendance", "Chief Executive"),
                          ("Jo Moss", "in_attendance", "Chair Consumer Council")]


def test_a_deputy_chair_s_label_and_how_an_officer_took_part_in_brackets_after_the_post():
    text = ("Chairperson: Chairman Ann Bell\nDeputy Chairperson: Deputy Chairperson Tom Hale\nMembers: Cr Kit Lind\n"
            "In Attendance: Jo Moss – Chief Executive, Di Marsh – General Manager Catchments (via Zoom); Cy Ross – "
            "Committee Advisor\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role, e.organisation) for e in entries] == [
        ("Ann Bell", "present", "Chair", None), ("Tom Hale", "present", "Vice Chair", None),
        ("Kit Lind", "present", None, None), ("Jo Moss", "in_attendance", "Chief Executive", None),
        ("Di Marsh", "in_attendance", "General Manager Catchments", None),
        ("Cy Ross", "in_attendance", "Committee Advisor", None)]


def test_a_comma_lost_after_a_titled_name_among_first_names_and_surnames():
    entries, _ = parse_region(read_lines("doc.txt", "Present: Ann Bell, June Hale, Louise Lind, Cllr Ros Moss Kirsty "
                                                    "Ross, Hazel Kerr\n")[0])
    assert [(e.name.honorific, e.name.name) for e in entries] == [
        (None, "Ann Bell"), (None, "June Hale"), (None, "Louise Lind"), ("Councillor", "Ros Moss"),
        (None, "Kirsty Ross"), (None, "Hazel Kerr")]


def test_the_mayor_by_the_style_of_the_office_on_a_line_of_the_members():
    text = ("PRESENT: Councillor R Bell (Chairman)\n\nThe Right Worshipful The Mayor Councillor A Hale\n\n"
            "Aldermen A G Lind MBE, S Moss\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role, e.name.honorific) for e in entries][:2] == [
        ("R Bell", "Chair", "Councillor"), ("A Hale", "Mayor", "Right Worshipful Councillor")]


def test_the_media_present_a_reporter_and_the_paper_they_write_for():
    assert read("COUNCIL PRESENT: Mayor Ann Bell\n\nMEDIA PRESENT: Rob Hale, Hadbury Local Press\n") == [
        ("Ann Bell", "present", "Mayor"), ("Rob Hale", "in_attendance", None)]
    entries, _ = parse_region(read_lines("doc.txt", "MEDIA PRESENT: Rob Hale, Hadbury Local Press\n")[0])
    assert entries[0].organisation == "Hadbury Local Press"


def test_a_titled_name_and_its_post_with_no_comma_between_on_a_line_of_its_own():
    text = ("Also in attendance: Mr. Andrew Bell, Chief Executive\nDr. William Hale, Medical Director\n"
            "Ms Mirenda O'Lind Secretary to the Board\n")
    assert read(text) == [("Andrew Bell", "in_attendance", "Chief Executive"),
                          ("William Hale", "in_attendance", "Medical Director"),
                          ("Mirenda O'Lind", "in_attendance", "Secretary to the Board")]


def test_a_member_with_the_numbered_district_they_sit_for_and_the_minutes_going_on_under_absent():
    text = ("Absent:\n\nCouncillor Soley Bell District #8\n\nApproval of Agenda Moved by Councillor Hale Seconded by "
            "Councillor Lind\n\n“That the agenda be approved.”\n\nMotion Carried Unanimously.\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.position) for e in entries] == [("Soley Bell", "absent", "District #8")]


def test_an_item_headed_present_lists_its_members_one_a_paragraph_and_a_post_in_brackets_after_a_label_s_role(
        tmp_path):
    text = ("HADBURY SHIRE\n\nORDINARY MEETING OF COUNCIL\n\nMINUTES\n\nFriday 15 April 2016\n\n"
            "1 OPENING OF MEETING\n\nThe Mayor declared the meeting open at 9:37am.\n\n2 PRESENT\n\n"
            "Cr Ann Bell (Mayor)\n\nCr Tom Hale\n\nDave Lind (Chief Executive Officer)\n\n"
            "Minutes Secretary: Nina Moss (Senior Administration Officer)\n\n3 APOLOGIES\n\nNil\n\n"
            "4 CONDOLENCES\n\nCouncil extended condolences.\n\n5 CONFIRMATION OF MINUTES\n\nConfirmed.\n")
    record = imported(tmp_path, text)
    assert [name for name in ("Ann Bell", "Tom Hale", "Dave Lind", "Nina Moss") if f"{name}\n" in record] == [
        "Ann Bell", "Tom Hale", "Dave Lind", "Nina Moss"]
    assert "role: Chief Executive Officer" in record and "position: Senior Administration Officer" in record


def test_officers_each_a_post_then_a_comma_and_the_holder_in_a_list_set_apart_by_semicolons():
    text = ("PRESENT:\n\nCouncillors E A Bell (Mayor and Chairman), M J Hale and L J Lind\n\nGeneral Manager, C L "
            "Moss; Director Corporate and Commercial, S M Ross; and Manager Governance and Information Services, D S "
            "Nash.\n")
    assert read(text)[3:] == [("C L Moss", "in_attendance", "General Manager"),
                              ("S M Ross", "in_attendance", "Director Corporate and Commercial"),
                              ("D S Nash", "in_attendance", "Manager Governance and Information Services")]


def test_the_chair_s_office_after_the_name_or_as_presiding_and_posts_by_their_initials_with_stops():
    text = ("PRESENT: COUNCILLORS P. BELL CATHAOIRLEACH, T. HALE, J. LIND\n\nIN ATTENDANCE: Mr. P. Moss, County "
            "Manager, Mr. S. Ross, D.O.S., Mr. D. Nash, H.O.F.\n")
    assert read(text) == [("P. Bell", "present", "Cathaoirleach"), ("T. Hale", "present", "Councillor"),
                          ("J. Lind", "present", "Councillor"), ("P. Moss", "in_attendance", "County Manager"),
                          ("S. Ross", "in_attendance", "D.O.S."), ("D. Nash", "in_attendance", "H.O.F")]
    assert read("PRESENT: Cllr. B. Kerr (Presiding), Cllrs. N. Day, M. Todd\n")[0] == ("B. Kerr", "present", "Chair")


def test_an_honour_in_brackets_after_a_name_is_no_organisation():
    entries, _ = parse_region(read_lines("doc.txt", "Members present: Richard Bell, (ONZM) (Chair), Kerrin Hale (OAM), "
                                                    "Jo Lind (Acme)\n")[0])
    assert [(e.name.name, e.role, e.organisation) for e in entries] == [
        ("Richard Bell", "Chair", None), ("Kerrin Hale", None, None), ("Jo Lind", None, "Acme")]


def test_members_after_the_district_mayor_and_officers_each_a_post_a_dash_and_a_titled_holder_wrapped_over_lines():
    text = ("PRESENT\nThe District Mayor N C Bell (the Chairman), the Deputy Mayor A L Hale, Councillors G W\n"
            "Lind (via audio/visual link), J M S Moss and R W Ross.\n\nIN ATTENDANCE\n"
            "The Chief Executive – Mr S Nash, the Director Assets – Mrs V Kerr, the Director Environmental\n"
            "Services – Mr B Todd, the Director – Corporate Services – Mrs T Day, the Parks & Reserves Officer –\n"
            "Mrs M Finch, five members of the media (Hadbury Press) and approximately 95 members of the public.\n")
    assert read(text) == [
        ("N C Bell", "present", "Chair"), ("A L Hale", "present", "Deputy Mayor"),
        ("G W Lind", "present", "Councillor"), ("J M S Moss", "present", "Councillor"),
        ("R W Ross", "present", "Councillor"), ("S Nash", "in_attendance", "Chief Executive"),
        ("V Kerr", "in_attendance", "Director Assets"), ("B Todd", "in_attendance", "Director Environmental Services"),
        ("T Day", "in_attendance", "Director – Corporate Services"),
        ("M Finch", "in_attendance", "Parks & Reserves Officer")]


def test_members_present_with_the_mayor_presiding():
    assert read("ROLL CALL:\n\nCommissioners K. Bell, P. Hale, and L. Lind were present with Mayor J. Moss "
                "presiding.\n") == [("J. Moss", "present", "Mayor"), ("K. Bell", "present", "Commissioner"),
                                    ("P. Hale", "present", "Commissioner"), ("L. Lind", "present", "Commissioner")]


def test_staff_members_and_registered_guests_present():
    text = ("The following trustees and officers were present: Trustees:  Ann Bell, Superintendent Eileen Hale and "
            "District Clerk Di Lind.\n\nStaff members present were:  Dave Moss, Mike Ross, and Pam Nash.\n\n"
            "Registered guests present were Evelyn Kerr and Katie Day.\n")
    assert read(text) == [("Ann Bell", "present", None), ("Eileen Hale", "present", None),
                          ("Di Lind", "present", "District Clerk"), ("Dave Moss", "in_attendance", None),
                          ("Mike Ross", "in_attendance", None), ("Pam Nash", "in_attendance", None),
                          ("Evelyn Kerr", "in_attendance", None), ("Katie Day", "in_attendance", None)]


def test_the_city_council_as_the_label_over_its_members_and_a_post_of_two_services_joined_by_an_ampersand():
    text = ("CITY COUNCIL: Mayor Phil Bell, Council Members Brad Hale, Ron Lind and\nKathy Moss\n"
            "CITY STAFF: City Manager Scott Ross, Parks & Recreation Director Jay Nash\n")
    assert read(text) == [("Phil Bell", "present", "Mayor"), ("Brad Hale", "present", "Council Member"),
                          ("Ron Lind", "present", "Council Member"), ("Kathy Moss", "present", "Council Member"),
                          ("Scott Ross", "in_attendance", "City Manager"),
                          ("Jay Nash", "in_attendance", "Parks & Recreation Director")]


def test_members_listed_under_the_title_with_no_label_names_alone_or_after_the_mayor():
    entries, _ = parse_region(read_lines("doc.txt", "Adrian Bell (AB), Pam Hale (PH), Tim Lind (TL), Andrew Moss (AM)\n"
                                                    "\n1 member of the public\n")[0])
    assert [(e.name.name, e.status) for e in entries] == [
        ("Adrian Bell", "present"), ("Pam Hale", "present"), ("Tim Lind", "present"), ("Andrew Moss", "present")]
    entries, _ = parse_region(read_lines("doc.txt", "Councillor Moira Bell (Mayor) Councillors Graham Hale, Ken Lind "
                                                    "and Robert Moss\n")[0])
    assert [(e.name.name, e.role) for e in entries] == [("Moira Bell", "Mayor"), ("Graham Hale", "Councillor"),
                                                         ("Ken Lind", "Councillor"), ("Robert Moss", "Councillor")]
    entries, _ = parse_region(read_lines("doc.txt", "Adrian Bell, Pam Hale\n\nThe meeting opened at 7 pm.\n")[0])
    assert entries == []  # two names alone: no list of the members


def test_people_counted_not_named_after_a_member_are_no_role_or_organisation_of_theirs():
    text = "Present: Fiona Bell (chair), Cllr Iris Hale, 4 residents from Echt and 1 resident from Kirkton of Skene.\n"
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.role, e.organisation) for e in entries] == [
        ("Fiona Bell", "Chair", None), ("Iris Hale", None, None)]


def test_members_who_answered_the_roll_after_the_one_presiding():
    assert read("Chair Bell called the meeting to order at 2:00 p.m. Chair Bell and Commissioners Hale, Lind and "
                "Moss answered the roll. A quorum was present.\n") == [
        ("Bell", "present", "Chair"), ("Hale", "present", "Commissioner"), ("Lind", "present", "Commissioner"),
        ("Moss", "present", "Commissioner")]


def test_called_to_order_at_a_time_with_its_full_stop_by_the_one_presiding_a_post_before_a_surname_the_audience():
    assert read("The meeting was called to order at 5:00 pm. by Chairperson Bell. Trustees Hale and Lind were also "
                "present. Fiscal Officer Moss was present.\nAudience members Ann Kerr and Tom Ross were present.\n") \
        == [
        ("Bell", "present", "Chair"), ("Hale", "present", "Trustee"), ("Lind", "present", "Trustee"),
        ("Moss", "in_attendance", "Fiscal Officer"), ("Ann Kerr", "in_attendance", None),
        ("Tom Ross", "in_attendance", None)]


def test_the_selectmen_present_run_into_the_opening_paragraph():
    assert read("Opened the meeting and declared a quorum present. Selectmen present: Ben Bell, Bob Hale, Mike Lind. "
                "Also present: CEO Frank Moss.\n") == [
        ("Ben Bell", "present", None), ("Bob Hale", "present", None), ("Mike Lind", "present", None),
        ("Frank Moss", "in_attendance", "CEO")]


def test_who_called_the_meeting_to_order_with_their_post_after_a_comma_presided():
    assert read("R. Bell, LPRCA Chair called the meeting to order at 7:30 pm in the Boardroom with all members "
                "present. Staff in attendance were C. Hale, B. Lind and J. Moss.\n") == [
        ("R. Bell", "present", "Chair"), ("C. Hale", "in_attendance", None), ("B. Lind", "in_attendance", None),
        ("J. Moss", "in_attendance", None)]
    text = "T. Kerr, Deputy Vice Chair called the meeting to order at 7 pm. Staff in attendance were C. Hale.\n"
    assert read(text)[0] == ("T. Kerr", "present", "Vice Chair")


def test_who_called_the_meeting_to_order_with_the_post_after_the_name_presides_over_a_labelled_roll_call():
    assert read("The meeting was called to order at 1:02 P.M. by Ann Bell, Chair.\nPresent: Tom Hale, Kit Lind\n") \
        == [("Ann Bell", "present", "Chair"), ("Tom Hale", "present", None), ("Kit Lind", "present", None)]
    assert read("The meeting was called to order at 7 pm by Chair Ann Bell.\n\nPresent: Tom Hale\n") == [
        ("Ann Bell", "present", "Chair"), ("Tom Hale", "present", None)]


def test_a_label_opening_the_second_sentence_of_a_line_starts_its_list():
    assert read("The meeting opened at 7pm. In attendance: Tom Hale, Secretary; Kit Lind, Treasurer.\n") == [
        ("Tom Hale", "in_attendance", "Secretary"), ("Kit Lind", "in_attendance", "Treasurer")]


def test_the_post_then_who_held_it_presided_gives_the_member_the_chair_s_post_not_an_apology():
    text = ("MEMBERS PRESENT:\n- Councillor Baker,\n- Councillor A. Bell,\n- Councillor Hale.\nAPOLOGIES:\n"
            "- Councillor Tom Bell\nCATHAOIRLEACH\n- The Cathaoirleach, Councillor A. Bell presided.\n")
    assert read(text) == [("Baker", "present", None), ("A. Bell", "present", "Cathaoirleach"),
                          ("Hale", "present", None), ("Tom Bell", "apologies", "Councillor")]
    assert read("Apologies: Ann Bell\nCATHAOIRLEACH\nTom Hale\n") == [
        ("Ann Bell", "apologies", None), ("Tom Hale", "present", "Cathaoirleach")]  # the chair after the apologies


def test_a_roll_call_told_as_each_member_s_answer():
    assert read("Roll call: Ann Bell, Town Clerk, called the roll.  Supervisor Tom Hale- present, Councilman Kit Lind "
                "- present, and Councilwoman Sue Ray – absent.\n")[1:] == [
        ("Tom Hale", "present", "Supervisor"), ("Kit Lind", "present", "Council Member"),
        ("Sue Ray", "absent", "Council Member")]
    assert read("Supervisor Tom Hale - present, Councilman Kit Lind - here and Councilwoman Sue Ray - excused.\n") == [
        ("Tom Hale", "present", "Supervisor"), ("Kit Lind", "present", "Council Member"),
        ("Sue Ray", "absent", "Council Member")]


def test_a_director_s_electoral_area_after_the_name_is_the_area():
    text = "Present:\nDirector A. Bell Electoral Area A\nDirector T. Hale Electoral Area B\n"
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.position) for e in entries] == [("A. Bell", "Electoral Area A"),
                                                            ("T. Hale", "Electoral Area B")]


def test_who_duly_convened_the_meeting_presides_over_members_listed_with_their_lettered_districts():
    text = ("The Police Jury of the Parish of Alder met in a regular session in the Administrative Building on Monday, "
            "February 5, 2024, at 5:34 p.m., and was duly convened by Mr. Tom Hale, President.\n"
            "Members Present (2)\nAnn Bell District A\nTom Hale District B\n")
    entries, _ = parse_region(read_lines("doc.txt", text)[0])
    assert [(e.name.name, e.status, e.role, e.position) for e in entries] == [
        ("Ann Bell", "present", None, "District A"), ("Tom Hale", "present", "President", "District B")]


def test_members_who_answered_as_their_names_were_called_are_present_under_the_title_printed_once():
    text = ("The City Council met at 7:00 p.m. at City Hall. On roll call, the\nfollowing Council members answered as "
            "their names were called: Alderman Bell, Hale,\nLind, Moss and Kerr. City Attorney Ann Cole was present.\n")
    assert [(name, status) for name, status, _ in read(text)] == [
        ("Bell", "present"), ("Hale", "present"), ("Lind", "present"), ("Moss", "present"), ("Kerr", "present"),
        ("Ann Cole", "present")]
    text = "On roll call, the following Council members answered present: Alderman Bell, Hale, Lind\n"
    assert [name for name, _, _ in read(text)] == ["Bell", "Hale", "Lind"]


def test_who_the_members_present_included_are_present():
    text = ("The meeting was called to order at 7:00 p.m. by Chairman Ann Bell. Selectmen present included Tom Hale, "
            "Kit Lind and Jo Moss. Town Administrator Al Cole also attended.\n")
    assert read(text) == [("Ann Bell", "present", "Chair"), ("Tom Hale", "present", None),
                          ("Kit Lind", "present", None), ("Jo Moss", "present", None),
                          ("Al Cole", "in_attendance", "Town Administrator")]


def test_who_was_present_in_the_audience_attended_and_a_deputy_surveyor_is_a_post():
    text = ("The Board met in regular session with President Ann Bell presiding.\n\nAlso present was Tom Hale, Deputy "
            "Surveyor.\n\nPresent in the audience were Kit Lind, Jo Moss and Al Cole.\n")
    assert read(text) == [("Ann Bell", "present", "President"), ("Tom Hale", "in_attendance", "Deputy Surveyor"),
                          ("Kit Lind", "in_attendance", None), ("Jo Moss", "in_attendance", None),
                          ("Al Cole", "in_attendance", None)]


def test_members_present_at_the_commencement_and_those_who_entered_later_are_present_not_items(tmp_path):
    text = ("MINUTES OF THE REGULAR MONTHLY MEETING OF THE PARISH COUNCIL OF ALDER HELD ON MARCH 10, 2016\n\n"
            "MEMBERS PRESENT AT THE COMMENCEMENT\n\nCouncillor L. Bell, Chairman\nCouncillor J. Hale\n\n"
            "MEMBERS WHO ENTERED DURING THE PROCEEDINGS\n\nCouncillor H. Lind\n\n1. PRAYERS\n\nPrayers were "
            "said.\n\n2. MINUTES\n\nThe minutes were confirmed.\n\n3. REPORTS\n\nNoted.\n")
    record = imported(tmp_path, text)
    assert record.count("status: present") == 3 and "title: MEMBERS" not in record
    assert "name: Councillor H. Lind" in record and "role: Chair" in record


def test_an_apology_and_a_substitute_noted_in_their_items_are_the_attendance(tmp_path):
    text = ("Planning Committee - Thursday, 2nd July, 2020 6.00 pm\n\n137.\n\nApologies\n\nMinutes:\n\nIt was noted "
            "that an apology for absence had been received from Councillor A Bell.\n\n138.\n\nAppointment of "
            "Substitute Members\n\nMinutes:\n\nIt was noted that, in accordance with Council Procedure Rule 4, "
            "Councillor T Hale had been appointed as a substitute member for Councillor A Bell.\n\n139.\n\n"
            "Declarations of Interest\n\nMinutes:\n\nThere were no declarations of interest.\n")
    record = imported(tmp_path, text)
    assert "person: a-bell\n  status: apologies" in record
    assert "person: t-hale\n  status: substitute\n  substitute_for: a-bell" in record


def test_who_called_the_meeting_to_order_presides_though_the_kind_word_stands_over_the_paragraph():
    text = ("Minutes\nThe meeting was called to order at 7:00 p.m. by Chairman Ann Bell. Selectmen present included "
            "Tom Hale and Kit Lind.\n")
    assert read(text) == [("Ann Bell", "present", "Chair"), ("Tom Hale", "present", None),
                          ("Kit Lind", "present", None)]
