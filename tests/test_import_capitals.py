"""capitals.py: sentences set in capitals read in the case the document prints each word elsewhere (each text invented
to hold one form alone)."""

from minutebook.importer.blocks import Found, to_blocks
from minutebook.importer.capitals import recased, word_cases
from minutebook.importer.drafts import ItemDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.rules import read_blocks

PRESENT = ("Present: Trustees Ann Bell, Tom A. Hale and Joe Lind; the MBA budget was presented at 6 p.m. by the clerk, "
           "the minutes approved as amended, no one voting against.\n\n")


def read(text: str) -> ItemDraft:
    lines = read_lines("doc.txt", PRESENT + text)[0]
    item = ItemDraft(title="Item", line=lines[0], lines=lines[2:], kind="minutes")
    read_blocks(item, Found(), word_cases(lines))
    return item


def test_a_motion_printed_in_capitals_is_read_with_its_mover_seconder_and_decision():
    item = read("There being no one to be heard, TRUSTEE HALE MOVED THE PUBLIC HEARING BE CLOSED.\nMOTION WAS "
                "SECONDED BY TRUSTEE BELL, ALL VOTING AYE.\n")
    assert [(m.mover.name, m.seconder.name, m.result) for m in item.motions] == [("Hale", "Bell", "carried")]
    assert item.decisions == ["the public hearing be closed"]
    assert "TRUSTEE HALE MOVED" in item.lines[0].text  # the item's text keeps what was printed


def text_of(text: str) -> str:
    lines = read_lines("doc.txt", PRESENT + text)[0]
    return recased(to_blocks(lines[2:])[0], word_cases(lines)).text


def test_each_word_takes_the_documents_case_names_after_a_title_and_in_a_list_acronyms_kept():
    assert text_of("ON A MOTION BY TRUSTEE LIND AND SECONDED BY TRUSTEE KERR, THE MBA BUDGET WAS ADOPTED "
                   "UPON THE FOLLOWING ROLL CALL VOTE: VOTING AYE –TRUSTEES BELL, HALE, ROSS, AND CHAIR LIND. VOTING "
                   "NO – NONE.\n") == (
        "On a motion by Trustee Lind and seconded by Trustee Kerr, the MBA budget was adopted upon the "
        "following roll call vote: voting aye –Trustees Bell, Hale, Ross, and Chair Lind. Voting no – none.")


def test_a_roll_call_a_signature_a_result_and_a_word_in_capitals_stay_as_printed():
    for text in ["The vote was recorded as follows: VOTING YES: NAUSER, PETERS, MCDAVID, RUFFIN. VOTING NO: NO ONE.\n",
                 "LEE ANN PETERSON, MMC\nCHIEF DEPUTY CITY RECORDER\n",
                 "RESULT: APPROVED AS AMENDED [UNANIMOUS]\nMOTION BY: Lind\n",
                 "The Board RESOLVED that the MBA budget be adopted.\n"]:
        assert text_of(text) == " ".join(line.strip() for line in text.splitlines())


def test_an_initial_is_not_learnt_as_a_word_and_stays_a_capital():
    cases = word_cases(read_lines("doc.txt", PRESENT)[0])
    assert (cases.get("A"), cases["HALE"], cases["MBA"], cases["P"]) == (None, "Hale", "MBA", "p")
    assert text_of("THE CLERK THANKED TRUSTEE TOM A. HALE FOR THE BUDGET.\n") == \
        "The clerk thanked Trustee Tom A. Hale for the budget."
