"""The importer on real documents: every corpus document, imported from its original file, finds at least
the facts of its hand-written expected reading that it found when the floor was last raised, and gets no
more wrong (tests/corpus/floor.yml; the full table is `make bench-import`)."""

from __future__ import annotations

import pytest
from corpus_score import CORPUS, ORIGINALS, expected_files, read_floor, run_one

EXPECTED = expected_files([])
FLOOR = read_floor()


@pytest.mark.parametrize("expected", EXPECTED, ids=[e.relative_to(CORPUS).as_posix() for e in EXPECTED])
def test_document_keeps_its_fidelity(expected):
    result = run_one(expected, from_text=False)
    floor = FLOOR.get(result.document)
    assert floor is not None, f"{result.document}: no floor; run benchmarks/import_corpus.py --write-floor"
    tally = result.tally
    assert tally.found >= floor["found"], "\n".join([f"{tally.found} facts found < {floor['found']}", *tally.misses])
    assert tally.wrong + tally.invented <= floor["wrong"], "\n".join(
        [f"{tally.wrong + tally.invented} facts wrong or invented > {floor['wrong']}", *tally.misses])


def test_every_expected_reading_belongs_to_a_document():
    for expected in EXPECTED:
        stem = expected.name.removesuffix(".expected.yml")
        assert any(expected.with_name(stem + s).exists() for s in ORIGINALS), expected
