"""verdicts.py: a vote minuted as a verdict and a tally of digits run together (texts invented to hold the form)."""

from item_reading import read_item as read

from minutebook.importer.drafts import ItemDraft


def votes(item: ItemDraft) -> list[tuple]:
    return [(v.result, v.counts, [p.name for p in v.sides.get("abstain", [])]) for v in item.votes]


def test_a_verdict_and_its_tally_is_a_decision_and_its_vote_with_the_abstainers_under_it():
    item = read("DO CONFIRM, 1101, ANN BELL, TOM HALE\nAbstain: Molnar\n")
    assert item.decisions == ["DO CONFIRM, 1101, ANN BELL, TOM HALE"]
    assert votes(item) == [("carried", {"for": 11, "against": 0, "abstain": 1}, ["Molnar"])]
    assert votes(read("DO PASS, SB #15, 802\n")) == [("carried", {"for": 8, "against": 0, "abstain": 2}, [])]


def test_a_line_under_the_verdict_is_read_apart_and_a_tally_the_abstainers_deny_is_none():
    item = read("DO CONFIRM, 1101, KIT LIND\nAmaha motion to adjourn; properly seconded without objection.\n")
    assert item.decisions == ["DO CONFIRM, 1101, KIT LIND", "Amaha motion to adjourn"]
    assert [m.mover.name for m in item.motions] == ["Amaha"]
    assert votes(read("DO PASS, 1102, SB 7\nAbstain: Molnar\n")) == [("carried", {}, ["Molnar"])]
