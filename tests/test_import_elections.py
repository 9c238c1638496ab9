"""elections: an election's outcome noted as a paragraph or a list's point of its own is a decision."""

import pytest
from item_reading import read_item


@pytest.mark.parametrize("text", [
    "Jane Roe was elected as Chair.",
    "- Niall Navin elected chair",
    "Dan Buzzard, Lochran Huck, Benjamin I.D. Silva elected as OCMs",
    "Cllr Smith was duly re-elected Chairman for the ensuing year.",
])
def test_an_election_s_outcome_is_a_decision(text):
    assert read_item(text + "\n", title="Elections").decisions == [text.removeprefix("- ").rstrip(".")]


@pytest.mark.parametrize("text", [
    "~~James, elected to previous position~~",  # a nomination struck out
    "Jane Roe was elected to the board in 2019.",  # when she joined, not this meeting's election
    "Members elected at the AGM serve two years.",
    "- Sarah Allard 4 votes",  # a candidate's votes
])
def test_what_is_not_an_election_s_outcome(text):
    assert read_item(text + "\n", title="Elections").decisions == []


def test_the_close_of_an_uncontested_nomination_is_a_decision():
    item = read_item("No other nominations were offered, so Elliot Williams is Coordinator in Chief.\n\n"
                     "No other nominations were offered so Serge and Derek are the at-large board members.\n\n"
                     "No other nominations were offered.\n", title="Elections")
    assert item.decisions == ["Elliot Williams is Coordinator in Chief",
                              "Serge and Derek are the at-large board members"]


def test_the_outcome_of_a_vote_between_candidates_is_a_decision():
    item = read_item("Katie nominated herself. A vote was held and the vote was in favor of Katie. Katie Bell is the "
                     "Minister of Information.\n\nThe vote was in favour of the plan. It was adopted.\n",
                     title="Elections")
    assert item.decisions == ["Katie Bell is the Minister of Information"]


def test_those_placed_highest_in_a_ballot_are_elected():
    item = read_item("  Candidate     Yes   No\n  Laura Gill    35    1\n  Arc Riley     18    19\n\n"
                "The top five candidates will comprise the Board for 2014-2015.\n")
    assert item.decisions == ["The top five candidates will comprise the Board for 2014-2015"]


def test_a_table_of_candidates_and_votes_elects_the_one_set_in_bold(tmp_path):
    from minutebook.importer.blocks import Found
    from minutebook.importer.extract import extract_text
    from minutebook.importer.items import cut_items
    from minutebook.importer.lines import read_lines
    from minutebook.importer.rules import read_blocks

    source = tmp_path / "2021-10-29-egm-results.md"
    source.write_text("# EGM Results\n\nOn Friday 29 October 2021 we held an Extraordinary General Meeting.\n\n"
                      "### Press & Publicity Officer\n\n| Candidate | Votes (Total: 12) |\n|---|---|\n"
                      "| **Clara Hohenlohe & Jessica Russell** | **12** |\n| Re-Open Nominations (RON) | 0 |\n\n"
                      "### Ordinary Member\n\n| Candidate | Votes (Total: 12) |\n|---|---|\n| Dominik Hagowski | 5 |\n"
                      "| Re-Open Nominations (RON) | 7 |\n", encoding="utf-8")
    found = cut_items(read_lines(str(source), extract_text(source).text)[0], "minutes")[1]
    for item in found:
        read_blocks(item, Found())
    assert [(i.title, i.decisions) for i in found] == [
        ("Press & Publicity Officer", ["Clara Hohenlohe & Jessica Russell elected Press & Publicity Officer"]),
        ("Ordinary Member", [])]
