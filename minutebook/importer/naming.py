"""The names printed in one import's meetings resolved to ids: the registries' resolvers, shared by every meeting,
and the one person a short name stands for ('Cllr Oduya', 'Gary', 'T. Hale', 'The Mayor') among those the
meeting, or its body's other meetings, name in full."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import OSA

from . import identities
from .drafts import MeetingDraft
from .identities import Resolver
from .memberships import Listings
from .names import PersonName, councillor_role, parse_name
from .parties import party_of

# A surname alone this long or longer, one letter from the surname of just one person of the meeting, is that
# person misspelt ('Wassermann' for Tony Wasserman); a shorter one may be another name ('Hale' and 'Hall').
SLIP_LENGTH = 6


class Names:
    """The three resolvers, shared by every meeting of one import."""

    def __init__(self) -> None:
        self.people = Resolver("person", threshold=88.0, doubt=80.0)
        self.organisations = Resolver("organisation", threshold=92.0, doubt=85.0)
        self.bodies = Resolver("body", threshold=95.0, doubt=90.0)
        self.present: list[str] = []  # full names printed in the current meeting's attendance and membership
        self.officers: set[str] = set()  # those of them the attendance lists as officers
        self.apart: set[str] = set()  # surnames alone (lower case) kept apart from the officers who bear them
        # body as printed -> surname -> the full names its meetings of this import print with that surname
        self.rosters: dict[str, dict[str, set[str]]] = {}
        self.roster: dict[str, set[str]] = {}  # the current meeting's body's
        self.posts: dict[str, str] = {}  # 'mayor' -> the name of the one person the attendance gives that role
        self.members_present: list[str] = []  # the current meeting's members present, as person ids
        self.surnames: dict[tuple[str, str, int], str] = {}  # (surname, file, line) -> key of the full name
        self.listings = Listings()  # membership lists on agendas, read once names are settled

    def _full_name(self, surname: str, file: str, line: int, member: bool = False) -> str | None:
        """'Cllr Oduya proposed': the person of that surname named in full in this meeting (a member, one of its
        officers never: 'Councillor Clarke' and 'Ms D. Clarke, Director of Services' two people), else (minutes that
        name members by first name: 'Gary second') the one person of the meeting with that given name, or whose
        given name it shortens ('Jan' for Janet), else the one person of that surname another meeting of the body
        in this import names in full, else the one person of that surname in the archive. Decided once, so both
        passes give the same id."""
        if (surname, file, line) in self.surnames:
            return self.surnames[(surname, file, line)]
        here = {n for n in self.present if len(n.split()) > 1 and n.split()[-1].lower() == surname.lower()
                and not (member and n in self.officers)}
        if not here and member and any(n.split()[-1].lower() == surname.lower() for n in self.officers):
            self.apart.add(surname.lower())  # a member of the officer's surname, no one named in full: their own
            return None  # person, now and when all names are settled (`_surnames_alone`)
        if not here and len(surname) >= SLIP_LENGTH and not self.people.frozen:  # 'Wassermann' for 'Wasserman'
            near = {n for n in self.present
                    if len(n.split()) > 1 and OSA.distance(n.split()[-1].lower(), surname.lower()) == 1}
            if len(near) == 1:
                here = near
                self.people.merges.append(f"{file}:{line}: '{surname}' taken as '{next(iter(near))}' of this "
                                          "meeting, one letter apart; to undo, print the name in full")
        if not here:
            here = self._given_name(surname, file, line)
        if not here:  # minutes naming members by surname, named in full by an agenda of the body in this import
            here = self.roster.get(surname.lower(), set())
            here = here if len(here) == 1 else set()
        everywhere = [i.name for i in self.people.entries.values()
                      if len(i.name.split()) > 1 and i.name.split()[-1].lower() == surname.lower()]
        chosen = next(iter(here)) if len(here) == 1 else everywhere[0] if not here and len(everywhere) == 1 else None
        full = identities.key(chosen) if chosen else None
        if full is not None and full not in self.people.by_key:
            rostered = chosen in self.roster.get(chosen.split()[-1].lower(), ())
            if (chosen in self.present or rostered) and not self.people.frozen:  # named in full later
                self.people.resolve(chosen, f"{file}:{line}")  # in this meeting's list or another of the body's
            else:  # ('Cllr Fiona' / 'Cllr Fiona Maitland'): the same person whichever comes first, so a second
                # import reads it as the first did
                full = None
        if not self.people.frozen:
            self.surnames[(surname, file, line)] = full
        return full

    def _given_name(self, name: str, file: str, line: int) -> set[str]:
        """The one person of this meeting named in full whose given name is `name`, or starts with it (three
        letters or more: 'Jan' for Janet, 'Chris' for Christopher); none when two could be meant."""
        full = [n for n in self.present if len(n.split()) > 1]
        same = {n for n in full if n.split()[0].lower() == name.lower()}
        if same or len(name) < 3 or self.people.frozen:
            return same if len(same) == 1 else set()
        shortened = {n for n in full if n.split()[0].lower().startswith(name.lower())}
        if len(shortened) == 1:
            self.people.merges.append(f"{file}:{line}: '{name}' taken as '{next(iter(shortened))}' of this meeting, "
                                      "whose given name it shortens; to undo, print the name in full")
            return shortened
        return set()

    def person(self, name: PersonName, file: str, line: int, organisation: str | None = None) -> str:
        if len(name.name.split()) == 1:
            full = self._full_name(name.name, file, line, member=councillor_role(name) is not None)
            if full is not None:
                return self.people.by_key[full]
        person_id = self.people.resolve(name.name, f"{file}:{line}")
        if self.people.frozen:
            return person_id
        identity = self.people.entries[person_id]
        if name.honorific:
            identity.honorifics[name.honorific] += 1
        if organisation:
            identity.organisations[organisation] += 1
        if name.honorific and "Councillor" in name.honorific:  # '(Independent)' beside anyone else: a member's kind
            for party in filter(None, map(party_of, name.notes)):
                identity.parties.setdefault(party, f"{file}:{line}")
        return person_id

    def voter(self, name: PersonName, file: str, line: int) -> str | None:
        """A name in a roll call ('Allen Fisk', 'P. Van Meerbergen', 'NAUSER') or a mover's initial and surname
        ('M. Prest (motion)'): the one person of this meeting's attendance whose name ends with the same words
        (an initial standing for a forename, in either: 'Tom Hale' for the roll's 'T. Hale'), else as any other
        name."""
        if name.role and name.name == name.role:  # 'The Mayor ABSTAINED': the person who holds the post here
            holder = self.posts.get(name.role.lower()) or self._ending(name.role.lower())
            held = parse_name(holder) if holder else None
            return self.voter(held, file, line) if held else None
        words = name.name.lower().replace(".", " ").split()
        here = {n for n in self.present if _ends_with(n.lower().replace(".", " ").split(), words)}
        if not here and len(words) > 1:  # 'Tom Hale' proposed, the roll printing 'T. Hale'
            here = {n for n in self.present if _ends_with(words, n.lower().replace(".", " ").split())}
        if len(here) == 1 and words != next(iter(here)).lower().split():
            full = identities.key(next(iter(here)))
            if full in self.people.by_key:
                return self.people.by_key[full]
        return self.person(name, file, line)

    def _ending(self, post: str) -> str | None:
        """'Solicitor': the one holder of a post whose name ends so ('City Solicitor'), a deputy's aside."""
        held = {holder for name, holder in self.posts.items() if name.endswith(f" {post}")
                and not re.match(r"(?:deputy|vice|assistant|acting|associate)\b", name)}
        return next(iter(held)) if len(held) == 1 else None

    def _surnames_alone(self) -> None:
        """A surname alone ('Cllr Baird proposed') made a person of its own because the one person of that surname
        named in full elsewhere in this import was read after it: that person, as a second import of the same files
        (the registry this one writes holding them) reads it, so that an import repeats byte for byte."""
        people = self.people
        full: dict[str, list[str]] = {}  # surname -> ids of the people named in full with it
        for identity in people.entries.values():
            if len(identity.name.split()) > 1 and (identity.known or identity.variants):
                full.setdefault(identity.name.split()[-1].lower(), []).append(identity.id)
        alone = {identity.id: holders[0] for identity in people.entries.values()
                 if not identity.known and len(identity.name.split()) == 1 and identity.name.lower() not in self.apart
                 and len(holders := full.get(identity.name.lower(), [])) == 1}
        for surname_id in alone:  # (no variant of the one named in full: the surname is looked up so)
            del people.entries[surname_id]
        people.by_key = {k: alone.get(v, v) for k, v in people.by_key.items()}

    def settle(self) -> None:
        """Fix every id once all names are seen; later lookups give the final ids."""
        self._surnames_alone()
        moved = self.organisations.settle()
        for identity in self.people.entries.values():
            identity.organisations = Counter({moved.get(k, k): n for k, n in identity.organisations.items()})
        self.people.settle()
        self.bodies.settle()

    @property
    def merges(self) -> list[str]:
        return [*self.people.merges, *self.organisations.merges, *self.bodies.merges]

    def organisation(self, name: str, file: str, line: int) -> str:
        return self.organisations.resolve(re.sub(r"\s+", " ", name).strip(), f"{file}:{line}")

    def body(self, name: str, file: str, line: int) -> str:
        return self.bodies.resolve(name, f"{file}:{line}")


def rosters(meetings: list[MeetingDraft]) -> dict[str, dict[str, set[str]]]:
    """Body as printed -> surname -> every full name (two words or more) with that surname its meetings in one
    import print in attendance or membership lists: an agenda's members, for minutes in the same file naming them
    by surname only."""
    found: dict[str, dict[str, set[str]]] = {}
    for meeting in meetings:
        by_surname = found.setdefault(meeting.body.lower(), {})
        for entry in [*meeting.attendance, *meeting.membership]:
            if len(entry.name.name.split()) > 1:
                by_surname.setdefault(entry.name.name.split()[-1].lower(), set()).add(entry.name.name)
    return found


def _ends_with(full: list[str], words: list[str]) -> bool:
    """'melaina prest' ends with 'prest', with 'melaina prest' and with 'm prest' (an initial for the forename)."""
    tail = full[-len(words):] if len(words) <= len(full) else []
    return bool(tail) and all(w == f or len(w) == 1 and f.startswith(w) and n < len(words) - 1
                              for n, (w, f) in enumerate(zip(words, tail, strict=True)))
