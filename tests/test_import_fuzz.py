"""Fuzzed, truncated and shuffled input never crashes the importer: it yields records of what could be
read, or problems naming file and line (hypothesis property tests)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from minutebook.importer import run_import
from minutebook.importer.lines import read_lines
from minutebook.importer.parts import split_parts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "sources" / "harrow").glob("*.txt")) + sorted((ROOT / "tests" / "documents").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
LINES = [line for text in TEXTS for line in text.split("\n")]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def import_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "fuzz.txt"
        source.write_text(text, encoding="utf-8", errors="surrogatepass")
        content = Path(folder) / "content"
        report = run_import([source], content, root=Path(folder))
        assert not [p for p in report.errors if p.code in ("import-failed", "invalid-record")], report.summary()
        for problem in report.warnings:
            assert problem.path == "fuzz.txt" or problem.path.endswith((".yml", ".md")), problem
        assert report.summary()
        before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
        run_import([source], content, root=Path(folder))
        assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == before


@SETTINGS
@given(st.sampled_from(range(len(TEXTS))), st.floats(0, 1))
def test_truncated_document(index, fraction):
    text = TEXTS[index]
    import_text(text[: int(len(text) * fraction)])


@SETTINGS
@given(st.lists(st.sampled_from(LINES), max_size=120))
def test_shuffled_real_lines(lines):
    import_text("\n".join(lines))


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000))
def test_arbitrary_text(text):
    import_text(text)


@SETTINGS
@given(st.sampled_from(range(len(TEXTS))), st.integers(0, 10**6), st.text(max_size=40))
def test_text_spliced_into_a_document(index, position, noise):
    text = TEXTS[index]
    at = position % (len(text) + 1)
    lines, _ = read_lines("doc.txt", text[:at] + noise + text[at:])
    assert all(part.lines for part in split_parts(lines))


PDF_JUNK = ["\f", "-\n", "\u00a0" * 30, "x" * 300, " " * 200, "(", ")", ";", ":", "\t", "*", "\u2020", "RESOLVED:",
            "Councillor ", "1.\n", "(1) ", "Page 3 of 4\n", "\ufb01", "\r\n", " / ", "Item 9 - ", "PL1/20 ", "18:30",
            "MINUTES\n", "AGENDA\n", "Sederunt: ", "The Committee agreed:-\n", "carried 5 for, 1 against: to "]


@SETTINGS
@given(st.sampled_from(range(len(TEXTS))), st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(PDF_JUNK)),
                                                    max_size=30))
@example(7, [(105, "Councillor "), (349, "AGENDA\n")])  # two document starts on one line: their rules never compared
@example(15, [(0, "18:30"), (529, "\u00a0" * 30)])  # 'Cllr C' + a gap + 'Ormerod': re-importing changed the record
@example(10, [(1057, "x" * 300)])  # 'Tha<300 x>t Council be recommended to ...': a body named by a 300-letter word
# 'Councillor RESOLVED: RESOLVED:Maitland' apologised: re-importing matched the names otherwise and changed the record
# (a name holds no colon)
@example(9, [(0, "The Committee agreed:-\n"), (12856, "Councillor "), (57429, "Item 9 - "), (3822, "RESOLVED:"),
             (770, "RESOLVED:"), (760, "RESOLVED:"), (12856, "Councillor ")])
@example(9, [(0, "The Committee agreed:-\n"), (787, "RESOLVED:"), (0, "RESOLVED:"), (0, "Item 9 - "), (0, "AGENDA\n"),
             (778, "\f"), (12850, "Councillor ")])  # 'Councillor Fiona Councillor Maitland': two members, no name
@example(9, [(0, "The Committee agreed:-\n"), (778, "\u00a0" * 30)])  # 'Councillor Fiona' + a gap + 'Maitland': the
# given name alone and the full name after it, one person only once the full name was in the registry
@example(7, [(327, "1.\n"), (498, "RESOLVED:"), (497, "\f"), (497, "(1) "), (498, "PL1/20 "), (498, "\f"),
             (498, "x" * 300), (498, " / "), (2828, "Councillor ")])  # a post before a surname read in a list whose
# own post was then taken for a word list: the importer failed
def test_layout_junk_spliced_into_a_document(index, splices):
    """Pieces of the layouts the block rules know, spliced anywhere: a rule never loops or crashes."""
    text = TEXTS[index]
    for position, junk in splices:
        at = position % (len(text) + 1)
        text = text[:at] + junk + text[at:]
    import_text(text)
