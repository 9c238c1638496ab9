"""One registry entry per real person, organisation and body across all documents.

Names are grouped first by exact match (after honorifics are taken off), then by a fuzzy match on
spelling ('Rozmin'/'Romzin' Meghjee, 'JobCentre Plus'/'Job Centre Plus'). Every merge and every near
miss is reported with file and line, so a person can confirm or undo it in the registry files.
Entries already in the registries win: their names and aliases are matched before anything is guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ..fields import MAX_ID
from ..registry import slug

ID_ROOM = 6  # characters an id leaves for the count after it ('-2', '-10')


def new_id_of(name: str) -> str:
    """The id a new identity takes from its name, cut short enough for the count after it to keep it a valid id (a
    heading run into a body's name on a damaged page can make a name of a hundred characters or more)."""
    return (slug(name) or "unnamed")[:MAX_ID - ID_ROOM].rstrip("-") or "unnamed"


def key(name: str) -> str:
    """What two spellings of one name share: lower case letters and digits only."""
    return re.sub(r"[^a-z0-9]", "", slug(name))


@dataclass
class Identity:
    """A person, organisation or body as found: every printed variant, and where it was seen."""

    id: str
    name: str
    known: bool = False  # already in the registry before this import
    variants: Counter = field(default_factory=Counter)
    where: dict[str, str] = field(default_factory=dict)  # variant -> 'file:line' where first seen
    extra: dict = field(default_factory=dict)  # registry fields kept as they were (party, appointments, ...)
    honorifics: Counter = field(default_factory=Counter)
    organisations: Counter = field(default_factory=Counter)
    parties: dict[str, str] = field(default_factory=dict)  # party printed beside the name -> 'file:line' first seen

    @property
    def aliases(self) -> list[str]:
        names = sorted({v for v in self.variants if v != self.name} | set(self.extra.get("aliases", [])))
        return [n for n in names if n != self.name]


@dataclass
class Resolver:
    """Turns printed names into ids, merging variants and logging what it merged or doubted."""

    kind: str  # 'person', 'organisation' or 'body'
    threshold: float = 88.0  # fuzzy score to merge
    doubt: float = 80.0  # fuzzy score to report as an uncertain match
    entries: dict[str, Identity] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)
    merges: list[str] = field(default_factory=list)
    doubts_seen: set[tuple[str, str]] = field(default_factory=set)
    frozen: bool = False  # after settle(): names are only looked up, nothing is counted or merged
    reported: set[str] = field(default_factory=set)  # variants whose merge is already in `merges`
    # Where `_similar` looks, so that it never compares a name with every other (8,000 names took 54 s):
    # people by (surname, number of words), the only ones `_score` can match; other names by the first and
    # by the last three letters of their key (a variant that differs in both is too far to merge).
    by_shape: dict[tuple[str, int], list[tuple[str, str]]] = field(default_factory=dict)
    by_ends: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    taken: Counter = field(default_factory=Counter)  # slug -> how many new ids were made from it

    def add_known(self, entry: dict) -> None:
        """An entry from an existing registry file: its id, name and aliases are fixed."""
        identity = Identity(entry["id"], entry["name"], known=True, extra=dict(entry))
        self.entries[identity.id] = identity
        self._index(identity.id, identity.name)
        for name in [entry["name"], *entry.get("aliases", [])]:
            self.by_key.setdefault(key(name), identity.id)

    MAX_CANDIDATES = 500  # names in one block compared with a new name, at most: every step is bounded

    def _index(self, identity_id: str, variant: str) -> None:
        if self.kind == "person":
            words = variant.lower().split()
            if len(words) >= 2:
                self.by_shape.setdefault((words[-1], len(words)), []).append((variant, identity_id))
        else:
            k = key(variant)
            for end in {"<" + k[:3], k[-3:] + ">"}:
                self.by_ends.setdefault(end, []).append((k, identity_id))

    def _similar(self, name: str) -> tuple[str | None, float]:
        best, score = None, 0.0
        if self.kind != "person":
            k = key(name)
            candidates = [*self.by_ends.get("<" + k[:3], [])[:self.MAX_CANDIDATES],
                          *self.by_ends.get(k[-3:] + ">", [])[:self.MAX_CANDIDATES]]
            found = process.extractOne(k, [c for c, _ in candidates], scorer=fuzz.ratio, score_cutoff=1)
            return (candidates[found[2]][1], found[1]) if found else (None, 0.0)
        words = name.lower().split()
        for variant, identity_id in self.by_shape.get((words[-1], len(words)), [])[:self.MAX_CANDIDATES] \
                if words else []:
            value = self._score(name, variant)
            if value > score:
                best, score = identity_id, value
        return best, score

    def _score(self, a: str, b: str) -> float:
        if self.kind == "person":
            wa, wb = a.lower().split(), b.lower().split()
            if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1] or len(wa) != len(wb):
                return 0.0
            if len(wa[0]) <= 2 or len(wb[0]) <= 2:  # an initial: never merged, only doubted
                return min(fuzz.ratio(wa[0][0], wb[0][0]) * 0.8, 80.0)
            first_a, first_b = " ".join(wa[:-1]), " ".join(wb[:-1])
            if sorted(first_a) == sorted(first_b) and OSA.distance(first_a, first_b) == 1:
                return 95.0  # two letters swapped: a typing slip ('Rozmin' / 'Romzin')
            return min(fuzz.ratio(first_a, first_b), self.threshold - 1)  # otherwise only ever doubted
        return fuzz.ratio(key(a), key(b))

    def resolve(self, name: str, where: str) -> str:
        """The id for a printed name, creating or merging an identity as needed."""
        k = key(name)
        if self.frozen:
            return self.by_key[k]
        if k in self.by_key:
            identity = self.entries[self.by_key[k]]
        else:
            best, score = self._similar(name)
            if best is not None and score >= self.threshold:
                identity = self.entries[best]
                self.reported.add(name)
                self.merges.append(f"{where}: merged {self.kind} '{name}' into '{identity.name}' ({identity.id}), "
                                   f"similarity {score:.0f}%; to undo, add '{name}' as its own entry")
            else:
                if best is not None and score >= self.doubt and (name, best) not in self.doubts_seen:
                    self.doubts_seen.add((name, best))
                    self.merges.append(f"{where}: uncertain {self.kind} match '{name}' ~ '{self.entries[best].name}' "
                                       f"({best}), similarity {score:.0f}%: kept apart; to merge, add it to aliases")
                base = new_id_of(name)
                new_id = base
                while new_id in self.entries:  # counted, not re-tried from '-2' each time
                    self.taken[base] += 1
                    new_id = f"{base}-{self.taken[base] + 1}"
                identity = Identity(new_id, name)
                self.entries[new_id] = identity
                self._index(new_id, name)
            self.by_key[k] = identity.id
        if name not in identity.variants and name != identity.name:
            self._index(identity.id, name)
        identity.variants[name] += 1
        identity.where.setdefault(name, where)
        return identity.id

    def alias(self, identity_id: str, name: str, where: str) -> None:
        """Another name found for a known identity (a report's heading naming a meeting's body)."""
        if self.frozen or key(name) in self.by_key:
            return
        self.by_key[key(name)] = identity_id
        identity = self.entries[identity_id]
        if name not in identity.variants:
            self._index(identity_id, name)
        identity.variants[name] += 0
        identity.where.setdefault(name, where)
        self.reported.add(name)
        identity.extra.setdefault("aliases", [])
        if name not in identity.extra["aliases"]:
            identity.extra["aliases"] = [*identity.extra["aliases"], name]
        self.merges.append(f"{where}: '{name}' taken as another name of {self.kind} '{identity.name}' "
                           f"({identity_id}); to undo, remove it from the aliases")

    def settle(self) -> dict[str, str]:
        """Give each new identity its most used spelling; return old id -> final id for ids that moved."""
        moved: dict[str, str] = {}
        for identity in list(self.entries.values()):
            if identity.known or not identity.variants:
                continue
            ranked = sorted(identity.variants.items(), key=lambda kv: (-kv[1], identity.where[kv[0]]))
            best = ranked[0][0]
            if best != identity.name:
                identity.name = best
                new_id = new_id_of(best)
                if new_id != identity.id and new_id not in self.entries:
                    moved[identity.id] = new_id
            unreported = [(v, n) for v, n in ranked[1:] if v not in self.reported]
            if unreported:
                others = ", ".join(f"'{v}' ({identity.where[v]})" for v, _ in unreported)
                self.merges.append(f"{self.kind} {moved.get(identity.id, identity.id)}: '{best}' "
                                   f"also printed as {others}")
        for old, new in moved.items():
            identity = self.entries.pop(old)
            identity.id = new
            self.entries[new] = identity
        self.by_key = {k: moved.get(v, v) for k, v in self.by_key.items()}
        self.frozen = True
        return moved
