"""A synthetic archive that looks like a real one, of any size: what benchmarks build.

Real minutes set the shape: a Harrow record is about 25 KB and 3,800 words, a dozen items whose text
runs from a line to a long report, ten to fifteen members with apologies and absences, officers in
attendance, decisions with their reasons, declarations, motions, reports, recommendations to
Council, references to earlier minutes. The prose is sentences drawn from real minutes (the archive's
records and the importer's corpus), so the vocabulary, the names to link and the topics to tag are
those of real documents. The same seed and the same sources give the same archive, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections.abc import Iterable
from pathlib import Path

from .records import format_record
from .yamlfile import dump

BODIES = (  # name, kind: the bodies of a London borough, in the order an archive gains them
    ("Council", "council"), ("Cabinet", "executive"), ("Planning Committee", "committee"),
    ("Licensing Panel", "panel"), ("Overview and Scrutiny Committee", "committee"),
    ("Governance, Audit, Risk Management and Standards Committee", "committee"),
    ("Health and Wellbeing Board", "board"), ("Pension Fund Committee", "committee"),
    ("Corporate Parenting Panel", "panel"), ("Employees' Consultative Forum", "forum"),
    ("Traffic and Road Safety Advisory Panel", "panel"), ("Schools Forum", "forum"),
    ("Harrow Partnership Board", "board"), ("Performance and Finance Scrutiny Sub-Committee", "committee"),
    ("Health and Social Care Scrutiny Sub-Committee", "committee"), ("Pension Board", "board"),
    ("Local Development Framework Panel", "panel"), ("Standing Advisory Council for Religious Education", "council"),
    ("Tenants' and Leaseholders' Consultative Forum", "forum"), ("Grants Advisory Panel", "panel"),
)
FIRST = ("Adam", "Ajay", "Amir", "Ann", "Barry", "Bola", "Chetna", "Chris", "Christine", "Deepa", "Eamon",
         "Fatima", "Gareth", "Glen", "Graham", "Hui", "Ines", "James", "Janet", "Jon", "Keith", "Kiran",
         "Lena", "Mina", "Mitzi", "Navin", "Niraj", "Paul", "Pritesh", "Rekha", "Richard", "Sachin", "Sasi",
         "Simon", "Sue", "Susan", "Varsha", "Zak")
LAST = ("Able", "Almond", "Anderson", "Bhatt", "Bond", "Brown", "Cole", "Dunn", "Evans", "Ferry", "Fox", "Gill",
        "Green", "Hart", "Hearnden", "Henson", "Iqbal", "Jones", "Khan", "Lowe", "Macleod", "Moss", "Nash",
        "Owen", "Parmar", "Patel", "Quinn", "Reid", "Robson", "Shah", "Small", "Suresh", "Swersky", "Tate",
        "Wali", "Whitehead")
PARTIES = ("Labour", "Conservative", "Liberal Democrat", "Independent")
ORGANISATIONS = ("Jobcentre Plus", "Metropolitan Police", "NHS Harrow Clinical Commissioning Group",
                 "Harrow Association of Voluntary Service", "London Fire Brigade", "Transport for London",
                 "Healthwatch Harrow", "Harrow College", "Age UK Harrow", "Mind in Harrow")
ROUTINE = ("Declarations of Interest", "Minutes", "Public Questions", "Petitions", "Deputations",
           "References from Council and other Committees")
SUBJECTS = ("Revenue and Capital Monitoring", "Housing Strategy", "School Places Planning", "Parking Management",
            "Library Services", "Waste Collection", "Community Safety Plan", "Corporate Parenting Strategy",
            "Planning Enforcement", "Council Tax Support Scheme", "Adult Social Care Budget", "Parks and Open Spaces",
            "Regeneration Programme", "Treasury Management", "Homelessness Review", "Public Health Contracts")
SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")
WORDY = re.compile(r"^[A-Z][A-Za-z0-9 ,;:'’()%£&./-]+[.!?]$")


def sentences(texts: Iterable[str]) -> list[str]:
    """Sentences of prose from real minutes: paragraphs re-joined, tables, headings and lists left out."""
    found: dict[str, None] = {}
    for text in texts:
        for paragraph in re.split(r"\n\s*\n", text):
            flat = " ".join(line.strip() for line in paragraph.splitlines())
            for sentence in SENTENCE_END.split(flat):
                words = sentence.split()
                if 6 <= len(words) <= 60 and WORDY.match(sentence) and "  " not in sentence:
                    found[sentence] = None
    return list(found)


def source_texts(paths: Iterable[Path]) -> list[str]:
    """The text of every record (front-matter left out) and every .txt document under `paths`, in order."""
    texts = []
    for root in paths:
        for path in sorted([*root.rglob("*.md"), *root.rglob("*.txt")]) if root.is_dir() else [root]:
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.startswith("---\n") and "\n---\n" in text[4:]:
                text = text[text.index("\n---\n", 4) + 5:]
            texts.append(text)
    return texts


class Writer:
    """One synthetic archive: registries first, then meetings, each drawn from the same random stream."""

    def __init__(self, pool: list[str], meetings: int, seed: int):
        if len(pool) < 100:
            raise ValueError(f"only {len(pool)} sentences of real minutes to draw from; at least 100 are needed")
        self.rng = random.Random(seed)
        self.pool = pool
        self.meetings = meetings
        rng = self.rng
        self.bodies = [(self.slug(n), n, k) for n, k in BODIES[:max(4, min(len(BODIES), meetings // 300 + 4))]]
        names = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(400)})
        rng.shuffle(names)
        self.councillors = [(self.slug(n), n) for n in sorted(names[:63])]
        self.officers = [(self.slug(n), n) for n in sorted(names[63:103])]
        self.parties = {pid: rng.choice(PARTIES) for pid, _ in self.councillors}
        self.members = {b: rng.sample(self.councillors, rng.randint(8, 15)) for b, _, _ in self.bodies}
        self.members["council"] = list(self.councillors)
        self.minute = 0

    @staticmethod
    def slug(name: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")

    def write(self, root: Path) -> Path:
        root.mkdir(parents=True, exist_ok=True)
        (root / "archive.yml").write_text(dump({"name": "Synthetic Borough Council meetings archive",
                                                "authority": "Synthetic Borough Council"}))
        (root / "bodies.yml").write_text(dump([{"id": b, "name": n, "kind": k} for b, n, k in self.bodies]))
        (root / "people.yml").write_text(dump(
            [{"id": p, "name": n, "honorific": "Councillor", "party": self.parties[p]} for p, n in self.councillors]
            + [{"id": p, "name": n, "organisation": "the-council"} for p, n in self.officers]))
        (root / "organisations.yml").write_text(dump(
            [{"id": "the-council", "name": "Synthetic Borough Council"}]
            + [{"id": self.slug(o), "name": o} for o in ORGANISATIONS]))
        (root / "topics.yml").write_text(dump([{"id": self.slug(s), "name": s, "phrases": [s.split()[0].lower()]}
                                               for s in SUBJECTS]))
        per_body_year = 11
        span = max(1, math.ceil(self.meetings / (len(self.bodies) * per_body_year)))
        start = dt.date(2025 - span, 1, 6)
        days = span * 365
        previous: dict[str, dt.date] = {}
        used: set[tuple[str, dt.date]] = set()
        for m in range(self.meetings):
            body = self.bodies[m % len(self.bodies)][0]
            date = start + dt.timedelta(days=(m * days) // self.meetings)
            while (body, date) in used:
                date += dt.timedelta(days=1)
            used.add((body, date))
            path = root / "meetings" / body / f"{date.isoformat()}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            front, text = self.meeting(body, date, previous.get(body))
            path.write_text(format_record(front, text), encoding="utf-8")
            previous[body] = date
        return root

    def prose(self, words: int, people: list[tuple[str, str]]) -> str:
        """Paragraphs of real sentences, about `words` long, with members named as minutes name them."""
        rng, out, paragraph, count = self.rng, [], [], 0
        while count < words:
            sentence = rng.choice(self.pool)
            if people and rng.random() < 0.12:
                _, name = rng.choice(people)
                sentence = f"Councillor {name} {rng.choice(('asked whether', 'noted that', 'stated that'))} " \
                           f"{sentence[0].lower()}{sentence[1:]}"
            if rng.random() < 0.03:
                sentence += f" The {rng.choice(ORGANISATIONS)} had been consulted."
            paragraph.append(sentence)
            count += len(sentence.split())
            if rng.random() < 0.3:
                out.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            out.append(" ".join(paragraph))
        return "\n\n".join(out)

    def table(self) -> str:
        rng = self.rng
        rows = [f"| {rng.choice(SUBJECTS)} | £{rng.randint(10, 9000)},000 | £{rng.randint(10, 9000)},000 |"
                for _ in range(rng.randint(3, 9))]
        return "| Budget line | Budget | Forecast |\n|---|---|---|\n" + "\n".join(rows)

    def meeting(self, body: str, date: dt.date, previous: dt.date | None) -> tuple[dict, str]:
        rng = self.rng
        members = self.members[body]
        present = [p for p in members if rng.random() < 0.87]
        attendance = [{"person": p, "status": "present" if p in present else rng.choice(("apologies", "absent"))}
                      | ({"role": "Chair"} if i == 0 else {}) for i, (p, _) in enumerate(members)]
        officers = rng.sample(self.officers, rng.randint(2, 5))
        attendance += [{"person": p, "status": "in_attendance"} for p, _ in officers]
        named = [(p, n) for p, n in members if p in dict(present)] or members
        items, texts = [], []
        count = min(40, max(3, round(rng.lognormvariate(math.log(11), 0.4))))
        for number in range(count):
            self.minute += 1
            minute = str(self.minute)
            title = ROUTINE[number] if number < 3 else rng.choice(SUBJECTS if rng.random() < 0.7 else ROUTINE)
            item: dict = {"minute": minute, "agenda": str(number + 1), "title": title}
            text = []
            if title == "Minutes" and previous:
                text.append(f"RESOLVED: That the minutes of the meeting held on {previous.day} "
                            f"{previous:%B %Y} be taken as read and signed as a correct record.")
                item["decisions"] = ["That the minutes of the previous meeting be signed as a correct record."]
            elif title == "Declarations of Interest":
                if rng.random() < 0.5:
                    who = rng.choice(named)
                    item["declarations"] = [{"person": who[0], "interest": rng.choice(self.pool)[:120],
                                             "kind": rng.choice(("non-pecuniary", "pecuniary", "prejudicial"))}]
                    text.append(f"Councillor {who[1]} declared an interest in the item.")
                else:
                    text.append("RESOLVED: To note that there were no declarations of interests made by Members.")
            else:
                words = min(6000, max(15, round(rng.lognormvariate(math.log(210), 1.0))))
                text.append(self.prose(words, named))
                if rng.random() < 0.06:
                    text.append(self.table())
                if rng.random() < 0.3:
                    item["reports"] = [{"title": f"Report of the Corporate Director: {title}",
                                        "author": rng.choice(officers)[1]}]
                if rng.random() < 0.55:
                    decisions = [f"That {s[0].lower()}{s[1:]}" for s in rng.sample(self.pool, rng.randint(1, 3))]
                    item["decisions"] = decisions
                    text.append("RESOLVED: " + decisions[0])
                    if rng.random() < 0.4:
                        item["reasons"] = [rng.choice(self.pool)]
                        item["alternatives"] = ["None."]
                if body != "council" and rng.random() < 0.05:
                    item["recommendations"] = [{"to": "council", "text": f"That the {title} be approved."}]
                if len(named) > 1 and rng.random() < 0.1:
                    mover, seconder = rng.sample(named, 2)
                    item["motions"] = [{"title": f"Amendment on {title.lower()}", "mover": mover[0],
                                        "seconder": seconder[0], "result": rng.choice(("carried", "lost"))}]
                if self.minute > 1 and rng.random() < 0.05:
                    text.append(f"See Minute {self.minute - 1}.")
            items.append(item)
            texts.append(f"## {minute}. {title} {{#minute-{minute}}}\n\n" + "\n\n".join(text))
        front = {"body": body, "date": date.isoformat(), "start": "19:30", "end": "21:45",
                 "venue": "Committee Room 1 & 2, Civic Centre", "attendance": attendance, "items": items,
                 "documents": [{"kind": "minutes", "title": f"Minutes, {date.day} {date:%B %Y}"}]}
        return front, "\n\n".join(texts)


# The sentences the synthetic archives draw from, read once from the bundled records and the importer's corpus
# (`sentences(source_texts([content/, tests/corpus/]))` at commit d778cc8, 2 December 2026) and kept: a document
# added to the corpus later changes no synthetic archive, so the same seed writes the same archive from one
# version to the next and benchmarks stay comparable.
POOL = Path(__file__).with_name("synthetic_sentences.txt")


def real_sentences(sources: Iterable[Path] | None = None) -> list[str]:
    """The sentences of real minutes to draw from: those of the texts under `sources`, else the kept pool."""
    if sources is not None:
        return sentences(source_texts(sources))
    return POOL.read_text(encoding="utf-8").splitlines()


def write_archive(root: Path, meetings: int, sources: Iterable[Path] | None = None, seed: int = 1) -> Path:
    """Write an archive of `meetings` meetings into `root`, drawing its prose from the texts under `sources`
    (the kept pool, `POOL`, where none are given)."""
    return Writer(real_sentences(sources), meetings, seed).write(root)
