"""A synthetic archive of any size, for benchmarks: realistic shapes, deterministic content."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from minutebook.records import format_record
from minutebook.yamlfile import dump

FIRST = ["Ann", "Bola", "Chris", "Deepa", "Eamon", "Fatima", "Gareth", "Hui", "Ines", "Jon", "Kiran", "Lena"]
LAST = ["Able", "Bhatt", "Cole", "Dunn", "Evans", "Fox", "Gill", "Hart", "Iqbal", "Jones", "Khan", "Lowe", "Moss",
        "Nash", "Owen", "Patel", "Quinn", "Reid", "Shah", "Tate"]
SUBJECTS = ["school places", "housing allocations", "the Green Belt", "council tax support", "parking charges",
            "library opening hours", "social care budget", "waste collection", "planning enforcement", "parks"]


def write_archive(root: Path, meetings: int, bodies: int = 12, people: int = 120, seed: int = 1) -> Path:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    names = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(people * 3)})[:people]
    person_ids = [n.lower().replace(" ", "-") for n in names]
    (root / "people.yml").write_text(dump([{"id": i, "name": n, "honorific": "Councillor"}
                                           for i, n in zip(person_ids, names, strict=True)]))
    body_ids = [f"committee-{b + 1}" for b in range(bodies)]
    (root / "bodies.yml").write_text(dump([{"id": b, "name": f"Committee {i + 1}"} for i, b in enumerate(body_ids)]))
    (root / "organisations.yml").write_text(dump([{"id": "the-council", "name": "The Council"}]))
    (root / "topics.yml").write_text(dump([{"id": s.replace(" ", "-").lower(), "name": s.capitalize(), "phrases": [s]}
                                           for s in SUBJECTS]))
    (root / "archive.yml").write_text(dump({"name": "Synthetic archive", "authority": "Synthetic Council"}))
    start = dt.date(2000, 1, 3)
    minute = 0
    for m in range(meetings):
        body = body_ids[m % bodies]
        date = start + dt.timedelta(days=7 * (m // bodies))
        members = rng.sample(person_ids, 10)
        items, text = [], []
        for _ in range(rng.randint(4, 9)):
            minute += 1
            subject = rng.choice(SUBJECTS)
            mover = names[person_ids.index(members[0])]
            items.append({"minute": str(minute), "agenda": str(len(items) + 1), "title": f"Report on {subject}",
                          "decisions": [f"That the report on {subject} be noted."]})
            text.append(f"## {minute}. Report on {subject} {{#minute-{minute}}}\n\nCouncillor {mover} introduced "
                        f"the report on {subject}. Members asked about costs. See Minute {minute - 1}.\n")
        front = {"body": body, "date": date.isoformat(), "start": "19:00", "end": "21:00", "venue": "Town Hall",
                 "attendance": [{"person": p, "status": rng.choice(["present"] * 8 + ["apologies", "absent"])}
                                for p in members], "items": items}
        path = root / "meetings" / body / f"{date.isoformat()}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(format_record(front, "\n".join(text)))
    return root
