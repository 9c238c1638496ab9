"""names.py: honorifics and roles taken off printed names."""

from minutebook.importer.names import PersonName, looks_like_name, parse_name
from minutebook.registry import slug


def test_councillor_and_mrs_with_mayor_role():
    name = parse_name("Councillor Mrs Rekha Shah (The Worshipful the Mayor)")
    assert (name.name, name.honorific, name.role) == ("Rekha Shah", "Councillor Mrs", "Mayor")


def test_indian_courtesy_titles_are_honorifics_not_given_names():
    names = [parse_name(n) for n in ("Shri V. K. Rao", "Smt. Sunita Deshmukh", "Sri Anil Rao")]
    assert [(n.name, n.honorific) for n in names] == [("V. K. Rao", "Shri"), ("Sunita Deshmukh", "Smt"),
                                                      ("Anil Rao", "Sri")]


def test_a_title_in_two_languages_before_a_name_is_the_english_title():
    names = [parse_name(n) for n in ("Cynghorydd Sir / County Councillor Alun Lloyd", "Cyng. / Cllr Elin Jones")]
    assert [(n.name, n.honorific) for n in names] == [("Alun Lloyd", "County Councillor"), ("Elin Jones", "Councillor")]
    assert parse_name("Cr Bell / Cr Hale").name != "Hale"  # a title and a name before the slash: two members


def test_rank_honorifics():
    assert parse_name("Chief Superintendent Dal Babu").name == "Dal Babu"
    assert parse_name("Borough Commander Richard Claydon").honorific == "Borough Commander"
    assert parse_name("Honorary Alderman R Romain").name == "R Romain"


def test_chairman_vc_and_in_the_chair():
    assert parse_name("Mitzi Green (Chairman)").role == "Chair"
    assert parse_name("Christine Bednell (VC)").role == "Vice-Chair"
    assert parse_name("Councillor Yvonne Castellan (in the Chair)").role == "Chair"


def test_reserve_category():
    assert parse_name("Husain Akhtar (1)").reserve == "1"


def test_other_parentheses_kept_as_notes():
    assert parse_name("Rob Larkman (Accountable Officer) (NHS Harrow)").notes == ("Accountable Officer", "NHS Harrow")


def test_district_cllr():
    name = parse_name("District Cllr K. Boswell")
    assert (name.name, name.honorific) == ("K. Boswell", "District Councillor")


def test_slug():
    assert slug("Phillip O'Dell") == "phillip-odell" and slug("Barry Macleod-Cullinane") == "barry-macleod-cullinane"


def test_looks_like_name():
    assert looks_like_name("Jacqui Mace") and not looks_like_name("the report be noted")


def test_a_table_s_heads_of_number_and_item_under_a_label_are_no_name():
    from minutebook.importer.attendance import parse_region
    from minutebook.importer.lines import read_lines
    assert not looks_like_name("No. Item")
    entries, rest = parse_region(read_lines("doc.txt", "Media\n\nItems\nNo. Item\n")[0])
    assert entries == [] and [line.text for line in rest if line.text] == ["Items", "No. Item"]


def test_a_surname_with_an_initial_in_brackets_is_that_member_told_apart_from_another_of_the_name():
    assert [parse_name(t).name for t in ("Collins (J)", "Collins (M)", "Smith (AS)", "Pam Bullas (PB)")] == [
        "J. Collins", "M. Collins", "A. Smith", "Pam Bullas"]
    assert parse_name("Smith (BJ)").notes == ("BJ",)  # initials that are not hers: left as printed


def test_councilor_spelt_as_american_cities_print_it():
    name = parse_name("Councilor Klarissa Peña")
    assert (name.name, name.honorific) == ("Klarissa Peña", "Councilor")
    name = parse_name("City Councilor Dan Lewis")
    assert (name.name, name.honorific) == ("Dan Lewis", "City Councilor")


def test_a_staff_post_before_a_given_name_and_surname_is_the_role_as_printed():
    for printed, name, role in (("City Manager Jim Green", "Jim Green", "City Manager"),
                                ("Police Chief Al Grey", "Al Grey", "Police Chief"),
                                ("Finance Director Jo B. Moss", "Jo B. Moss", "Finance Director"),
                                ("Town Clerk D Evans", "D Evans", "Town Clerk"),  # initials, or a personal title
                                ("Town Clerk Mrs D. Evans", "D. Evans", "Town Clerk")):
        parsed = parse_name(printed)
        assert (parsed.name, parsed.role) == (name, role), printed
    parsed = parse_name("Chief Superintendent Dal Babu")  # a police rank is an honorific, not a post
    assert (parsed.name, parsed.honorific, parsed.role) == ("Dal Babu", "Chief Superintendent", None)
    for printed, rank in (("Supt. John Brown", "Superintendent"), ("Ch Supt John Brown", "Chief Superintendent"),
                          ("Ch. Insp. John Brown", "Chief Inspector")):
        parsed = parse_name(printed)  # (abbreviated as forces print them)
        assert (parsed.name, parsed.honorific) == ("John Brown", rank), printed
    assert not looks_like_name("City Manager")


