"""The importer's fidelity on real documents: every corpus document imported on its own, from its original
file, and scored against its hand-written expected reading (tests/corpus/EXPECTED.md).

    make bench-import                                   # the table
    .venv/bin/python benchmarks/import_corpus.py --misses burton   # what was missed or wrong, per fact
    .venv/bin/python benchmarks/import_corpus.py --write-docs      # also rewrite the table in docs/
    .venv/bin/python benchmarks/import_corpus.py --neutral-names   # each from a copy named document.<ext>

Not part of `make test` (tests/test_corpus.py holds the floor the table must not fall below).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from corpus_score import CORPUS, FLOOR, Result, Tally, expected_files, run_one, write_floor  # noqa: E402

DOCS_PAGE = ROOT / "docs" / "importer-fidelity.md"
BEGIN, END = "<!-- fidelity table: benchmarks/import_corpus.py --write-docs -->", "<!-- end of fidelity table -->"


def table(results: list[Result]) -> str:
    rows = ["| document | meetings found | facts expected | found | missed | wrong | invented | found % | time |",
            "|---|---|---|---|---|---|---|---|---|"]
    total = Tally()
    for r in results:
        t = r.tally
        total.add(t)
        missed = t.expected - t.found - t.wrong
        rows.append(f"| `{r.document}`{' (failed)' if r.failure else ''} | {r.recognised} / {r.meetings} | "
                    f"{t.expected} | {t.found} | {missed} | {t.wrong} | {t.invented} | {100 * t.rate:.0f} % | "
                    f"{r.seconds:.2f} s |")
    missed = total.expected - total.found - total.wrong
    rows.append(f"| **all {len(results)} documents** | {sum(r.recognised for r in results)} / "
                f"{sum(r.meetings for r in results)} | {total.expected} | {total.found} | {missed} | {total.wrong} | "
                f"{total.invented} | {100 * total.rate:.1f} % | {sum(r.seconds for r in results):.1f} s |")
    return "\n".join(rows)


def write_docs(text: str) -> None:
    page = DOCS_PAGE.read_text(encoding="utf-8")
    head, rest = page.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    DOCS_PAGE.write_text(f"{head}{BEGIN}\n{text}\n{END}{tail}", encoding="utf-8")


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("only", nargs="*", help="documents whose path contains one of these words")
    options.add_argument("--from-text", action="store_true", help="import the pdftotext .txt beside each PDF")
    options.add_argument("--neutral-names", action="store_true",
                         help="import each from a copy named document.<ext>: nothing its file's name says helps")
    options.add_argument("--misses", action="store_true", help="print every fact missed, wrong or invented")
    options.add_argument("--write-docs", action="store_true", help=f"rewrite the table in {DOCS_PAGE.name}")
    options.add_argument("--write-floor", action="store_true",
                         help=f"record these figures in {FLOOR.name}, the floor tests/test_corpus.py holds")
    args = options.parse_args()
    results = []
    for expected in expected_files(args.only):
        result = run_one(expected, args.from_text, args.neutral_names)
        results.append(result)
        if args.misses:
            print(f"## {result.document}: {result.tally.found}/{result.tally.expected} {result.failure}")
            print("\n".join(f"  {m}" for m in result.tally.misses))
    text = table(results)
    print(text)
    unread = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*")
                    if p.suffix in (".pdf", ".md") and p.name not in ("EXPECTED.md", "SOURCES.md")
                    and not p.with_name(p.name.rsplit(".", 1)[0] + ".expected.yml").exists())
    if unread:
        print(f"\nno expected reading yet: {', '.join(unread)}")
    if (args.write_docs or args.write_floor) and (args.neutral_names or args.from_text or args.only):
        print("the docs' table and the floor are written from a whole run on the original files only")
        return 2
    if args.write_docs:
        write_docs(text)
    if args.write_floor:
        write_floor(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
