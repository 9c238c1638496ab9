"""Score an import against a hand-written expected reading (tests/corpus/EXPECTED.md gives the format).

Every expected fact is found, missed or wrong; whatever the importer produced that the reading does not
have (a meeting, an item, an attendee) is wrong too: an invented fact costs as much as a wrong one.
Used by `benchmarks/import_corpus.py` (the fidelity table) and `tests/test_corpus.py` (its floor).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from compare_expected import Imported, load, norm

from minutebook.importer import run_import
from minutebook.importer.worker import Options

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
FLOOR = CORPUS / "floor.yml"
ORIGINALS = (".pdf", ".md", ".rst", ".adoc", ".html", ".php", ".txt")  # the published file first: a PDF's .txt is
# only beside it

HONORIFICS = {"councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "commissioner", "mayor",
              "alderman", "director", "chair", "chairman", "trustee", "rev", "revd", "prof"}
ROLE_SYNONYMS = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "vc": "vice chair",
                 "vice chairman": "vice chair", "vice-chair": "vice chair", "vice chairperson": "vice chair",
                 "v chairman": "vice chair"}


def fold(text: object) -> str:
    """norm() with accents and zero-width characters gone: 'Zoë' and 'Zoe' are one spelling."""
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return norm(text)


def name_key(name: object) -> str:
    """A person's name without honorifics, initials' dots or middle initials."""
    words = [w for w in fold(name).split() if w not in HONORIFICS]
    if len(words) > 2:
        words = [words[0], *[w for w in words[1:-1] if len(w) > 1], words[-1]]
    return " ".join(words)


def role_key(role: object) -> str:
    text = fold(role)
    return ROLE_SYNONYMS.get(text, text)


@dataclass
class Tally:
    """Counts of one document (or the corpus): expected facts found, missed and wrong, and what was invented."""

    expected: int = 0
    found: int = 0
    wrong: int = 0
    invented: int = 0
    misses: list[str] = field(default_factory=list)

    def hit(self) -> None:
        self.expected += 1
        self.found += 1

    def miss(self, why: str) -> None:
        self.expected += 1
        self.misses.append(f"missed: {why}")

    def bad(self, why: str) -> None:
        self.expected += 1
        self.wrong += 1
        self.misses.append(f"wrong: {why}")

    def extra(self, why: str) -> None:
        self.invented += 1
        self.misses.append(f"invented: {why}")

    def check(self, ok: bool | None, why: str) -> None:
        """ok True: found; False: wrong; None: missed."""
        if ok:
            self.hit()
        elif ok is None:
            self.miss(why)
        else:
            self.bad(why)

    def add(self, other: Tally) -> None:
        self.expected += other.expected
        self.found += other.found
        self.wrong += other.wrong
        self.invented += other.invented
        self.misses += other.misses

    @property
    def rate(self) -> float:
        return self.found / self.expected if self.expected else 1.0


class Names:
    """The imported registries as lookups: person id -> name keys, body id -> name keys."""

    def __init__(self, imported: Imported) -> None:
        self.people = {p["id"]: {name_key(n) for n in [p["name"], *p.get("aliases", [])]} for p in imported.people}
        self.bodies = {b["id"]: [fold(n) for n in [b["name"], *b.get("aliases", [])]] for b in imported.bodies}
        self.organisations = {o["id"]: fold(o["name"]) for o in imported.organisations}

    def person(self, person_id: str | None, wanted: set[str]) -> bool:
        return bool(self.people.get(person_id or "", {name_key(person_id)}) & wanted)

    def body(self, body_id: str, wanted: list[str]) -> bool:
        """A body matches when one name contains the other as whole words ('Parish Council' and
        'Burton-cum-Walden Parish Council')."""
        names = self.bodies.get(body_id, [fold(body_id.replace("-", " "))])
        return any(re.search(rf"\b{re.escape(w)}\b", n) or re.search(rf"\b{re.escape(n)}\b", w)
                   for w in wanted if w for n in names if n)


def wanted_names(entry: dict) -> set[str]:
    return {name_key(n) for n in [entry["name"], *entry.get("also_spelled", [])]}


def same_text(got: object, want: object) -> bool:
    """Equal after folding case and punctuation; a venue or title may add or drop a trailing part."""
    a, b = fold(got), fold(want)
    if not a or not b:
        return a == b
    short, long_ = sorted((a, b), key=len)
    return a == b or (long_.startswith(short) and len(short) >= 0.6 * len(long_))


def _times(tally: Tally, meeting, want: dict, where: str) -> None:
    for key in ("start", "end", "venue"):
        if key not in want:
            continue
        got, expected = getattr(meeting, key), want[key]
        if expected is None:
            if got:
                tally.extra(f"{where}: {key} {got!r} (the document gives none)")
            continue
        tally.check(None if not got else same_text(got, expected), f"{where}: {key} {got!r} != {expected!r}")


def _attendance(tally: Tally, names: Names, meeting, want: dict, where: str) -> None:
    unmatched = list(meeting.attendance)
    for entry in want.get("attendance") or []:
        wanted = wanted_names(entry)
        got = next((a for a in unmatched if names.person(a.person, wanted)), None)
        label = f"{where}: {entry['name']}"
        if got is None:
            tally.miss(f"{label} ({entry['status']})")
            if entry.get("role"):
                tally.miss(f"{label} role {entry['role']!r}")
            continue
        unmatched.remove(got)
        tally.check(got.status == entry["status"], f"{label}: status {got.status} != {entry['status']}")
        if entry.get("role"):
            printed = {role_key(got.role), role_key(got.position), names.organisations.get(got.organisation or "")}
            tally.check(role_key(entry["role"]) in printed if (got.role or got.position) else None,
                        f"{label}: role {got.role!r} != {entry['role']!r}")
    for extra in unmatched:
        tally.extra(f"{where}: attendee {extra.person} ({extra.status})")


def _numbers(item) -> set[str]:
    return {fold(n).replace(" ", "") for n in (item.minute, item.agenda) if n}


def _match_items(meeting, expected: list[dict]) -> tuple[list[tuple[dict, object | None]], list]:
    """Pair expected items with imported ones: by number in document order, else by title."""
    free = list(meeting.items)
    pairs = []
    for want in expected:
        number = fold(want.get("number") or "").replace(" ", "")
        if number:
            got = next((i for i in free if number in _numbers(i)), None)
        else:
            got = next((i for i in free if same_text(i.title, want["title"])), None)
        if got is not None:
            free.remove(got)
        pairs.append((want, got))
    return pairs, free


def _item_facts(tally: Tally, want: dict, got, label: str) -> None:
    decisions = [*got.decisions, *(r.text for r in got.recommendations)]
    tally.check(same_text(got.title, want["title"]), f"{label}: title {got.title!r} != {want['title']!r}")
    if want.get("decisions") is not None:
        tally.check(len(decisions) == want["decisions"], f"{label}: {len(decisions)} decisions != "
                    f"{want['decisions']}")
    for start in want.get("decision_starts") or []:
        wanted = fold(start)
        tally.check(any(0 <= fold(d).find(wanted) <= 45 for d in decisions) or None,
                    f"{label}: no decision starting {start!r}")


def _items(tally: Tally, meeting, want: dict, where: str) -> None:
    pairs, free = _match_items(meeting, want.get("items") or [])
    for wanted, got in pairs:
        label = f"{where} item {wanted.get('number') or wanted['title']!r}"
        if got is None:
            tally.miss(label)
            tally.miss(f"{label}: title")
            if wanted.get("decisions") is not None:
                tally.miss(f"{label}: decisions")
            for start in wanted.get("decision_starts") or []:
                tally.miss(f"{label}: decision {start!r}")
            continue
        tally.hit()
        _item_facts(tally, wanted, got, label)
    for extra in free:
        tally.extra(f"{where}: item {extra.number or ''} {extra.title!r}")


def _acts(tally: Tally, names: Names, meeting, want: dict, where: str) -> None:
    declarations = [d for i in meeting.items for d in i.declarations]
    for entry in want.get("declarations") or []:
        tally.check(any(names.person(d.person, {name_key(entry["name"])}) for d in declarations) or None,
                    f"{where}: declaration by {entry['name']}")
    motions = [m for i in meeting.items for m in i.motions]
    wanted = want.get("motions") or []
    matched: dict[int, object] = {}  # each found motion answers for one expected motion only: both names and the
    # item first, then both names, then one name and the item
    for names_needed, item_needed in ((2, True), (2, False), (1, True)):
        for n, entry in enumerate(wanted):
            if n in matched:
                continue
            at = next((k for k, m in enumerate(motions)
                       if _agrees(names, m, entry, "mover") + _agrees(names, m, entry, "seconder") >= names_needed
                       and (not item_needed or entry.get("item") and same_text(getattr(m, "title", None),
                                                                               entry["item"]))), None)
            if at is not None:
                matched[n] = motions.pop(at)
    for n, entry in enumerate(wanted):
        match = matched.get(n)
        for role in ("mover", "seconder"):
            if entry.get(role):
                tally.check(match is not None and _agrees(names, match, entry, role) or None,
                            f"{where}: item {entry.get('item')} {role} {entry[role]}")
    votes = [v for i in meeting.items for v in getattr(i, "votes", ())]
    for entry in want.get("votes") or []:
        for side in ("for", "against", "abstain", "absent"):
            for person in entry.get(side) or []:
                got = [p for v in votes for p in getattr(v, side if side != "for" else "for_", ())]
                tally.check(any(names.person(p, {name_key(person)}) for p in got) or None,
                            f"{where}: item {entry.get('item')} {person} voted {side}")
        for side, count in (entry.get("counts") or {}).items():
            got = [dict(getattr(v, "counts", None) or {}).get(side) for v in votes]
            tally.check(count in got or None, f"{where}: item {entry.get('item')} {count} {side}")


def _agrees(names: Names, motion, entry: dict, role: str) -> bool:
    """The motion's mover (or seconder) is the one the reading names, or the reading names none."""
    return not entry.get(role) or bool(names.person(getattr(motion, role), {name_key(entry[role])}))


