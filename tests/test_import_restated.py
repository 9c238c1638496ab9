"""restated.py: a summary of the decisions restating those recorded under the items."""

from minutebook.importer.drafts import ItemDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.restated import drop_restated

LINE = read_lines("doc.txt", "x\n")[0][0]
AGREED = "The Board agreed that medicines and prescribing was a fundamental issue."


def test_a_closing_summary_of_decisions_keeps_only_what_no_item_records():
    items = [ItemDraft("e-Prescribing", LINE, decisions=[AGREED]),
             ItemDraft("Decisions", LINE, decisions=[AGREED, "The Board agreed to meet in May."])]
    drop_restated(items)
    assert [i.decisions for i in items] == [[AGREED], ["The Board agreed to meet in May."]]


def test_the_same_words_under_two_items_are_each_item_s_decision():
    approved = "The minutes were approved as a true record of the meeting and duly signed by the chairman."
    items = [ItemDraft("Minutes of 1 May", LINE, decisions=[approved]),
             ItemDraft("Minutes of 8 May", LINE, decisions=[approved])]
    drop_restated(items)
    assert [i.decisions for i in items] == [[approved], [approved]]


def test_a_summary_of_outcomes_before_the_items_is_the_summary_too():
    items = [ItemDraft("Summary of outcomes", LINE, decisions=[AGREED]),
             ItemDraft("Prescribing", LINE, decisions=[AGREED])]
    drop_restated(items)
    assert [i.decisions for i in items] == [[], [AGREED]]
