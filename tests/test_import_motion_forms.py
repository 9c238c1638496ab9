"""motion_forms.py: a motion recorded as a template's labelled fields, one a line, each text invented to hold one
form alone."""

from pathlib import Path

from item_reading import read_item

from minutebook.importer.extract import extract_text
from minutebook.importer.lines import read_lines


def _motions(item) -> list[tuple]:
    return [(m.mover.name if m.mover else None, m.seconder.name if m.seconder else None, m.result)
            for m in item.motions]


def test_a_form_of_bulleted_fields_with_its_result_ticked_among_boxes_passes_what_it_moved():
    # a ticked box reaches the rules as its entry alone (markdown_text.py), an unticked one keeps its box
    item = read_item("Motion/Decision:\n- Motion: Move to elect Ann Bell as Treasurer\n- Moved by: Tom Hale\n"
                     "- Seconded by: Kim Lee\n- Discussion: None\n- Vote: Unanimous\n- Result:\n- PASSED\n"
                     "- [ ] FAILED\n")
    assert _motions(item) == [("Tom Hale", "Kim Lee", "carried")]
    assert item.decisions == ["Move to elect Ann Bell as Treasurer"]


def test_a_form_whose_failed_box_is_ticked_decides_nothing():
    item = read_item("- Motion: Move to buy a boat\n- Moved by: Tom Hale\n- Seconded by: Kim Lee\n- Result:\n"
                     "- [ ] PASSED\n- FAILED\n")
    assert (_motions(item), item.decisions) == ([("Tom Hale", "Kim Lee", "lost")], [])


def test_a_form_with_no_result_but_a_unanimous_vote_carried_and_what_follows_it_read_on_its_own():
    item = read_item("Motion: To adjourn the meeting\nMoved by: Tom Hale\nSeconded by: Kim Lee\nVote: Unanimous\n"
                     "Meeting Adjourned: 8:04 PM\n")
    assert _motions(item) == [("Tom Hale", "Kim Lee", "carried")]
    assert item.decisions == ["To adjourn the meeting"]


def test_fields_that_name_no_mover_are_no_motion_form():
    item = read_item("- Motion: none this month\n- Discussion: the budget\n")
    assert item.motions == []


def test_a_markdown_form_with_bold_labels_and_task_list_boxes(tmp_path: Path):
    path = tmp_path / "minutes.md"
    path.write_text("**Motion/Decision:**\n- **Motion:** Move to elect Ann Bell as Treasurer\n"
                    "- **Moved by:** Tom Hale\n- **Seconded by:** Kim Lee\n- **Vote:** Unainamous\n"
                    "- **Result:**\n- [X] PASSED\n- [ ] FAILED\n")
    text = "\n".join(line.text for line in read_lines(str(path), extract_text(path).text)[0])
    item = read_item(text)
    assert _motions(item) == [("Tom Hale", "Kim Lee", "carried")]
    assert item.decisions == ["Move to elect Ann Bell as Treasurer"]


def test_an_outcome_line_after_the_fields_gives_the_result():
    item = read_item("Motion: that Rule 6 be amended.\n\nMoved: Tom Hale\nSeconded: Kim Lee\n\nMotion passed\n")
    assert (_motions(item), item.decisions) == ([("Tom Hale", "Kim Lee", "carried")], ["that Rule 6 be amended."])
