"""items.py: numbered item headings in agendas and minutes."""

from minutebook.importer.items import clean_title, cut_items
from minutebook.importer.lines import read_lines


def items(text: str, kind: str = "minutes") -> list[tuple]:
    _, found = cut_items(read_lines("doc.txt", text)[0], kind)
    return [(i.minute, i.agenda, i.title, i.pages, i.to_follow) for i in found]


def test_page_reference_and_to_follow_taken_out_of_titles():
    assert clean_title("MINUTES (Pages 1 - 14)") == ("MINUTES", {"pages": "1 - 14"})
    assert clean_title("Families First Progress Report: (To Follow)") == ("Families First Progress Report",
                                                                            {"to_follow": True})


def test_agenda_numbers_count_up_and_skip_numbered_text():
    text = "1. MINUTES (Pages 1 - 6)\n\nText.\n\n2. MOTIONS\n\n1. “Accessible stations Motion\n\n3. PETITIONS\n"
    assert [i[1] for i in items(text, "agenda")] == ["1", "2", "3"]


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
