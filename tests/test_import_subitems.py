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
