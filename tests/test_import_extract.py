"""extract_text: every kind of source file as text with one form feed per page."""

import re
import shutil
from pathlib import Path

import pytest

from minutebook.importer.extract import ExtractError, extract_text, page_list, spaced_lines
from minutebook.importer.lines import read_lines
from minutebook.importer.markdown_text import HEADING_MARK, LEVEL_MARK
from minutebook.importer.ocr import read_scans

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SCAN = CORPUS / "ambridge-borough" / "2016-07-12-borough-council-agenda.pdf"


def markdown_text(tmp_path: Path, markdown: str) -> str:
    """The text of a Markdown file holding `markdown`, as the importer reads it."""
    source = tmp_path / "minutes.md"
    source.write_text(markdown, encoding="utf-8")
    return extract_text(source).text


def test_text_file_is_read_as_it_is(tmp_path):
    source = tmp_path / "minutes.txt"
    source.write_bytes("\ufeffMINUTES\r\n\n1. Apologies\n".encode())
    extracted = extract_text(source)
    assert (extracted.text, extracted.kind, extracted.ocr_pages) == ("MINUTES\r\n\n1. Apologies\n", "text", ())


def test_markdown_file_is_text_with_its_headings_marked(tmp_path):
    source = tmp_path / "agenda.md"
    source.write_text("# AGENDA #\n\n1. **Apologies**\n\nCall to Order\n---\n", encoding="utf-8")
    mark = HEADING_MARK
    assert extract_text(source).text == f"{mark}{LEVEL_MARK}AGENDA\n\n1. **Apologies**\n\n{mark}Call to Order\n\n"


def test_a_markdown_heading_that_links_to_its_paper_shows_the_link_s_text(tmp_path):
    text = markdown_text(tmp_path, "## [Approval of last year's minutes](https://example.org/minutes/2018/)\n\n"
                                   "See [the report](https://example.org/report/).\n")
    mark = HEADING_MARK + LEVEL_MARK * 2
    assert text == f"{mark}Approval of last year's minutes\n\nSee [the report](https://example.org/report/).\n"


def test_a_markdown_heading_s_anchor_or_classes_in_braces_are_not_shown(tmp_path):
    text = markdown_text(tmp_path, "## New Business {#new_business}\n\n### Elections ### {: #elections .big}\n\n"
                                   "The fee is {#5} dollars.\n")
    mark = HEADING_MARK + LEVEL_MARK * 2
    assert text == f"{mark}New Business\n\n{mark}{LEVEL_MARK}Elections\n\nThe fee is {{#5}} dollars.\n"


def test_an_emoji_s_shortcode_in_markdown_is_no_text(tmp_path):
    text = markdown_text(tmp_path, "- Ann Bell :ballot_box_with_check:\n- Tom Hale :+1: at 10:30:45, see http://x.org/:a_b:\n")
    assert text == "- Ann Bell \n- Tom Hale  at 10:30:45, see http://x.org/:a_b:\n"


def test_a_markdown_link_to_a_page_of_its_own_site_shows_its_text_a_link_to_the_web_is_kept(tmp_path):
    text = markdown_text(tmp_path, "Under the [bylaws](bylaws), [it]({{ site.baseurl }}/x.pdf), [last](/m/2018-09-15)\n"
                                   "see [ours](https://a.org/), [theirs](<https://a.org/a b>) ![logo](l.png)\n")
    assert text.split("\n") == ["Under the bylaws, it, last",
                                 "see [ours](https://a.org/), [theirs](<https://a.org/a b>) ![logo](l.png)", ""]


