"""synthetic.py and `build.py synth`: an archive that looks like a real one, the same for the same seed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from conftest import ROOT, build_cli

from minutebook.synthetic import POOL, WORDY, real_sentences, sentences, source_texts


def digest(folder: Path) -> str:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return hashlib.sha256(b"".join(p.relative_to(folder).as_posix().encode() + p.read_bytes() for p in files)
                          ).hexdigest()


def test_the_same_seed_writes_the_same_archive_and_another_seed_another(tmp_path):
    for name, seed in (("a", "1"), ("b", "1"), ("c", "2")):
        result = build_cli("synth", "--meetings", "40", "--content", str(tmp_path / name), "--seed", seed)
        assert result.returncode == 0, result.stderr
    assert digest(tmp_path / "a") == digest(tmp_path / "b") != digest(tmp_path / "c")
    assert len(list((tmp_path / "a" / "meetings").rglob("*.md"))) == 40


def test_a_document_added_to_the_corpus_changes_no_synthetic_archive(tmp_path):
    """The default draws from the kept pool, never from the corpus as it is now."""
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "tests" / "corpus", corpus)
    (corpus / "new-council").mkdir()
    (corpus / "new-council" / "2026-01-01-council-minutes.txt").write_text(
        "The Council agreed that every new sentence here would change what a corpus-drawn archive says.\n")
    assert sentences(source_texts([corpus])) != sentences(source_texts([ROOT / "tests" / "corpus"]))
    pool = real_sentences()
    assert pool == POOL.read_text(encoding="utf-8").splitlines()
    assert len(pool) == len(set(pool)) >= 100 and all(WORDY.match(s) for s in pool)


def test_sources_draw_from_other_texts_and_too_few_sentences_is_a_clear_message(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "minutes.txt").write_text("The Council approved the budget for the next year in full.\n")
    result = build_cli("synth", "--meetings", "5", "--content", str(tmp_path / "out"), "--sources", str(texts))
    assert result.returncode == 1 and "at least 100 are needed" in result.stderr
