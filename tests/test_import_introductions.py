"""introductions.py: a transcript's speaker who introduces themself; one test per form, named for the variant."""

from minutebook.importer.blocks import to_blocks
from minutebook.importer.introductions import introductions
from minutebook.importer.lines import read_lines


def read(text: str) -> list[tuple[str, str | None]]:
    return [(e.name.name, e.role) for e in introductions(to_blocks(read_lines("doc.txt", text)[0]))]


def test_office_label_then_my_name_is_and_im_the_post():
    assert read("City Auditor: “Good morning, Mr. President. My name is Josh\n\nPasch. I’m the City Auditor. I am "
                "here today.”\n") == [("Josh Pasch", "City Auditor")]


def test_title_and_surname_label_then_the_full_name_and_a_post_in_two_parts():
    assert read("Mr. Sharkey: “Steve Sharkey, Director. D-O-T.”\n") == [("Steve Sharkey", "Director, D-O-T")]


def test_the_label_names_the_speaker_and_the_post():
    assert read("Ms.   Thandee   Maung,   Deputy    City   Auditor:   “Good   morning   Mr.\n") == [
        ("Thandee Maung", "Deputy City Auditor")]


def test_im_the_name_and_im_the_post_with_a_filler_in_it():
    assert read("Mr. Terrell Chestnut: “So, I’m Terrell Chestnut and I’m the Chief\n\nof Facilities for ah -– DGS. So "
                "I just want to add one thing.”\n") == [("Terrell Chestnut", "Chief of Facilities for DGS")]


def test_full_name_label_and_the_post_before_a_greeting():
    assert read("Joseph Mazza: “Joseph Mazza, Acting City Purchasing Agent, Good\n\nMorning. The reason this Bid was "
                "thrown out.”\n") == [("Joseph Mazza", "Acting City Purchasing Agent")]


def test_my_name_is_without_a_post():
    assert read("Ms. Trueheart: “Good morning. Ah -- my name is Kim Trueheart and I filed this protest.”\n") == [
        ("Kim Trueheart", None)]


def test_a_surname_label_and_a_name_with_no_post_introduces_nobody():
    assert read("Ms. Bryant: “And can I add one comment? Sherri Bryant, again and that is the reason.”\n") == []


def test_a_speech_that_introduces_nobody():
    assert read("President: “Thank you. Will the parties please come forward?”\n") == []


def test_a_paragraph_label_unquoted_is_no_speech():
    assert read("Community Groups: Applications to join the Society were received from Clare, Rosehill and Stoke "
                "Community Groups.\n") == []


def test_an_introduction_is_read_in_its_own_speech_never_the_next_speakers():
    assert read("Comptroller: “Noted.”\n\nPresident: “Next one.”\n\nMs. Dana Moore, Deputy City Solicitor: “Good "
                "morning. My name is Dana Moore. I am the Deputy City\n\nSolicitor.”\n") == [
        ("Dana Moore", "Deputy City Solicitor")]
