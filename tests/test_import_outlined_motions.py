"""outlined_motions: a motion headed by its mover, with its seconder, count and outcome as points under it."""

from item_reading import read_item

from minutebook.importer.blocks import to_blocks
from minutebook.importer.lines import read_lines

OUTLINE = ("- Review of membership fees\n"
           "     - Currently $20 as last set in 2012\n"
           "     - MOTION by Jane Roe: Change membership fees to $50 per annum\n"
           "       - Seconded: Sam\n"
           "       - To take effect on publishing the new schedule\n"
           "       - For: 9 Against: 1 Abstain: 0\n"
           "       - Motion passed\n\n"
           "- Thanks to the committee\n")


def test_each_point_of_an_outline_is_a_paragraph_at_any_indentation():
    blocks = to_blocks(read_lines("doc.txt", OUTLINE)[0])
    assert [b.text for b in blocks] == [
        "- Review of membership fees", "- Currently $20 as last set in 2012",
        "- MOTION by Jane Roe: Change membership fees to $50 per annum", "- Seconded: Sam",
        "- To take effect on publishing the new schedule", "- For: 9 Against: 1 Abstain: 0", "- Motion passed",
        "- Thanks to the committee"]


def test_a_motion_headed_by_its_mover_with_its_seconder_and_outcome_as_points_under_it():
    item = read_item(OUTLINE, title="General Business")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Jane Roe", "Sam", "carried")]
    assert item.decisions == ["Change membership fees to $50 per annum"]
    assert [(v.result, v.counts) for v in item.votes] == [("carried", {"for": 9, "against": 1, "abstain": 0})]


def test_an_item_titled_by_its_motion_reads_the_points_under_the_title():
    item = read_item("   - https://example.org/minutes/2023/\n   - Seconded: Patrick\n   - Motion passed\n",
                     title="MOTION by Nick Lee: Confirmation of the Minutes of the previous AGM")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Nick Lee", "Patrick", "carried")]
    assert item.decisions == ["Confirmation of the Minutes of the previous AGM"]


def test_a_motion_whose_outcome_is_not_printed_is_no_decision():
    item = read_item("- MOTION by Jane Roe: Buy a projector\n  - Seconded: Sam\n\n- Discussion followed.\n")
    assert [(m.mover.name, m.seconder.name, m.result, m.moved) for m in item.motions] == [
        ("Jane Roe", "Sam", None, "Buy a projector")]
    assert item.decisions == []


def test_motions_noted_in_a_few_words_a_point():
    item = read_item("To confirm the minutes of the previous annual general meeting:\n\n"
                     "- Fletcher propose\n- Blake second\n- Unanimous pass\n", title="Previous AGM Minutes")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Fletcher", "Blake", "carried")]
    assert item.decisions == ["To confirm the minutes of the previous annual general meeting"]
    item = read_item("- Steve move motion to have no auditor\n- Fletcher second\n- Motion carried unanimously\n",
                     title="Auditor")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Steve", "Fletcher", "carried")]
    assert item.decisions == ["to have no auditor"]
    item = read_item("- Discussed the cost of rent\n\n----\n\n- Fletcher motion, Iain second\n- Passed unanimously\n\n"
                     "- Proposed Fletcher / Second Mel\n- Lost\n", title="Membership Fees")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Fletcher", "Iain", "carried"), ("Fletcher", "Mel", "lost")]
    assert item.decisions == ["Membership Fees"]  # what was proposed is not printed: the item's title


def test_a_point_naming_a_proposer_with_no_outcome_under_it_is_no_motion():
    text = "- Hugh proposed a knitting club for electronics\n- Maybe consider a different name\n"
    assert read_item(text).motions == []
