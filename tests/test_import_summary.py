"""summary.py: a summary of the meeting's decisions, its points and what it restates."""

from minutebook.importer.drafts import ItemDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.summary import drop_restated

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


def test_each_point_of_a_summary_of_outcomes_is_a_decision():
    from minutebook.importer.blocks import Found
    from minutebook.importer.rules import read_blocks

    lines = read_lines("doc.md", "* continue work on ODF adoption\n* tackle the problem of non-compliant PDFs\n")[0]
    outcomes = ItemDraft("Main Outcomes", LINE, lines=lines)
    read_blocks(outcomes, Found())
    assert outcomes.decisions == ["continue work on ODF adoption", "tackle the problem of non-compliant PDFs"]
    other = ItemDraft("Any Other Business", LINE, lines=lines)  # a list under another item: points, no decisions
    read_blocks(other, Found())
    assert other.decisions == []
