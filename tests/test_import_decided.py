"""decided.py: unnumbered item headings that a decision formula closes."""

from minutebook.importer.decided import closed_by, decided_items
from minutebook.importer.lines import read_lines

FORMULA = "     UPON MOTION duly made and seconded, the Board approved the request.\n"


def headings(text: str) -> list[tuple[str, str]]:
    lines = read_lines("doc.txt", text)[0]
    return [(rule, title) for _, rule, title, _ in decided_items(lines, 0)[0]]


def entries(text: str) -> list[tuple[str, str]]:
    lines = read_lines("doc.txt", text)[0]
    return [(e.number, e.title) for e in decided_items(lines, 0)[1]]


def item(heading: str, formula: str = FORMULA) -> str:
    return f"{heading}\n\nThe Board is requested to approve the request.\n\n{formula}\n"


def test_agency_dash_subject_headings_closed_by_upon_motion_are_items():
    text = "".join(item(f"Police Department – Agreement {n}") for n in (1, 2, 3))
    assert headings(text) == [("agency-subject", f"Police Department – Agreement {n}") for n in (1, 2, 3)]


def test_fewer_than_three_decided_headings_are_left_as_text():
    assert headings(item("Police Department – Agreement") + item("Fire Department – Grant Agreement")) == []


def test_agency_subject_heading_with_no_formula_before_the_next_is_no_item():
    undecided = item("Police Department – Agreement", "Discussed.\n\nAt length.\n\nIn detail.\n\nDeferred.")
    text = undecided + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3))
    assert [t for _, t in headings(text)] == [f"Fire Department – Grant {n}" for n in (1, 2, 3)]


def test_agency_and_subject_each_wrapped_in_their_own_column():
    heading = ("Department of Housing and        –    Estoppel Certificate and\n"
               "  Community Development (DHCD)         Mortgagee’s Rights Agreement")
    text = item(heading) + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2))
    assert headings(text)[0][1] == ("Department of Housing and Community Development (DHCD) – Estoppel Certificate "
                                    "and Mortgagee’s Rights Agreement")


def test_subject_wrapped_under_itself():
    heading = "Department of Transportation – Amendment No. 3 to\n                               On-Call Agreement"
    text = item(heading) + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2))
    assert headings(text)[0][1] == "Department of Transportation – Amendment No. 3 to On-Call Agreement"


def test_continued_heading_on_the_next_page_is_no_heading():
    text = "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3)) + item("Fire Department – cont’d")
    assert len(headings(text)) == 3


def test_subject_opening_with_a_contract_number_is_a_row_of_a_list():
    text = "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3)) + item(
        "Bureau of Purchases   - B50001389, Tree and Stump Removal")
    assert len(headings(text)) == 3


def test_dash_lines_a_few_lines_apart_are_rows_of_a_list():
    rows = "Bureau of Purchases   - Medium Duty Tow Truck\n\nBureau of Purchases   - Grass Mowing\n\n"
    text = rows + FORMULA + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3))
    assert len(headings(text)) == 3


def test_centred_capitals_over_the_formula_are_an_item():
    cover = "                         EXTRA WORK ORDERS\n\n                  * * * * *\n\n" + FORMULA
    text = cover + "\n" + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2))
    assert headings(text)[0] == ("capitals-closed", "EXTRA WORK ORDERS")


def test_capitals_at_the_margin_whose_first_sentence_holds_the_formula_are_an_item():
    cover = ("RECOMMENDATIONS FOR CONTRACT AWARDS/REJECTIONS\n\n        * * * * *\n     On the recommendations of the"
             "\n\n     hereinafter named, the Board,\n\n     UPON MOTION duly made and seconded,\n\n     awarded the "
             "contracts listed on the following pages:\n\n")
    text = "".join(item(f"Fire Department – Grant {n}") for n in (1, 2)) + cover
    assert headings(text)[-1] == ("capitals-closed", "RECOMMENDATIONS FOR CONTRACT AWARDS/REJECTIONS")


def test_capitals_at_the_margin_inside_an_item_are_no_item():
    inside = "TRANSFER OF FUNDS\n\n     AMOUNT     FROM ACCOUNT/S\n\n     $5,000.00     9910\n\nMore text.\n\n"
    text = "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3)) + inside + FORMULA
    assert "TRANSFER OF FUNDS" not in [t for _, t in headings(text)]


def test_formulas_that_close_an_item():
    lines = read_lines("doc.txt", "Text.\nThe Board NOTED receipt of the report.\n")[0]
    assert closed_by(lines, 0, len(lines)) == 1
    lines = read_lines("doc.txt", "All those in favor say AYE. The Motion carries.\n")[0]
    assert closed_by(lines, 0, len(lines)) == 0


def test_numbers_restart_under_each_section_heading():
    sections = ("Police Department – Time Extensions\n\n1.   Crime Analysis     $ 500.00\n\n2.   Crime Cameras\n\n"
                + FORMULA + "\nLaw Department – Claim Settlement\n\n1.   Jane Doe v. City     $145.00\n\n" + FORMULA)
    text = sections + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3))
    assert entries(text) == [("1", "Crime Analysis"), ("2", "Crime Cameras"), ("1", "Jane Doe v. City")]
    assert "Law Department – Claim Settlement" not in [t for _, t in headings(text)]


def test_a_row_title_wrapped_in_its_first_column():
    section = "PERSONNEL\n\n1.   Carol Joan          515 Robert St.      $ 533.33\n      Jacobs              $80.00\n\n"
    text = section + FORMULA + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3))
    assert entries(text) == [("1", "Carol Joan Jacobs")]


def test_numbers_that_break_the_count_are_text():
    section = "PERSONNEL\n\n1.   Carol Joan\n\nText.\n\n7.   Seven\n\n2.   Mark Lee\n\n"
    text = section + FORMULA + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3))
    assert [n for n, _ in entries(text)] == ["1", "2"]


def test_numbered_list_led_into_by_a_line_of_its_own_is_no_entries():
    text = "".join(item(f"Fire Department – Grant {n}") for n in (1, 2, 3)) + (
        "PERSONNEL\n\nThe following programs:\n1.   HOME\n2.   CDBG\n\n" + FORMULA)
    assert entries(text) == []


def test_subject_wrapped_over_six_lines_beside_a_two_line_agency():
    heading = ("Department of Public Works/Office – Amendment No. 1 to\n"
               "  of Engineering and Construction   Post   Award   Services   for\n"
               "                                    Sanitary Contract No. 892R\n"
               "                                    Structural Rehabilitation of\n"
               "                                    Chlorine Contact Chambers at\n"
               "                                    Patapsco Wastewater Treatment\n"
               "                                    Plant")
    text = item(heading) + "".join(item(f"Fire Department – Grant {n}") for n in (1, 2))
    assert headings(text)[0] == ("agency-subject", "Department of Public Works/Office of Engineering and Construction "
                                 "– Amendment No. 1 to Post Award Services for Sanitary Contract No. 892R Structural "
                                 "Rehabilitation of Chlorine Contact Chambers at Patapsco Wastewater Treatment Plant")
