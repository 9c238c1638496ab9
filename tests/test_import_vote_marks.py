"""vote_marks.py: a recorded vote printed as a grid of marks under the sides' headings (each text invented to hold
that layout alone)."""

from item_reading import read_item as read

from minutebook.importer.drafts import ItemDraft


def sides(item: ItemDraft) -> list[tuple]:
    return [(v.result, {side: [p.name for p in people] for side, people in v.sides.items()}) for v in item.votes]


GRID = ("Recorded Vote:\n                     Yea      Nay\nCouncillor Hale       X\nCouncillor Kerr       X\n"
        "Councillor Lind                X\nMayor Bell            X\n")


def test_each_mark_is_its_members_vote_on_the_side_it_stands_under():
    assert sides(read(f"{GRID}CARRIED\n")) == [
        ("carried", {"for": ["Hale", "Kerr", "Bell"], "against": ["Lind"]})]


def test_a_grid_under_a_labelled_motion_is_its_vote():
    item = read(f"Moved by Councillor Kerr\nSeconded by Councillor Hale\nTHAT the by-law be amended.\n{GRID}CARRIED\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Kerr", "Hale", "carried")]
    assert item.decisions == ["THAT the by-law be amended."]
    assert sides(item) == [("carried", {"for": ["Hale", "Kerr", "Bell"], "against": ["Lind"]})]


def test_three_sides_and_a_tick():
    text = ("             For    Against    Absent\nCr Hale       ✓\nCr Kerr              ✓\n"
            "Cr Lind                         ✓\n")
    assert sides(read(text)) == [(None, {"for": ["Hale"], "against": ["Kerr"], "absent": ["Lind"]})]


def test_a_table_of_figures_is_no_vote():
    assert read("             For    Against\nBudget       1,200  300\n").votes == []
