"""Minutes printed in two languages side by side: the English column is read, the other left out."""

from minutebook.importer.lines import read_lines
from minutebook.importer.parallel_text import one_language

WELSH_ENGLISH = """\
           CYNGOR CYMUNED LLANGYNNWR                        LLANGYNNWR COMMUNITY COUNCIL

Cofnodion cyfarfod o'r Cyngor a gynhaliwyd yn      Minutes of the meeting of the Council held at the
Neuadd y Pentref nos Lun 8 Ebrill 2024 am 7.00yh.  Village Hall on Monday 8 April 2024 at 7.00pm.

Presennol: Cynghorwyr A. Jones (Cadeirydd), B.      Present: Councillors A. Jones (Chair), B. Evans,
Evans, C. Davies                                    C. Davies

1. Ymddiheuriadau                                   1. Apologies
Derbyniwyd ymddiheuriadau gan y Cynghorydd E.       Apologies were received from Councillor E.
Thomas.                                             Thomas.

2. Datgan buddiant                                  2. Declarations of interest
Dim.                                                None.

3. Cyllid                                           3. Finance
Penderfynwyd talu'r anfonebau canlynol:             It was resolved to pay the following invoices:
Neuadd y Pentref - llogi £15.00                     Village Hall - hire £15.00
"""


def test_the_english_column_of_a_text_printed_in_two_languages_side_by_side_is_read():
    lines, _ = read_lines("doc.txt", WELSH_ENGLISH)
    text = [line.text for line in lines if line.text.strip()]
    assert text == ["LLANGYNNWR COMMUNITY COUNCIL", "Minutes of the meeting of the Council held at the",
                    "Village Hall on Monday 8 April 2024 at 7.00pm.",
                    "Present: Councillors A. Jones (Chair), B. Evans,", "C. Davies", "1. Apologies",
                    "Apologies were received from Councillor E.", "Thomas.",
                    "2. Declarations of interest", "None.", "3. Finance",
                    "It was resolved to pay the following invoices:", "Village Hall - hire £15.00"]
    assert next(line.number for line in lines if line.text == "2. Declarations of interest") == 13  # its line


def test_the_english_column_is_read_where_it_is_printed_first():
    swapped = "\n".join(f"{right:<52}{left}" if right else left for left, right in (
        (line[:51].rstrip(), line[51:].strip()) if len(line) > 51 else (line.rstrip(), "")
        for line in WELSH_ENGLISH.splitlines()[2:]))
    kept = [text for text in one_language(swapped.splitlines()) if text.strip()]
    assert kept[:2] == ["Minutes of the meeting of the Council held at the",
                        "Village Hall on Monday 8 April 2024 at 7.00pm."]


def test_two_columns_of_one_language_stay_as_they_are():
    table = ["Present:", *[f"Councillor {name:<30}Member for {ward} Ward and the Chair of the Committee"
                           for name, ward in (("Ann Bell", "North"), ("Tom Hale", "South"), ("Jo Moss", "East"),
                                              ("Kit Lind", "West"), ("Raj Patel", "Central"), ("Sue Carver", "Hill"),
                                              ("Ian Doyle", "Park"), ("Kim Eastman", "Vale"), ("Lee Ross", "Mill"))]]
    assert one_language(table) == table
    letterhead = ["City of Fairhaven                                 City Hall", "                    100 Main Street",
                  "", "Meeting Minutes", "The meeting was held at the hall on the first of May."]
    assert one_language(letterhead) == letterhead
