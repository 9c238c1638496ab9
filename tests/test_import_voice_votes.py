"""voice_votes.py: a chair's call of a voice vote in a verbatim transcript; one test per pattern, named for the
variant."""

from item_reading import read_item as read

from minutebook.importer.drafts import ItemDraft


def people(item: ItemDraft) -> list[tuple[str | None, str | None, str | None]]:
    return [(m.mover and m.mover.name, m.seconder and m.seconder.name, m.result) for m in item.motions]


def test_offices_move_and_second_and_the_chair_calls_the_result():
    item = read("City Solicitor:   “I move approval Mr. President.”\n\nComptroller: “I Second.”\n\n"
                "President:   “All those in favor say AYE. All opposed, say NAY. The\n\nMotion carries, the item is "
                "approved.”\n")
    assert item.decisions == ["The Motion carries, the item is approved"]
    assert people(item) == [("City Solicitor", "Comptroller", "carried")]
    assert item.motions[0].mover.role == "City Solicitor"  # an office: the member who holds it, when written


def test_a_title_and_surname_moves_and_the_call_is_carried_alone():
    item = read("Mr. Davis: “Ah -- I so move the protests having been withdrawn.”\n\nComptroller: “Second.”\n\n"
                "President: “All those in favor, say AYE. All opposed, say NAY. The\n\nMotion carries.”\n")
    assert item.decisions == ["The Motion carries"]
    assert people(item) == [("Davis", "Comptroller", "carried")]


def test_the_call_with_the_items_outcome_in_the_next_sentence():
    item = read("City Solicitor: Move that the Board not endorse the legislation.\n\nDirector of Public Works: "
                "“Second.”\n\nPresident: “All those in favor say AYE. All opposed NAY. Motion carries. The item "
                "has been disapproved.”\n")
    assert item.decisions == ["Motion carries. The item has been disapproved"]


def test_a_motion_with_no_second_printed():
    item = read("Solicitor: “Move that the recommendation be accepted”.\n\nPresident: “All in favor say AYE, the\n\n"
                "motion carries, this item has been approved”.\n")
    assert people(item) == [("Solicitor", None, "carried")]
    assert item.decisions == ["the motion carries, this item has been approved"]


def test_a_carried_motion_in_narrative_text_is_no_voice_vote():
    item = read("The motion carries the weight of the committee's report.\n")
    assert item.motions == []
