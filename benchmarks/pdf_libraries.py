"""Compare PDF text extractors on the corpus: time per page and closeness to `pdftotext -layout`.

    python benchmarks/pdf_libraries.py [LIBRARY ...] [--files GLOB]

pdfplumber (the importer's choice), pdfminer.six and pypdfium2 are in requirements.txt; `pip install pypdf`
to compare it too. How many facts of the hand-written readings each one lets the importer find is
benchmarks/import_corpus.py's question; the figures are in docs/importing.md.

Every corpus PDF has the `pdftotext -layout` text beside it (tests/corpus/SOURCES.md); the importer's
rules were written against that layout, so it is the reference. For each library and file:

- `s/page`: seconds per page (one process, one core);
- `lines`: share of the reference's non-blank lines found as a line of the output (spaces collapsed):
  rows kept together, columns not interleaved, reading order right;
- `cols`: the same with column gaps (2+ spaces) where pdftotext has them: table columns kept apart, and no
  gaps that pdftotext does not print;
- `starts`: share of reference lines opening with an item number ("4.", "12)", "107/20", "IV.") whose
  first three words also open a line of the output;
- `words`: difflib ratio of the two word sequences (nothing lost, nothing doubled);
- `pages`: whether the output has one form feed per page, as pdftotext.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START_RE = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})*[.)]|\d{1,4}/\d{2,4}|[IVX]{1,4}\.|\(?[a-z]\))\s")


def pypdf_layout(path: Path) -> str:
    from pypdf import PdfReader
    return "\f".join(page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages) + "\f"


def pypdf_plain(path: Path) -> str:
    from pypdf import PdfReader
    return "\f".join(page.extract_text() for page in PdfReader(path).pages) + "\f"


def pdfplumber_layout(path: Path) -> str:
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\f".join(page.extract_text(layout=True) for page in pdf.pages) + "\f"


def pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_text
    return extract_text(path)


def pypdfium2_text(path: Path) -> str:
    import pypdfium2
    pdf = pypdfium2.PdfDocument(path)
    try:
        return "\f".join(pdf[i].get_textpage().get_text_range().replace("\r\n", "\n")
                         for i in range(len(pdf))) + "\f"
    finally:
        pdf.close()


def minutebook(path: Path) -> str:
    from minutebook.importer.extract import extract_text
    return extract_text(path).text


LIBRARIES: dict[str, Callable[[Path], str]] = {
    "pypdf-layout": pypdf_layout,
    "pypdf": pypdf_plain,
    "pdfplumber-layout": pdfplumber_layout,
    "pdfminer": pdfminer_text,
    "pypdfium2": pypdfium2_text,
    "minutebook": minutebook,
}


def _collapse(line: str) -> str:
    return " ".join(line.split())


def _gaps(line: str) -> str:
    return " | ".join(_collapse(part) for part in re.split(r"\s{2,}", line.strip()))


def score(reference: str, output: str) -> dict[str, float]:
    ref_lines = [line for line in reference.split("\n") if line.strip()]
    out_lines = [line for line in output.replace("\f", "\n").split("\n") if line.strip()]
    if not ref_lines:
        return {}
    found = Counter(_collapse(line) for line in out_lines)
    gapped = Counter(_gaps(line) for line in out_lines)
    starts = Counter(" ".join(line.split()[:3]) for line in out_lines)
    lines = cols = 0
    for line in ref_lines:
        key = _collapse(line)
        if found[key] > 0:
            found[key] -= 1
            lines += 1
        key = _gaps(line)
        if gapped[key] > 0:
            gapped[key] -= 1
            cols += 1
    numbered = [line for line in ref_lines if START_RE.match(line)]
    opened = sum(1 for line in numbered if starts[" ".join(line.split()[:3])] > 0)
    words = difflib.SequenceMatcher(None, reference.split(), output.split(), autojunk=False).ratio()
    return {"lines": lines / len(ref_lines), "cols": cols / len(ref_lines),
            "starts": opened / len(numbered) if numbered else 1.0, "words": words,
            "pages": float(output.count("\f") == reference.count("\f"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("libraries", nargs="*", default=list(LIBRARIES))
    parser.add_argument("--files", default="tests/corpus/*/*.pdf")
    args = parser.parse_args()
    files = sorted(ROOT.glob(args.files))
    totals: dict[str, Counter] = {name: Counter() for name in args.libraries}
    for path in files:
        reference = path.with_suffix(".txt").read_text(encoding="utf-8")
        pages = reference.count("\f")
        if not reference.replace("\f", "").strip():
            continue  # a scan: nothing to compare
        for name in args.libraries:
            start = time.perf_counter()
            output = LIBRARIES[name](path)
            seconds = time.perf_counter() - start
            marks = score(reference, output)
            totals[name].update({"seconds": seconds, "pages": pages, "files": 1,
                                 **{f"sum_{k}": v for k, v in marks.items()}})
            print(f"{path.relative_to(ROOT)} {pages}p {name:18} {seconds / pages:6.3f} s/page  "
                  + "  ".join(f"{k} {v:.3f}" for k, v in marks.items()), flush=True)
    print("\nlibrary             s/page  lines   cols  starts  words  pages  (means over files)")
    for name, total in totals.items():
        n = total["files"] or 1
        print(f"{name:18} {total['seconds'] / max(total['pages'], 1):6.3f}  "
              + "  ".join(f"{total[f'sum_{k}'] / n:5.3f}" for k in ("lines", "cols", "starts", "words", "pages")))


if __name__ == "__main__":
    main()
