"""formulas.py: a board's decision formula read as the sentence it is; one test per pattern, named for the variant."""

from minutebook.importer.blocks import Found
from minutebook.importer.drafts import ItemDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.rules import read_blocks


def read(text: str) -> ItemDraft:
    lines = read_lines("doc.txt", text)[0]
    item = ItemDraft(title="Item", line=lines[0], lines=lines)
    read_blocks(item, Found())
    return item


def test_double_spaced_formula_goes_on_at_a_capitalised_word():
    item = read("     UPON MOTION duly made and seconded, the Board approved and\n\nauthorized execution of the lease "
                "agreement with Laurie\n\nFlannery, lessee, for rental of the property.\n\nNext paragraph.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved and authorized execution of the "
                              "lease agreement with Laurie Flannery, lessee, for rental of the property."]


def test_formula_ended_at_a_page_end_leaves_the_next_page_head():
    item = read("     UPON MOTION duly made and seconded, the Board approved the\n\nabove listed Options.\n"
                "\f                713\nBOARD OF ESTIMATES            3/17/10\n               MINUTES\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the above listed Options."]


def test_formula_running_over_a_page_break_skips_the_page_head():
    item = read("     UPON MOTION duly made and seconded, the Board approved the\n\f                714\n"
                "BOARD OF ESTIMATES            3/17/10\n               MINUTES\n\nRelease of Liens on three "
                "properties.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the Release of Liens on three "
                              "properties."]


def test_formula_that_never_ends_is_its_first_paragraph_alone():
    item = read("     UPON MOTION duly made and seconded, the Board approved the\n\nEXTRA WORK ORDERS\n\nText.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the"]


def test_formula_spaces_of_a_justified_line_closed_up():
    item = read("     UPON MOTION duly made  and seconded, the Board approved  the request.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the request."]


def test_formula_with_a_deferral_in_capitals():
    item = read("     UPON MOTION duly made and seconded, the Board DEFERRED all of the\n\nPersonnel matters listed "
                "on the following pages:\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board DEFERRED all of the Personnel matters "
                              "listed on the following pages:"]


def test_upon_further_motion_is_a_decision_of_its_own():
    item = read("     UPON MOTION duly made and seconded, the Board approved the Assignment.\n\n     UPON FURTHER "
                "MOTION, the Board approved the First Amendment.\n")
    assert item.decisions == ["UPON MOTION duly made and seconded, the Board approved the Assignment.",
                              "UPON FURTHER MOTION, the Board approved the First Amendment."]