def test_markdown_front_matter_is_down_to_its_title_line_for_line(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("---\ntitle: 'Minutes (May, 2020)'\ntags:\n  - Road\n---\n\nMay 18, 2020\n", encoding="utf-8")
    assert extract_text(source).text == "\nMinutes (May, 2020)\n\n\n\n\nMay 18, 2020\n"


def test_markdown_front_matter_shows_the_meeting_s_place_chair_and_people_under_their_labels(tmp_path):
    text = markdown_text(tmp_path, "---\nlayout: meeting\ntitle: Minutes of general meeting\ndate: 2019-04-13 06:00\n"
                                   "location: online via IRC\nmembers:\n- Ann Bell (also Director)\n- Tom Hale\n"
                                   "chair: Ann Bell\nagenda:\n- Special resolutions\n---\n\n## Special resolutions\n")
    assert text.split("\n")[:12] == [
        "", "", "Minutes of general meeting", "", "Location: online via IRC", "Present:", "- Ann Bell (also Director)",
        "- Tom Hale", "Chair: Ann Bell", "", "", ""]


def test_markdown_front_matter_keeps_its_subtitle_as_the_page_shows_it(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("---\ntitle: Minutes\nsubtitle: Regular Meeting of the Port Board\ndate: 06/28/2018\n---\n",
                      encoding="utf-8")
    assert extract_text(source).text == "\nMinutes\nRegular Meeting of the Port Board\n\n\n"


def test_a_site_generator_s_title_placeholder_shows_the_title_its_metadata_gives(tmp_path):
    source = tmp_path / "notes.md"
    source.write_text("---\ntitle: \"Notes: September 2017 GIS Group Meeting\"\n---\n\n# {{title}}\n\n"
                      "About {{ page.title }} and {{ author }}.\n", encoding="utf-8")
    title, mark = "Notes: September 2017 GIS Group Meeting", HEADING_MARK + LEVEL_MARK
    assert extract_text(source).text == f"\n{title}\n\n\n{mark}{title}\n\nAbout {title} and {{{{ author }}}}.\n"


def test_a_rule_across_a_markdown_page_shows_no_text_and_a_setext_underline_still_makes_a_heading(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("Financial markets\n-----\n\ntext\n\n-----\n\n2\n\n* * *\n\n___   ___\n", encoding="utf-8")
    assert extract_text(source).text == f"{HEADING_MARK}Financial markets\n\n\ntext\n\n\n\n2\n\n\n\n\n"


def test_a_web_page_saved_with_another_suffix_or_without_html_around_it_is_read_as_html(tmp_path):
    page = ("<div class='minutes'>\n<time>10 March 2021</time>\n<h4>PRESENT</h4>\n<p>Cllrs A Bell, T Hale.</p>\n"
            "<ol><li><h4>APOLOGIES</h4><p>None.</p></li><li><h4>MINUTES</h4><p>Approved.</p></li></ol></div>")
    for name in ("minutes_21-03-10.php", "minutes-page"):
        source = tmp_path / name
        source.write_text(page, encoding="utf-8")
        h4 = HEADING_MARK + LEVEL_MARK * 4  # an <h4>, marked with its level
        assert extract_text(source).text == (f"10 March 2021\n\n{h4}PRESENT\n\nCllrs A Bell, T Hale.\n\n"
                                             f"{h4}1. APOLOGIES\n\nNone.\n\n{h4}2. MINUTES\n\n"
                                             "Approved.\n")


def test_a_short_markdown_line_wholly_in_bold_is_a_heading_a_label_or_sentence_in_bold_is_not(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("Minutes\n\n**Election of Chairman**\n\nText.\n\n**Present:**\n\n**Carried.**\n",
                      encoding="utf-8")
    assert extract_text(source).text == (f"Minutes\n\n{HEADING_MARK}**Election of Chairman**\n\nText.\n\n"
                                         "**Present:**\n\n**Carried.**\n")


def test_a_markdown_line_wholly_in_inline_html_bold_is_a_heading_its_wrapped_words_joined_line_for_line(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text('Minutes\n  \n<span style="font-size:180%"><span\nstyle="font-weight: bold;">Traffic Advisory\n'
                      'Committee</span></span>  \n  \nThe committee meets tomorrow.\n  \nIn a <b>bold</b> word.\n',
                      encoding="utf-8")
    assert extract_text(source).text == (f"Minutes\n\n{HEADING_MARK}**Traffic Advisory Committee**\n\n\n\n"
                                         "The committee meets tomorrow.\n\nIn a <b>bold</b> word.\n")


def test_a_short_label_and_what_it_introduces_alone_in_bold_is_a_heading_a_decision_s_or_roll_s_label_is_not(
        tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("Minutes\n\n**Guest Speaker: Sue Bell, Westshire Cancer Society.**\n\nSue spoke.\n\n"
                      "**Approved: 11/15/2022**\n\n**Present: Ann Bell, Tom Lee**\n\n**Resolved: That it be noted.**\n",
                      encoding="utf-8")
    assert extract_text(source).text == (f"Minutes\n\n{HEADING_MARK}**Guest Speaker: Sue Bell, Westshire Cancer "
                                         "Society.**\n\nSue spoke.\n\n**Approved: 11/15/2022**\n\n**Present: Ann Bell, "
                                         "Tom Lee**\n\n**Resolved: That it be noted.**\n")


def test_html_headings_are_marked(tmp_path):
    source = tmp_path / "minutes.html"
    source.write_text("<h1>Town Board</h1><h2>Call to Order</h2><p>Text.</p>", encoding="utf-8")
    h1, h2 = HEADING_MARK + LEVEL_MARK, HEADING_MARK + LEVEL_MARK * 2  # each marked with its level, as in Markdown
    assert extract_text(source).text == f"{h1}Town Board\n\n{h2}Call to Order\n\nText.\n"


def test_latin1_text_is_read_with_replacements_and_a_warning(tmp_path):
    source = tmp_path / "bad.txt"
    source.write_bytes(b"caf\xe9\n")
    extracted = extract_text(source)
    assert extracted.text == "caf\ufffd\n"
    assert extracted.warnings == (("not-utf8", "not UTF-8 text (byte 3); read with replacements"),)


def test_pdf_pages_are_separated_by_form_feeds_like_pdftotext():
    pdf = CORPUS / "bristol-city-council" / "2024-09-12-transport-connectivity-policy-committee-minutes.pdf"
    extracted = extract_text(pdf)
    reference = pdf.with_suffix(".txt").read_text(encoding="utf-8")
    assert extracted.kind == "pdf" and extracted.ocr_pages == ()
    assert extracted.text.count("\f") == reference.count("\f") == 15
    pages = extracted.text.split("\f")
    assert "Minutes of the Transport and Connectivity" in " ".join(pages[0].split())
    assert re.search(r"^ *12 +Q1 2024/25 Corporate Risk Report", pages[14], re.M)  # on pdftotext's page too
    assert "Meeting ended at 8.10 pm" in " ".join(pages[14].split())


def test_pdf_keeps_item_numbers_at_line_start_and_columns_apart():
    pdf = CORPUS / "omaha" / "2012-10-16-city-council-agenda.pdf"
    lines = [line.strip() for line in extract_text(pdf).text.split("\n")]
    assert any(line.startswith("1.") and line[2:].lstrip().startswith("City Clerk calls the roll.") for line in lines)
    assert any(line.startswith("4.") and "City Clerk certifies publication" in line for line in lines)


def test_lines_spaced_wider_than_13_points_gain_no_blank_line_every_dozen_lines():
    lines = [(f"line {n}", 100 + 14.4 * n, 112 + 14.4 * n) for n in range(30)]  # 12-point text, 14.4 apart
    assert spaced_lines(lines) == [f"line {n}" for n in range(30)]


def test_space_of_most_of_a_line_past_the_usual_is_a_blank_line_and_each_pitch_past_it_one_more():
    lines = [("a", 100, 112), ("b", 114, 126), ("c", 128, 140), ("d", 151, 163), ("e", 165, 177),
             ("f", 206, 218), ("g", 238, 250)]  # 14 apart (2 of space); 11 of space above d, 29 above f
    assert spaced_lines(lines) == ["a", "b", "c", "", "d", "e", "", "", "f", "", "g"]


def test_a_heading_a_little_further_down_than_a_line_is_no_paragraph_break():
    lines = [("a", 100, 110), ("b", 111.5, 121.5), ("c", 123, 133), ("HEADING", 140.6, 150.6)]  # 6 more space
    assert spaced_lines(lines) == ["a", "b", "c", "HEADING"]


def test_pdf_paragraph_and_table_stay_whole_as_pdftotext_prints_them():
    pdf = CORPUS / "bristol-city-council" / "2025-05-15-transport-connectivity-policy-committee-minutes.pdf"
    text = extract_text(pdf).text
    assert re.search(r"Asylum Seekers are\n *provided bus passes", text)
    assert re.search(r"roadworks on main route into Bristol\n *03 Ninder Bassi", text)


def test_a_pdfs_action_column_on_later_pages_is_read_apart_from_the_minutes_words():
    pdf = CORPUS / "suffolk-libraries" / "2016-05-26-board-minutes.pdf"  # its layout text runs the initials on
    texts = [line.text.rstrip() for line in read_lines(pdf.name, extract_text(pdf).text)[0]]
    assert any(text.endswith("the Chief Executive will contact the") for text in texts)  # (page 2; 'TB/AW' beside)
    assert not any(re.search(r"\s(?:TB/AW|KV|DH|PB|AW|ST)$", text) for text in texts)
    pdf = CORPUS / "baltimore-city" / "2020-01-15-board-of-estimates-minutes.pdf"  # '... the Annual Action'
    lines = read_lines(pdf.name, extract_text(pdf).text)[0]  # ends a line of prose: no column's head, no word gone
    words = " ".join(" ".join(line.text for line in lines).split())
    assert "execution of the Grant Agreement with Parks and People Foundation" in words


def test_a_scan_without_ocr_names_the_file_and_its_pages():
    with pytest.raises(ExtractError) as caught:
        extract_text(SCAN)
    assert caught.value.pages == (1, 2, 3) and caught.value.code == "needs-ocr"
    assert str(caught.value).startswith(f"{SCAN}: no text layer on pages 1-3")
    assert "--ocr" in str(caught.value)


def test_a_missing_file_is_an_extract_error(tmp_path):
    with pytest.raises(ExtractError, match=r"missing\.pdf: cannot read"):
        extract_text(tmp_path / "missing.pdf")


def test_a_broken_pdf_is_an_extract_error(tmp_path):
    source = tmp_path / "broken.pdf"
    source.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    with pytest.raises(ExtractError, match=r"broken\.pdf: not a readable PDF") as caught:
        extract_text(source)
    assert caught.value.code == "unreadable"


def test_an_unknown_binary_file_is_refused(tmp_path):
    source = tmp_path / "minutes.xls"
    source.write_bytes(b"\xd0\xcf\x11\xe0\x00\x00binary")
    with pytest.raises(ExtractError, match=r"minutes\.xls: cannot read this kind of file") as caught:
        extract_text(source)
    assert caught.value.code == "unsupported"


def test_an_unknown_suffix_with_a_pdf_inside_is_read_as_pdf(tmp_path):
    source = tmp_path / "download"
    source.write_bytes((CORPUS / "broomhill-cc" / "2023-11-08-community-council-agenda.pdf").read_bytes())
    assert extract_text(source).kind == "pdf"


def test_page_list_is_short():
    assert page_list((1, 2, 3, 7, 9, 10)) == "1-3, 7, 9-10"


def test_a_scanned_page_is_read_by_tesseract_laid_out_like_pdftotext():
    """Needs Debian's tesseract-ocr: `make test` installs it (`make ocr`)."""
    text = read_scans(SCAN, (1,))[1]
    lines = text.split("\n")
    assert any(line.strip() == "AGENDA" for line in lines)
    assert any("Borough of Ambridge" in " ".join(line.split()) and "Regular Meeting" in line for line in lines)
    assert any(re.match(r"II\. +Call to Order / Roll Call", line) for line in lines)
    assert any(re.match(r" *1\. +Consider action to adopt Ordinance No\. 1286", line) for line in lines)
    assert any(re.match(r" *3\. +Consider action to hire a part-time firefighter", line) for line in lines)


def test_without_tesseract_a_scan_asked_for_ocr_names_file_pages_and_the_fix(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ExtractError) as caught:
        extract_text(SCAN, ocr=True)
    assert str(caught.value) == (f"{SCAN}: pages 1-3 need OCR (no text layer) but Tesseract is not installed: "
                                 "install it (apt-get install tesseract-ocr, or make ocr)")


def test_html_blocks_lists_and_tables_are_laid_out_like_pdftotext(tmp_path):
    source = tmp_path / "minutes.html"
    source.write_text("<html><head><title>Site</title><script>var x;</script></head><body>"
                      "<h1>PLANNING\n  COMMITTEE</h1><p>Minutes of the meeting\nheld on 5 April 2022</p>"
                      "<ol start='3'><li>Apologies<p>None received.</p></li><li>Minutes</li></ol>"
                      "<table><tr><td>Cllr A Smith</td><td>Chair</td></tr><tr><td>Cllr B Jones</td></tr></table>"
                      "RESOLVED:<br>that the plan be approved</body></html>", encoding="utf-8")
    extracted = extract_text(source)
    assert extracted.kind == "html"
    assert extracted.text == (f"{HEADING_MARK}{LEVEL_MARK}PLANNING COMMITTEE\n\nMinutes of the meeting held on 5 April "
                              "2022\n\n"
                              "3. Apologies\n\n"
                              "None received.\n\n4. Minutes\n\nCllr A Smith\tChair\nCllr B Jones\n\n"
                              "RESOLVED:\nthat the plan be approved\n")


def test_html_in_another_encoding_is_read_by_its_declaration(tmp_path):
    source = tmp_path / "agenda.htm"
    source.write_bytes('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 licence</p></body>'
                       '</html>'.encode("cp1252"))
    assert extract_text(source).text == "Café licence\n"


def docx(path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    """A minimal Word document: (style, text) paragraphs, 'List' paragraphs numbered by Word."""
    import zipfile

    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/>'
        + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if style == "List" else "")
        + f'</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>' for style, text in paragraphs)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rels}/officeDocument" Target="word/document.xml"/></Relationships>'))
        archive.writestr("word/_rels/document.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId2" Type="{rels}/numbering" Target="numbering.xml"/></Relationships>'))
        archive.writestr("word/numbering.xml", (
            f'<w:numbering {w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'))
        archive.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
    return path


def test_word_document_keeps_headings_paragraphs_and_numbered_items(tmp_path):
    source = docx(tmp_path / "minutes.docx", [
        ("Heading1", "PARISH COUNCIL MINUTES"), ("Normal", "Minutes of the meeting held on 9 January 2024"),
        ("List", "Apologies"), ("List", "Declarations of interest"), ("Normal", "None were declared.")])
    extracted = extract_text(source)
    assert extracted.kind == "docx"
    assert extracted.text == (f"{HEADING_MARK}{LEVEL_MARK}PARISH COUNCIL MINUTES\n\n"
                              "Minutes of the meeting held on 9 January 2024\n\n"
                              "1. Apologies\n2. Declarations of interest\n\nNone were declared.\n")


def test_a_damaged_word_document_is_an_extract_error(tmp_path):
    source = tmp_path / "minutes.docx"
    source.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ExtractError, match=r"minutes\.docx: not a readable Word document"):
        extract_text(source)


def test_ocr_ordinal_superscripts_read_as_quote_marks_are_put_back():
    from minutebook.importer.misread import mended_ordinals
    assert mended_ordinals('between 4" Street and 22" Street on September 3" from 10AM, a 6" pipe') == (
        'between 4th Street and 22nd Street on September 3rd from 10AM, a 6" pipe')


def test_ocr_numerals_misread_as_letters_are_repaired_only_as_numbers():
    from minutebook.importer.misread import repaired
    assert [repaired(t) for t in ("Vv", "IVv", "S", "l0", "II", "Ss", "Iv")] == ["V", "IV", "5", "10", "II", "Ss", "Iv"]


def test_values_typed_into_a_pdf_forms_fields_and_typewriter_notes_are_read_where_they_sit():
    text = extract_text(CORPUS / "chicago-police-district-council-001" / "2023-06-06-district-council-agenda.pdf").text
    lines = [" ".join(line.split()) for line in text.split("\n")]
    assert "Date/Time: June 6, 530pm" in lines  # a field of one line, beside its label
    assert "Location/Address: Maggie Daley Fieldhouse,337 E Randolph St" in lines  # a field, then a typed note
    assert "Notice is hereby given that District Council 001 will hold a public meeting." in lines  # over its blank
    assert lines[lines.index("5. Discussions") + 1] == "Introductions"  # a text area, line under line


def test_markdown_backslash_escapes_are_the_characters_they_escape(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("**1\\. Call to Order**\n\nCost: \\$5 \\* 2, path C:\\Temp\n", encoding="utf-8")
    assert extract_text(source).text == "**1. Call to Order**\n\nCost: $5 * 2, path C:\\Temp\n"


def test_markdown_comments_and_images_alone_on_a_line_are_not_text(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("<!-- Page 1 -->\n![Logo](https://example.com/logo.png)\n\nMinutes\n<!-- Page\n2 -->\nText.\n",
                      encoding="utf-8")
    assert extract_text(source).text == "\n\n\nMinutes\n\n\nText.\n"


def test_html_pages_title_naming_a_body_is_kept_and_the_sites_furniture_is_not(tmp_path):
    source = tmp_path / "minutes.html"
    source.write_text("<!DOCTYPE html><html><head><title>Minutes – 14 November 2023 – Ashcombe Parish Council</title>"
                      "</head><body><nav><a href='/'>Home</a></nav><h1>Minutes of the Parish Council Meeting</h1>"
                      "<form id='aspnetForm'><p>Present: Cllr A Bell</p></form><footer>© 2023</footer></body></html>",
                      encoding="utf-8")
    assert extract_text(source).text == ("Minutes – 14 November 2023 – Ashcombe Parish Council\n\n"
                                         f"{HEADING_MARK}{LEVEL_MARK}Minutes of the Parish Council Meeting\n\n"
                                         "Present: Cllr A Bell\n")


def test_a_line_in_bold_over_running_text_after_a_hard_break_is_a_heading_a_heading_block_is_not(tmp_path):
    source = tmp_path / "minutes.md"
    head = ("**TOWN OF HADBURY**  \n**MONDAY, MAY 11, 2020**  \n**5:00 PM**\n\n**Regular Meeting**  \n"
            "Board of Selectmen  \n\n")
    motion = "**Gendreau made the following motion:**  \n**\"To authorize the note.\"**\n"
    source.write_text(f"{head}**New Business:**  \n**Tax Anticipation Note (TAN)**  \nThe Finance Director requested a "
                      f"note for the summer.\n\n{motion}", encoding="utf-8")
    mark = HEADING_MARK
    assert extract_text(source).text == (f"{head}{mark}**New Business:**  \n{mark}**Tax Anticipation Note (TAN)**  \n"
                                         f"The Finance Director requested a note for the summer.\n\n{motion}")


def test_a_saved_web_page_is_read_from_its_title_and_its_entities_are_the_characters_they_show(tmp_path):
    source = tmp_path / "minutes.md"
    menu = "".join(f"- [Page {n}](https://example.org/{n})\n" for n in range(6))
    source.write_text(f"Skip to content\n\n{menu}\n# Board of Selectmen Minutes\n\nMonday, May 11, 2020\n\n"
                      "Water &amp; Light\n", encoding="utf-8")
    assert extract_text(source).text == "\n" * 9 + (f"{HEADING_MARK}{LEVEL_MARK}Board of Selectmen Minutes\n\n"
                                                    "Monday, May 11, 2020\n\nWater & Light\n")


def test_a_saved_web_page_s_foot_after_the_minutes_last_sentence_is_left_blank(tmp_path):
    source = tmp_path / "minutes.md"
    menu = "".join(f"- [Page {n}](https://example.org/{n})\n" for n in range(6))
    minutes = "# Board Minutes\n\nThe chairman closed the meeting at 8.15pm after a short discussion.\n\n"
    foot = ("## Contact Info\n\nPhone: 555 0100\n\n[Jo Bloggs](https://example.org/jo)\n\n**Hall Hours:**  \n"
            "Monday 9AM - 4PM\n\n[Disclaimer](https://example.org/d)\n\n- [Login](https://example.org/login)\n")
    source.write_text(f"Skip to content\n\n{menu}\n{minutes}{foot}", encoding="utf-8")
    text = extract_text(source).text
    assert "closed the meeting" in text and text.count("\n") == f"Skip\n\n{menu}\n{minutes}{foot}".count("\n")
    assert not any(word in text for word in ("Contact Info", "Phone", "Hall Hours", "Disclaimer", "Login"))


def test_a_saved_web_page_s_short_last_lines_with_fewer_than_three_links_are_kept(tmp_path):
    source = tmp_path / "minutes.md"
    menu = "".join(f"- [Page {n}](https://example.org/{n})\n" for n in range(6))
    source.write_text(f"Skip to content\n\n{menu}\n# Board Minutes\n\nThe chairman closed the meeting at 8.15pm "
                      "after a short discussion.\n\nRespectfully submitted,\n\nJo Bloggs, Clerk\n\n"
                      "[Agenda](https://example.org/agenda)\n", encoding="utf-8")
    assert "Jo Bloggs, Clerk" in extract_text(source).text


def test_an_item_s_title_in_bold_and_its_nothing_to_report_after_it_is_a_heading(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("Minutes\n\n**PUBLIC COMMENT:** None  \n\n**Present:** Ann Bell\n", encoding="utf-8")
    assert extract_text(source).text == (f"Minutes\n\n{HEADING_MARK}**PUBLIC COMMENT:** None  \n\n"
                                         "**Present:** Ann Bell\n")


def test_an_item_and_its_nothing_to_report_in_one_bold_line_is_a_heading(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("Minutes\n\n**Public Comments: None**\n\n**Correspondence: nil.**\n\n**Present:**\n\n"
                      "**Resolved: to pay the grant**\n", encoding="utf-8")
    assert extract_text(source).text == (f"Minutes\n\n{HEADING_MARK}**Public Comments: None**\n\n"
                                         f"{HEADING_MARK}**Correspondence: nil.**\n\n**Present:**\n\n"
                                         "**Resolved: to pay the grant**\n")


def test_text_above_a_markdown_title_that_is_not_a_website_s_menus_is_kept(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text("Minutes (Aug., 2019)\n\n# Town of North Star\nAugust 19, 2019\n", encoding="utf-8")
    assert extract_text(source).text == (f"Minutes (Aug., 2019)\n\n{HEADING_MARK}{LEVEL_MARK}Town of North Star\n"
                                         "August 19, 2019\n")


def test_restructured_text_is_read_as_markdown_line_for_line(tmp_path):
    source = tmp_path / "notes.rst"
    source.write_text("=====================\nWork Group Meeting Notes (2016-06-06)\n=====================\n\n"
                      ":Date: 2016-06-06\n\nAttendees::\n\n \t* Ann Bell - Hadley Ltd\n\n"
                      ".. sectnum::\n   :suffix: .\n\n.. a comment\n   over two lines\n\n"
                      "CHARTER\n=======\n::\n\n    Charter was adopted unanimously.\n\n"
                      "Roadmap\n-------\nSee ``docs`` and `the plan <https://example.org>`_.\n", encoding="utf-8")
    lines = extract_text(source).text.split("\n")
    assert len(lines) == 26  # every line where the file has it (and the last, empty)
    heading = "\ue000\ue001"  # a heading's mark and one level mark for each level
    assert [lines[k] for k in (1, 4, 6, 8, 16, 20, 22)] == [
        f"{heading}Work Group Meeting Notes (2016-06-06)", "Date: 2016-06-06", "Attendees:", "* Ann Bell - Hadley Ltd",
        f"{heading}\ue001CHARTER", "Charter was adopted unanimously.", f"{heading}\ue001\ue001Roadmap"]
    assert [lines[k] for k in (0, 2, 10, 11, 13, 14, 17, 18)] == [""] * 8  # rules, directives, comments, '::'
    assert lines[24] == "See docs and the plan."


def test_a_fenced_code_blocks_fences_are_blank_lines(tmp_path):
    text = markdown_text(tmp_path, "- A moved that the hashes be approved.\n\nThe hashes:\n```\nabc  a.json\n```\n"
                                   "  - B seconded.\n")
    assert text.split("\n")[3:7] == ["", "abc  a.json", "", "  - B seconded."]


def test_a_whole_web_page_is_read_from_the_element_holding_its_own_content(tmp_path):
    source = tmp_path / "minutes.html"
    words = "The meeting opened and the board took its business in order. " * 5
    source.write_text("<html><head><title>Python.org</title></head><body><header><h1>python.org</h1><p>The "
                      "Programming Language</p></header><div class='row'><div id='content-main'><p>March 8, 2005</p>"
                      f"<h1>1. Attendance</h1><p>{words}</p></div><div class='span4'><h3>Using python for</h3>"
                      "<ul><li>Web</li></ul></div></div></body></html>", encoding="utf-8")
    text = extract_text(source).text
    assert text.startswith("March 8, 2005\n\n") and "1. Attendance" in text
    assert "python.org" not in text and "Using python for" not in text  # the masthead and sidebar are the site's


def test_a_markdown_pipe_table_is_read_as_rows_of_cells_apart_by_tabs_one_paragraph(tmp_path):
    text = markdown_text(tmp_path, "Present\n\n| Name | Title |\n|---|:---:|\n| Ann Lee | Chair |\n| Bo Chen \\| Jr | "
                                   "Clerk |\n\nText\n")
    assert text.split("\n") == ["Present", "", "", "Name\tTitle", "Ann Lee\tChair", "Bo Chen | Jr\tClerk", "",
                                "Text", ""]


def test_a_php_page_is_read_as_the_html_it_prints(tmp_path):
    source = tmp_path / "minutes.php"
    source.write_text('<?php require_once("app.php"); # a comment\n\t$pageTitle = "Board Meeting Minutes";\n'
                      '\t$html = <<<EOHTML\n<h1>$pageTitle</h1>\n<p>The Board met.</p>\nEOHTML;\n'
                      '\t$App->generatePage($html);\n\tfunction helper() {\n\t\t$x = <<<EOHTML\n<h3>$type Candidates'
                      '</h3>\nEOHTML;\n\t\treturn $x;\n\t}\n?>\n', encoding="utf-8")
    assert extract_text(source).text == f"{HEADING_MARK}{LEVEL_MARK}Board Meeting Minutes\n\nThe Board met.\n"


def test_a_word_processor_s_html_table_rows_and_its_emphasised_headings(tmp_path):
    source = tmp_path / "minutes.html"
    source.write_text('<table><tr><td><p><b>Present</b></p></td><td> <p>Director</p> </td></tr>'
                      '<tr><td><p>Y</p></td><td><p>Ann Bell</p></td></tr></table>'
                      '<p><u><b>Budget:</b></u></p><p>Text.</p>'
                      '<p><span><u>2012 Members Meeting</u></span><span>:&nbsp; Ann moved.</span></p>'
                      '<p><b>Present:</b> Ann Bell</p><p><u>/s/ Janet Campbell</u></p>', encoding="utf-8")
    assert extract_text(source).text.split("\n") == [
        "Present\tDirector", "Y\tAnn Bell", "", f"{HEADING_MARK}Budget:", "", "Text.", "",
        f"{HEADING_MARK}2012 Members Meeting", "", "Ann moved.", "", "Present: Ann Bell", "", "/s/ Janet Campbell", ""]


def test_a_scribe_s_page_header_dated_outside_its_main_element_and_its_definition_list(tmp_path):
    source = tmp_path / "minutes.html"
    source.write_text("<body><header><h1>X Working Group Telco</h1><h2>08 October 2025</h2></header>"
                      "<dl class=intro><dt>Present</dt><dd>Ann Bell, Tom Hale</dd><dt>Chair</dt><dd>Ann Bell</dd></dl>"
                      "<main><h2>Meeting minutes</h2><section><h3>Topic</h3><p><cite>ann:</cite> We agreed.</p>"
                      f"<p class=resolution><strong>RESOLUTION:</strong> We will publish it.</p>{'<p>Text.</p>' * 60}"
                      "</section></main></body>", encoding="utf-8")
    lines = extract_text(source).text.split("\n")
    assert lines[:8] == [f"{HEADING_MARK}{LEVEL_MARK}X Working Group Telco", "",
                         f"{HEADING_MARK}{LEVEL_MARK * 2}08 October 2025", "", "Present: Ann Bell, Tom Hale",
                         "Chair: Ann Bell", "", f"{HEADING_MARK}{LEVEL_MARK * 2}Meeting minutes"]
    assert "RESOLUTION: We will publish it." in lines


def test_a_definition_list_in_html_in_a_markdown_file_is_each_label_with_what_it_labels(tmp_path):
    source = tmp_path / "minutes.md"
    source.write_text('<dl class="dl-horizontal">\n\t<dt>Members present</dt>\n\t\t<dd>Ann Bell, Cy Hale</dd>\n'
                      '\t<dt>Chairman</dt>\n\t<dd><a href="/members/ann-bell.html">Ann Bell</a></dd>\n</dl>\n',
                      encoding="utf-8")
    lines = read_lines(str(source), extract_text(source).text)[0]
    assert [(line.number, line.text) for line in lines if line.text] == [
        (3, "Members present: Ann Bell, Cy Hale"), (5, "Chairman: Ann Bell")]


def test_an_asciidoc_file_is_read_as_markdown_line_for_line(tmp_path):
    source = tmp_path / "2018-01-17.adoc"
    source.write_text("---\ntitle: CAT Meeting Minutes 2018-01-17\nparticipants:\n  - Ann Bell\nexcused:\n  - Cy Hale\n"
                      "scheduled_time: 8:00-9:30pm\nsecretariat: Di Lord\n---\n:toc:\n// a comment\n\n"
                      "== Approval of Agenda\n\nApproved.\n\n=== WG 5 (Dates and times)\n\nSee link:https://x.org[the "
                      "draft] and \"`the rules`\".\n\n----\nliteral\n----\n\n|===\n|No| Action| Owner\n\n|1\n|Send "
                      "the list\n|@Di\n|===\n", encoding="utf-8")
    lines = read_lines(str(source), extract_text(source).text)[0]
    assert [(line.number, line.heading, line.level, line.text) for line in lines if line.text] == [
        (2, False, 0, "CAT Meeting Minutes 2018-01-17"), (3, False, 0, "Present:"), (4, False, 0, "  - Ann Bell"),
        (5, False, 0, "Apologies:"), (6, False, 0, "  - Cy Hale"), (7, False, 0, "Time: 8:00-9:30pm"),
        (8, False, 0, "Secretariat: Di Lord"), (13, True, 2, "Approval of Agenda"), (15, False, 0, "Approved."),
        (17, True, 3, "WG 5 (Dates and times)"), (19, False, 0, "See the draft and “the rules”."),
        (22, False, 0, "literal"), (26, False, 0, "No\tAction\tOwner"), (28, False, 0, "1\tSend the list\t@Di")]


def test_an_html_definition_list_of_reports_is_sections_titled_by_its_terms_one_of_labels_stays_labels(tmp_path):
    source = tmp_path / "minutes.html"
    source.write_text("<h3>COMMITTEE REPORTS</h3>\n<dl><dt>Annual Meeting &#151; Kelly Bitner</dt>\n<dd>Kelly is "
                      "chairing the Annual Meeting for October 19 at the Sheraton.</dd>\n<dt>Archives</dt><dd>No "
                      "report</dd>\n<dt>Membership</dt><dd>We have three new members and a total of 87 members.</dd>"
                      "</dl>\n<dl><dt>Present</dt><dd>Ann Bell, Cy Hale, Di Lord, Ed Moss, Flo Nye, Gus Orr, Hal Poe"
                      "</dd></dl>\n",
                      encoding="utf-8")
    text = extract_text(source).text
    mark = HEADING_MARK + LEVEL_MARK * 4
    assert [line for line in text.split("\n") if line] == [
        f"{HEADING_MARK}{LEVEL_MARK * 3}COMMITTEE REPORTS", f"{mark}Annual Meeting — Kelly Bitner",
        "Kelly is chairing the Annual Meeting for October 19 at the Sheraton.", f"{mark}Archives", "No report",
        f"{mark}Membership", "We have three new members and a total of 87 members.",
        "Present: Ann Bell, Cy Hale, Di Lord, Ed Moss, Flo Nye, Gus Orr, Hal Poe"]


def test_superscripts_are_part_of_their_word_and_an_html_link_in_markdown_shows_its_text_inner_tags_and_all(tmp_path):
    text = markdown_text(tmp_path, 'The Hall on <a href="https://x.org/e/1">Monday 11<sup>th</sup> May 2015</a>.\n')
    assert read_lines("minutes.md", text)[0][0].text == "The Hall on Monday 11th May 2015."


def test_an_html_list_s_entry_with_no_text_gives_its_number_to_nothing_after_it(tmp_path):
    text = markdown_text(tmp_path, "<ol>\n<li>Open</li>\n<li>Close</li>\n</ol>\n<ul>\n<li>\n</li>\n</ul>\n\n"
                                   "The chair thanked everyone.\n")
    assert [line for line in text.split("\n") if line.strip()] == ["1. Open", "2. Close", "The chair thanked everyone."]


def test_html_headings_and_a_pages_structure_in_a_markdown_file_are_read_line_for_line(tmp_path):
    source = tmp_path / "aug2021.md"
    source.write_text('---\ntitle: August 2021 Committee Meeting\n---\n<main class="cwm-main">\n  <section>\n'
                      '    <article class="cwm-item">\n      <header>\n'
                      '        <h2 class="cwm-h2">Treasurer\'s Report</h2>\n        <div><time>7:36pm</time></div>\n'
                      '      </header>\n      <p>Owed about $3K.</p>\n    </article>\n  </section>\n</main>\n',
                      encoding="utf-8")
    lines = read_lines(str(source), extract_text(source).text)[0]
    assert [(line.number, line.heading, line.text.strip()) for line in lines if line.text.strip()] == [
        (2, False, "August 2021 Committee Meeting"), (8, True, "Treasurer's Report"), (9, False, "7:36pm"),
        (11, False, "Owed about $3K.")]


def test_a_ticked_task_list_entry_is_its_entry_and_an_unticked_one_stays_as_printed(tmp_path):
    source = tmp_path / "2020-04-02.md"
    source.write_text("TSC members:\n\n  * [x] Luke Emrose, Animal Logic\n  * [ ] Eric Enderton, NVIDIA\n",
                      encoding="utf-8")
    lines = read_lines(str(source), extract_text(source).text)[0]
    assert [line.stripped for line in lines if line.stripped] == [
        "TSC members:", "* Luke Emrose, Animal Logic", "* [ ] Eric Enderton, NVIDIA"]