def find_meeting(names: Names, meetings: list, want: dict):
    wanted = [fold(n) for n in [want["body"], *want.get("also_named", [])]]
    same_day = [m for m in meetings if str(m.date) == str(want["date"])]
    exact = next((m for m in same_day if names.body(m.body, wanted[:1])), None)  # the body itself first: a
    exact = exact or next((m for m in same_day if names.body(m.body, wanted)), None)  # joint title names both
    return exact, (exact or (same_day[0] if len(same_day) == 1 else None))


def score(imported: Imported, expected_file: Path) -> Tally:
    """The tally of one document's import against its expected reading."""
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    names = Names(imported)
    tally = Tally()
    unmatched = list(imported.meetings)
    for want in expected.get("meetings") or []:
        where = f"{want['body']} {want['date']}"
        exact, meeting = find_meeting(names, unmatched, want)
        if meeting is None:
            tally.miss(f"meeting {where}")
            empty = type("Empty", (), {"items": (), "attendance": (), "start": None, "end": None, "venue": None})
            meeting = empty()
        else:
            unmatched.remove(meeting)
            tally.check(exact is not None, f"meeting {where}: read as body {meeting.body!r}")
        _times(tally, meeting, want, where)
        _attendance(tally, names, meeting, want, where)
        _items(tally, meeting, want, where)
        _acts(tally, names, meeting, want, where)
    for extra in unmatched:
        tally.extra(f"meeting {extra.body} {extra.date}")
    return tally


