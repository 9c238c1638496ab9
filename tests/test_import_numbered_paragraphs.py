"""An item's paragraphs numbered in brackets and a recorded vote's sides printed as a label and count over the names,
as county councils minute a debate, read through the importer's item and block rules."""

from item_reading import read_item as read

from minutebook.importer.items import cut_items
from minutebook.importer.lines import read_lines

DEBATE = """\
(1)   Mr Jones moved and Mrs Hart seconded the recommendations set out in the report.

(2)   Following a debate, the Chairman put the amendment to the vote and the voting was as follows:

For (3)
Ms K Lowe, Mr M Nash, Mr Q Reed

Against (6)
Mr A Bell, Mrs C Dunn, Mr E Frost, Mrs G Hart, Mr I Jones, Mrs O Price

Abstain (1)
Mrs S Tate

Amendment lost.

(3)   RESOLVED that the revenue budget for 2024-25 as set out in the report be approved.
"""


def test_a_recorded_vote_s_sides_each_a_label_and_count_over_the_names_and_the_amendment_lost():
    item = read(DEBATE)
    assert [(v.result, v.counts, {side: [p.name for p in people] for side, people in v.sides.items()})
            for v in item.votes] == [("lost", {"for": 3, "against": 6, "abstain": 1}, {
                "for": ["K Lowe", "M Nash", "Q Reed"],
                "against": ["A Bell", "C Dunn", "E Frost", "G Hart", "I Jones", "O Price"], "abstain": ["S Tate"]})]


def test_a_paragraph_s_number_in_brackets_is_no_part_of_what_it_resolved():
    assert read(DEBATE).decisions == ["that the revenue budget for 2024-25 as set out in the report be approved."]


def test_an_item_s_paragraphs_numbered_in_brackets_mostly_sentences_are_not_its_items():
    text = ("31.   Apologies for Absence\n(Item 2)\n\nApologies were received.\n\n32.   Revenue Budget 2024-25\n"
            f"(Item 6)\n\n{DEBATE}")
    _, found = cut_items(read_lines("doc.txt", text)[0], "minutes")
    assert [(i.minute, i.title) for i in found] == [("31", "Apologies for Absence"), ("32", "Revenue Budget 2024-25")]


def test_a_member_moved_and_another_seconded_the_recommendations_and_the_amendment_lost_after_its_vote():
    item = read(DEBATE.replace("(2)   Following", "(2)   Mr Reed moved and Ms Lowe seconded the following amendment:"
                               "\n\n\"Add at the end: 'and that funds be allocated to buses.'\"\n\n(2a)  Following"))
    assert [(m.title, m.mover.name, m.seconder.name, m.result) for m in item.motions] == [
        ("Item", "Jones", "Hart", None), ("amendment", "Reed", "Lowe", "lost")]
