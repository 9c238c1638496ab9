"""Councils other than Harrow: ModernGov agendas and minutes, parish minutes, a truncated file - each
tests/documents/*.txt read against its hand-written *.expected.yml (same format as seeds.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from compare_expected import compare, load

from minutebook.importer import run_import

DOCUMENTS = sorted((Path(__file__).parent / "documents").glob("*.txt"))
# Documents the importer does not yet read as expected (strict: a pass here must remove the entry).
NOT_YET_READ: set[str] = set()


def _param(document: Path):
    marks = [pytest.mark.xfail(strict=True, reason="layout not yet read")] if document.stem in NOT_YET_READ else []
    return pytest.param(document, id=document.stem, marks=marks)


@pytest.mark.parametrize("document", [_param(d) for d in DOCUMENTS])
def test_document_read_as_expected(document, tmp_path):
    report = run_import([document], tmp_path, root=document.parent)
    assert not report.errors, report.summary()
    comparison = compare(load(tmp_path), document.with_suffix(".expected.yml"))
    misses = comparison.meeting_misses + comparison.item_misses + comparison.attendance_misses
    assert not misses, "\n".join(misses)


def test_all_documents_imported_together(tmp_path):
    """One archive from every layout: names shared across councils never confuse the importer."""
    report = run_import(DOCUMENTS, tmp_path, root=DOCUMENTS[0].parent)
    assert not report.errors, report.summary()
    expected = {(m["body"], str(m["date"])) for d in DOCUMENTS
                for m in yaml.safe_load(d.with_suffix(".expected.yml").read_text(encoding="utf-8"))["meetings"]}
    assert len(load(tmp_path).meetings) == len(expected)  # the ModernGov agenda and minutes are one meeting