def recognised(imported: Imported, expected_file: Path) -> int:
    """How many of the expected meetings were found with their body and date."""
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    names = Names(imported)
    return sum(1 for want in expected.get("meetings") or [] if find_meeting(names, imported.meetings, want)[0])


@dataclass
class Result:
    document: str
    meetings: int
    recognised: int
    tally: Tally
    seconds: float
    failure: str = ""


def original(expected: Path, from_text: bool) -> Path:
    """The file the council published: the PDF where there is one (or its pdftotext text, on request)."""
    stem = expected.name.removesuffix(".expected.yml")
    candidates = [expected.with_name(stem + suffix) for suffix in ORIGINALS]
    found = [c for c in candidates if c.exists()]
    if from_text:
        found.sort(key=lambda c: c.suffix != ".txt")
    return found[0]


def expected_files(patterns: list[str]) -> list[Path]:
    files = sorted(CORPUS.rglob("*.expected.yml"))
    return [f for f in files if not patterns or any(p in str(f.relative_to(CORPUS)) for p in patterns)]


def run_one(expected: Path, from_text: bool, neutral_name: bool = False) -> Result:
    """One document imported and scored; with `neutral_name`, from a copy named 'document.<ext>', so that nothing
    its file's name says (a date, a body, 'minutes') helps: how a council's file named otherwise would fare."""
    document = original(expected, from_text)
    shown = document.relative_to(CORPUS).as_posix()
    wanted = len(yaml.safe_load(expected.read_text(encoding="utf-8")).get("meetings") or [])
    with tempfile.TemporaryDirectory() as folder:
        root, source = ROOT, document
        if neutral_name:
            root = Path(folder) / "copy"
            source = root / f"document{document.suffix}"
            root.mkdir()
            shutil.copyfile(document, source)
        started = time.perf_counter()
        try:
            # as a user told `import with --ocr` would: OCR reads only pages without a text layer (scans)
            report = run_import([source], Path(folder) / "archive", root=root, options=Options(ocr=True))
            failure = "; ".join(str(p) for p in report.errors)[:200]
        except Exception as error:  # noqa: BLE001 - the table reports a crash as a failed document
            failure = f"{type(error).__name__}: {error}"[:200]
        seconds = time.perf_counter() - started
        imported = load(Path(folder) / "archive")
    tally = score(imported, expected)
    return Result(shown, wanted, recognised(imported, expected), tally, seconds, failure)


def read_floor() -> dict[str, dict[str, int]]:
    return yaml.safe_load(FLOOR.read_text(encoding="utf-8")) or {} if FLOOR.exists() else {}


def write_floor(results: list[Result]) -> None:
    """Record each document's figures: the test fails when one finds fewer facts or gets more wrong."""
    floor = read_floor()
    for r in results:
        floor[r.document] = {"found": r.tally.found, "wrong": r.tally.wrong + r.tally.invented}
    FLOOR.write_text("# Per corpus document: facts found at least, facts wrong or invented at most.\n"
                     "# Written by benchmarks/import_corpus.py --write-floor; raise it, never lower it without a\n"
                     "# reason in the commit.\n" + yaml.safe_dump(dict(sorted(floor.items())), sort_keys=False),
                     encoding="utf-8")
