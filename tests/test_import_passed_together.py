"""passed_together.py: measures listed together and enacted by one sentence in the plural."""

from minutebook.importer.blocks import Found
from minutebook.importer.items import cut_items
from minutebook.importer.lines import read_lines
from minutebook.importer.passed_together import share_decisions
from minutebook.importer.rules import read_blocks


def decisions(text: str) -> list[tuple]:
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    for item in found:
        read_blocks(item, Found())
    share_decisions(found)
    return [(i.minute, len(i.decisions)) for i in found]


VOTE = "VOTING YES: A, B. VOTING NO: NO ONE. Declared adopted.\n"
HEAD = "MINUTES\n\nAUGUST 17, 2015\n\nCONSENT AGENDA\n\nThe following bills were given second reading.\n\n"


def test_measures_listed_together_each_take_the_plural_decision_printed_after_the_last():
    text = (HEAD + "Accepting a conveyance.\n\nAppropriating funds.\n\nB233-15\n\nB235-15\n\n"
            "R130-15   Granting a waiver.\n\nThe bills were given third reading and the "
            "resolutions were read with the vote recorded as follows: " + VOTE)
    assert decisions(text)[1:] == [("B233-15", 1), ("B235-15", 1), ("R130-15", 1)]


def test_a_measure_with_text_of_its_own_stops_the_list():
    text = (HEAD + "B233-15   Accepting a conveyance.\n\nThe bill was tabled.\n\nR130-15   Granting a waiver.\n\n"
            "The bills were given third reading and the resolutions were read with the vote recorded as follows: "
            + VOTE)
    assert decisions(text)[1:] == [("B233-15", 0), ("R130-15", 1)]


def test_a_decision_in_the_singular_stays_with_its_measure():
    text = (HEAD + "B233-15   Accepting a conveyance.\n\nR130-15   Granting a waiver.\n\n"
            "R130-15 was given third reading with the vote recorded as follows: " + VOTE)
    assert decisions(text)[1:] == [("B233-15", 0), ("R130-15", 1)]