def test_cr_the_councillors_title_in_australia_and_new_zealand():
    name = parse_name("Cr A Smith")
    assert (name.name, name.honorific) == ("A Smith", "Councillor")


def test_a_sentence_end_inside_is_no_name():
    assert not looks_like_name("Wood. Also")  # 'Excused absent: Member Wood. Also' / 'present: Secretary Kerr.'
    assert looks_like_name("J. Smith") and looks_like_name("Kit St. John")


def test_an_initial_alone_after_a_title_names_nobody():
    assert not looks_like_name("Cllr C") and not looks_like_name("Councillor J.")
    assert looks_like_name("Cllr Ormerod") and looks_like_name("Cllr C Ormerod")


def test_vice_abbreviated_before_chairman():
    name = parse_name("V. Chairman Chad Stearns")
    assert (name.name, name.role) == ("Chad Stearns", "Vice Chair")


def test_a_board_s_vice_chairs_in_order_keep_their_post_as_printed():
    assert [(n.name, n.role) for n in map(parse_name, ("First Vice Chair Bennett", "2nd Vice Chair Ana Kaur"))] == [
        ("Bennett", "First Vice Chair"), ("Ana Kaur", "2nd Vice Chair")]


def test_a_label_or_a_second_member_run_into_a_name_is_no_name():
    assert not looks_like_name("Councillor RESOLVED: RESOLVED:Maitland")
    assert not looks_like_name("Councillor Fiona Councillor Maitland")
    assert looks_like_name("Councillor Fiona Maitland")


def test_another_office_held_noted_in_brackets_is_the_office_without_also():
    assert parse_name("Mozart Olbrycht-Palmer (also Director and Company Secretary)").notes == (
        "Director and Company Secretary",)
    assert parse_name("Akhilesh Jamdar (also Director)").notes == ("Director",)


def test_a_name_one_goes_by_in_brackets_between_given_name_and_surname_is_no_note():
    assert parse_name("Dapeng (Max) Liu") == PersonName("Dapeng Liu", printed="Dapeng (Max) Liu")
    assert parse_name("Ann Bell (Labour)").notes == ("Labour",)  # after the name: a note (a party, an organisation)


def test_cllr_as_ocr_misreads_it_is_the_title():
    for printed in ("Clir A Bell", "ClIr A Bell", "Cl1r A Bell", "Clirs. A Bell"):
        name = parse_name(printed)
        assert (name.name, name.honorific) == ("A Bell", "Councillor"), printed
    assert parse_name("Clive Bell").name == "Clive Bell"  # a name that starts alike


def test_a_staff_post_before_a_full_name_a_librarian_s_and_two_posts_held_together():
    assert [(p.name, p.role) for p in map(parse_name, ["Head Librarian Jo Post",
                                                       "Golf Club Manager/Superintendent Sean Creed"])] == [
        ("Jo Post", "Head Librarian"), ("Sean Creed", "Golf Club Manager/Superintendent")]


def test_a_place_s_or_a_department_s_post_before_a_surname_alone():
    assert [(p.name, p.role) for p in map(parse_name, [
        "Assistant City Manager Ahrens", "Fire Captain Hurr", "Finance Director Hahn", "Police Chief Al Grey"])] == [
        ("Ahrens", "Assistant City Manager"), ("Hurr", "Fire Captain"), ("Hahn", "Finance Director"),
        ("Al Grey", "Police Chief")]


def test_a_second_title_run_into_a_name_from_the_next_line_ends_it():
    assert parse_name("Councillor Fitzgerald Councillor Peter Higgins").name == "Fitzgerald"
    assert parse_name("Cllr Ann Lee Mrs Jo Hale").name == "Ann Lee"
    assert parse_name("Alan Bishop").name == "Alan Bishop"  # a title that is also a surname stays


def test_councillor_abbreviated_clr_cclr_and_messrs_before_names_initials_in_capitals_no_title():
    assert (parse_name("Clrs T Khuluse").name, parse_name("Clrs T Khuluse").honorific) == ("T Khuluse", "Councillor")
    assert parse_name("CClr Hamilton").honorific == "Community Councillor"
    assert (parse_name("Messrs MOS Zungu").name, parse_name("Messrs MOS Zungu").honorific) == ("MOS Zungu", "Mr")
    assert (parse_name("MS Mhlongo").name, parse_name("MS Mhlongo").honorific) == ("MS Mhlongo", None)  # initials
    assert (parse_name("MS JONES").name, parse_name("MS JONES").honorific) == ("Jones", "Ms")  # all in capitals
