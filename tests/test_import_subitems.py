"""subitems.py: lettered sub-items run into one paragraph of minutes."""

from minutebook.importer.items import cut_items
from minutebook.importer.lines import read_lines


def read(text: str, kind: str = "minutes") -> list[tuple]:
    _, found = cut_items(read_lines("doc.txt", text)[0], kind)
    return [(i.minute or i.agenda, i.parent, i.title, " ".join(line.text.strip() for line in i.lines)) for i in found]


def test_capital_letters_in_brackets_run_into_the_paragraph():
    text = ("6. Office Bearers’ Reports. A) Chair- B) Vice Chair – No Report C) Secretary. All\n"
            "   correspondence had been passed on. D)Treasurer – The balance is around £3,200.\n7. Planning\n")
    assert read(text) == [
        ("6", None, "Office Bearers’ Reports", ""), ("A", "6", "Chair", ""), ("B", "6", "Vice Chair", "No Report"),
        ("C", "6", "Secretary", "All correspondence had been passed on."),
        ("D", "6", "Treasurer", "The balance is around £3,200."), ("7", None, "Planning", "")]


def test_a_letter_printed_without_its_bracket_between_two_with_theirs():
    text = ("6. Office Bearers’ Reports. a) Chair. Concern about the gully cleaning , b Vice Chair - no report.\n"
            "   c) Secretary - HR said all correspondence had been circulated. d)Treasurer - Nothing to report.\n")
    assert [(n, p, t) for n, p, t, _ in read(text)] == [
        ("6", None, "Office Bearers’ Reports"), ("a", "6", "Chair"), ("b", "6", "Vice Chair"), ("c", "6", "Secretary"),
        ("d", "6", "Treasurer")]


def test_points_of_a_resolution_run_in_are_not_sub_items():
    text = "5. Finance. It was RESOLVED that (a) the payments be approved, (b) the budget be noted, (c) the audit.\n"
    assert [n for n, *_ in read(text)] == ["5"]


def test_two_letters_run_in_are_not_enough():
    text = "5. Reports. A) Chair - no report. B) Treasurer - the balance is £20.\n"
    assert [n for n, *_ in read(text)] == ["5"]


def test_fresh_numbers_under_a_roman_numeral_at_its_own_margin_are_its_sub_items():
    text = ("I. Call to Order\n- The President called the meeting to order.\n\nII. Public Comment\n- None.\n\n"
            "III. Consent Calendar\nThe following consent calendar items were considered and acted upon as follows:\n\n"
            "1. Approval of Minutes\n   a. Regular Board Meeting of March 12, 2018\n2. Approval of Warrants\n\n"
            "The consent calendar was approved.\n\nIV. New Business\n1. Discussion and possible action on a contract "
            "with Tesco Controls to replace two pumps at the Skyway Booster Station\n- The Board approved it.\n\n"
            "V. Adjournment\n- The meeting closed.\n")
    assert [(n, p, t) for n, p, t, _ in read(text)] == [
        ("I", None, "Call to Order"), ("II", None, "Public Comment"),
        ("III", None, "Consent Calendar"), ("1", "III", "Approval of Minutes"),
        ("a", "1", "Regular Board Meeting of March 12, 2018"), ("2", "III", "Approval of Warrants"),
        ("IV", None, "New Business"),
        ("1", "IV", "Discussion and possible action on a contract with Tesco Controls to replace two pumps at the "
                    "Skyway Booster Station"), ("V", None, "Adjournment")]


def test_numbered_sentences_under_a_roman_numeral_are_points_not_sub_items():
    text = ("I. Call to Order\n- Called to order.\n\nII. Finance\n1. The Board approved the payments listed.\n"
            "2. The Treasurer reported a balance of £300.\n\nIII. Close\n- The meeting closed.\n")
    assert [(n, p, t) for n, p, t, _ in read(text)] == [("I", None, "Call to Order"), ("II", None, "Finance"),
                                                        ("III", None, "Close")]
