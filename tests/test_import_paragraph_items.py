"""paragraph_items.py: minutes told in numbered paragraphs with no titles, each paragraph an item. The texts are
invented, one rule each."""

import yaml

from minutebook.importer import run_import
from minutebook.importer.lines import read_lines
from minutebook.importer.paragraph_items import paragraph_items


def meeting(tmp_path, text: str) -> dict:
    source = tmp_path / "minutes.txt"
    source.write_text(text, encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path)
    record = next((tmp_path / "content/meetings").rglob("*.md")).read_text(encoding="utf-8")
    return yaml.safe_load(record.split("---\n")[1])


HEAD = ("Hadbury Library Trustees\nMinutes of the Trustee Meeting, December 7, 2009\n\n"
        "Attendance: Ann Bell, Tom Hale & Kit Lind\n\n")


def test_numbered_sentences_are_the_items_titled_by_their_first_words_their_text_kept_whole(tmp_path):
    found = meeting(tmp_path, HEAD + "1.  The minutes from the last meeting were read and accepted.\n"
                                     "2.  A motion was made to accept the gifts made to the library in November in the "
                                     "amount of $260.25. The treasurer's report was accepted.\n"
                                     "3.  The librarian's report was read.\n\nMeeting was adjourned at 7:50 PM.\n")
    assert [(i["minute"], i["title"]) for i in found["items"]] == [
        ("1", "The minutes from the last meeting were read and accepted"),
        ("2", "A motion was made to accept the gifts made to the library"),
        ("3", "The librarian's report was read")]
    assert [a["name"] for a in found["attendance"]] == ["Ann Bell", "Tom Hale", "Kit Lind"]
    record = next((tmp_path / "content/meetings").rglob("*.md")).read_text(encoding="utf-8")
    assert "The treasurer's report was accepted." in record


def test_paragraphs_numbered_within_the_year_a_title_among_them_and_a_title_run_in(tmp_path):
    text = ("Hadbury Parish Council Allotments Committee\nMinutes of a meeting held 11 July 2023.\n"
            "Present: Cllr A Bell, Cllr T Hale.\n"
            "23.001.It was resolved to elect Cllr Bell as chair for 2023-24.\n23.002.There were no apologies.\n"
            "23.003.Provision of additional allotments\n01.The clerk to mark out the boundary.\n"
            "23.004.Inspection: The next inspection is on 22 July 2023.\n")
    found = meeting(tmp_path, text)
    assert [(i["minute"], i["title"]) for i in found["items"]] == [
        ("23.001", "It was resolved to elect Cllr Bell as chair for 2023-24"), ("23.002", "There were no apologies"),
        ("23.003", "Provision of additional allotments"), ("23.004", "Inspection")]


def test_a_run_of_numbered_paragraphs_beats_the_one_titled_paragraph_among_them(tmp_path):
    found = meeting(tmp_path, HEAD + "1. Mr Pearce gave a detailed presentation on the life cycle of the bee, "
                                     "assisted by Cllr Hale on the computer. He gave an overview.\n\n"
                                     "2. The minutes of the 2009 meeting were agreed as a true record.\n\n"
                                     "3. School Report: There are 61 children on the roll at present with 17 coming in "
                                     "the summer.\n")
    assert [i["title"] for i in found["items"]] == [
        "Mr Pearce gave a detailed presentation on the life cycle",
        "The minutes of the 2009 meeting were agreed as a true record", "School Report"]


def test_a_numbered_list_at_the_end_of_minutes_told_otherwise_is_no_items():
    text = ("The Board met on May 2, 2011. Ann Bell chaired.\n\nThe board discussed the roof at length and agreed "
            "that quotes be sought.\n\nThe treasurer reported a balance of $400.\n\nThe fair was reviewed.\n\n"
            "The hall rota was agreed.\n\nActions:\n1. A to get quotes.\n2. B to call the roofer.\n"
            "3. C to book the hall.\n")
    assert paragraph_items(read_lines("doc.txt", text)[0], []) is None
