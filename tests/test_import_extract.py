"""extract_text: every kind of source file as text with one form feed per page."""

import re
import shutil
from pathlib import Path

import pytest

from minutebook.importer.extract import ExtractError, extract_text, page_list
from minutebook.importer.ocr import read_scans

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
SCAN = CORPUS / "ambridge-borough" / "2016-07-12-borough-council-agenda.pdf"


def test_text_file_is_read_as_it_is(tmp_path):
    source = tmp_path / "minutes.txt"
    source.write_bytes("\ufeffMINUTES\r\n\n1. Apologies\n".encode())
    extracted = extract_text(source)
    assert (extracted.text, extracted.kind, extracted.ocr_pages) == ("MINUTES\r\n\n1. Apologies\n", "text", ())


def test_markdown_file_is_text(tmp_path):
    source = tmp_path / "agenda.md"
    source.write_text("# AGENDA\n\n1. **Apologies**\n", encoding="utf-8")
    assert extract_text(source).text == "# AGENDA\n\n1. **Apologies**\n"


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
    assert "Minutes of the Transport and Connectivity" in pages[0]
    assert re.search(r"^12 +Q1 2024/25 Corporate Risk Report", pages[14], re.M)  # on pdftotext's page too
    assert "Meeting ended at 8.10 pm" in pages[14]


def test_pdf_keeps_item_numbers_at_line_start_and_columns_apart():
    pdf = CORPUS / "omaha" / "2012-10-16-city-council-agenda.pdf"
    lines = extract_text(pdf).text.split("\n")
    assert any(line.startswith("1.") and line[2:].lstrip().startswith("City Clerk calls the roll.") for line in lines)
    assert any(line.startswith("4.") and "City Clerk certifies publication" in line for line in lines)


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
