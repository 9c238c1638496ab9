"""unstated_outcomes.py: minutes that name each motion's mover and seconder and tell no motion's outcome (each text
invented to hold that form alone)."""

from item_reading import read_item

from minutebook.importer.drafts import ItemDraft
from minutebook.importer.unstated_outcomes import decided_as_moved


def read(title: str, text: str) -> ItemDraft:
    return read_item(text, title)


def decided(items: list[ItemDraft]) -> list[list[str]]:
    decided_as_moved(items)
    return [item.decisions for item in items]


def test_each_motion_is_a_decision_where_no_motion_s_outcome_is_told():
    items = [read("Financial Report", "Move to accept the treasurer's report by Ann Bell\n\nSeconded by Tom Hale\n"),
             read("Approve agenda", "The agenda was read.\n\nMoved by: Tom Hale\n\nSeconded by: Ann Bell\n"),
             read("Members' issues", "The boat launch was discussed.\n")]
    assert decided(items) == [["to accept the treasurer's report"], ["Approve agenda"], []]


def test_a_single_motion_or_a_told_outcome_or_outcomes_told_another_way_decide_nothing():
    assert decided([read("Approve agenda", "Moved by: Tom Hale\n\nSeconded by: Ann Bell\n")]) == [[]]
    told = [read("Approve agenda", "Moved by: Tom Hale\n\nSeconded by: Ann Bell\n"),
            read("Minutes", "Moved by: Ann Bell\nSeconded by: Tom Hale\nThat the minutes be approved.\nCarried\n")]
    assert decided(told) == [[], ["That the minutes be approved."]]
    other_way = [read("Call to order", "Moved by: Tom Hale\n\nSeconded by: Ann Bell\n"),
                 read("Minutes", "The minutes were approved.\n\nMoved by: Ann Bell\n\nSeconded by: Tom Hale\n"),
                 read("Accounts", "The accounts were approved.\n\nMoved by: Ann Bell\n\nSeconded by: Tom Hale\n")]
    assert decided(other_way) == [[], ["The minutes were approved."], ["The accounts were approved."]]


def test_an_outcome_read_from_what_an_item_says_was_done_is_no_outcome_the_minutes_tell():
    items = [read("Minutes", "The minutes were approved.\n\nMoved by: Ann Bell\n\nSeconded by: Tom Hale\n"),
             read("Approve agenda", "Moved by: Tom Hale\n\nSeconded by: Ann Bell\n"),
             read("Financial Report", "Move to accept the treasurer's report by Ann Bell\n\nSeconded by Tom Hale\n")]
    assert [m.result for m in items[0].motions] == ["carried"]  # what the item says was done: its movers' motion
    assert decided(items) == [["The minutes were approved."], ["Approve agenda"], ["to accept the treasurer's report"]]
