"""Councils other than Harrow: ModernGov agendas and minutes, parish minutes, a truncated file - each
tests/documents/*.txt read against its hand-written *.expected.yml (same format as seeds.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
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
