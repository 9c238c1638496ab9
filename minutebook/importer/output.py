"""Stage 7: merged drafts become record files and registries - names resolved to ids, front-matter
and Markdown body laid out the same way every time, so the same input gives the same bytes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from rapidfuzz.distance import OSA

from ..model import VOTE_SIDES
from ..records import anchor_for, format_record
from . import identities
from .assemble import similar
from .drafts import AttendanceDraft, ItemDraft, MeetingDraft, ReportDraft, VoteDraft
from .identities import Resolver
from .memberships import Listings, merged, role_of
from .names import MEMBERSHIP_ROLES, PersonName, parse_name
from .paging import Paging
from .parties import party_of

BODY_KINDS = [("sub-committee", "sub-committee"), ("committee", "committee"), ("cabinet", "executive"),
              ("council", "council"), ("board", "board"), ("panel", "panel"), ("forum", "forum"),
              ("group", "group"), ("partnership", "partnership")]


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
        self.rosters: dict[str, list[str]] = {}  # body as printed -> full names in its meetings of this import
        self.roster: list[str] = []  # the current meeting's body's
        self.posts: dict[str, str] = {}  # 'mayor' -> the name of the one person the attendance gives that role
        self.surnames: dict[tuple[str, str, int], str] = {}  # (surname, file, line) -> key of the full name
        self.listings = Listings()  # membership lists on agendas, read once names are settled

    def _full_name(self, surname: str, file: str, line: int) -> str | None:
        """'Cllr Oduya proposed': the person of that surname named in full in this meeting, else (minutes that
        name members by first name: 'Gary second') the one person of the meeting with that given name, or whose
        given name it shortens ('Jan' for Janet), else the one person of that surname in the archive. Decided
        once, so both passes give the same id."""
        if (surname, file, line) in self.surnames:
            return self.surnames[(surname, file, line)]
        here = {n for n in self.present if len(n.split()) > 1 and n.split()[-1].lower() == surname.lower()}
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
            here = {n for n in self.roster if n.split()[-1].lower() == surname.lower()}
            here = here if len(here) == 1 else set()
        everywhere = [i.name for i in self.people.entries.values()
                      if len(i.name.split()) > 1 and i.name.split()[-1].lower() == surname.lower()]
        chosen = next(iter(here)) if len(here) == 1 else everywhere[0] if not here and len(everywhere) == 1 else None
        full = identities.key(chosen) if chosen else None
        if full is not None and full not in self.people.by_key:
            if (chosen in self.present or chosen in self.roster) and not self.people.frozen:  # named in full later
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
            full = self._full_name(name.name, file, line)
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

    def settle(self) -> None:
        """Fix every id once all names are seen; later lookups give the final ids."""
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


MAX_ORGANISATION = 90  # characters: a longer 'organisation' beside a name is a run of text (its id would not fit)


def _attendance(entry: AttendanceDraft, names: Names) -> dict[str, Any]:
    file, line = entry.line.file, entry.line.number
    if entry.organisation and len(entry.organisation) > MAX_ORGANISATION:  # kept as printed, never dropped
        entry.position, entry.organisation = entry.position or entry.organisation, None
    organisation = names.organisation(entry.organisation, file, line) if entry.organisation else None
    data: dict[str, Any] = {"person": names.person(entry.name, file, line, organisation), "status": entry.status}
    if entry.role:
        data["role"] = entry.role
    if entry.position:
        data["position"] = entry.position
    if entry.capacity:
        data["capacity"] = entry.capacity
    if organisation:
        data["organisation"] = organisation
    if entry.substitute_for:
        data["substitute_for"] = names.person(entry.substitute_for, file, line)
    if entry.items:
        data["items"] = list(dict.fromkeys(entry.items))
    data["name"] = " ".join(p for p in (entry.name.honorific, entry.name.name) if p)
    return data


def _merge_attendance(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per person: a meeting quoted twice lists its members twice."""
    kept: dict[str, dict[str, Any]] = {}
    for entry in entries:
        person = entry["person"]
        if person not in kept:
            kept[person] = entry
            continue
        old = kept[person]
        if old["status"] in ("present", "absent", "in_attendance") and entry["status"] == "substitute" or \
                old["status"] in ("present", "in_attendance") and entry["status"] == "apologies":  # listed, then
            # sent apologies
            entry = {**old, **entry}
            kept[person] = entry
            continue
        for key, value in entry.items():
            if key == "items":
                old["items"] = list(dict.fromkeys([*old.get("items", []), *value]))
            elif key == "role" and str(old.get("role", "")).lower() in MEMBERSHIP_ROLES \
                    and str(value).lower() not in MEMBERSHIP_ROLES:
                old["role"] = value  # 'Directors present: ... Kathleen Braden' and 'Notes by Kathleen Braden,
                # secretary.': her post says more than the title every member has
            else:
                old.setdefault(key, value)
    order = ("person", "status", "role", "position", "capacity", "organisation", "substitute_for", "items", "name")
    return [{k: entry[k] for k in order if k in entry} for entry in kept.values()]


def _vote(vote: VoteDraft, names: Names) -> dict[str, Any]:
    """A recorded vote as the record writes it: sides in VOTE_SIDES order, each voter once."""
    entry: dict[str, Any] = {"motion": vote.motion} if vote.motion else {}
    if vote.result:
        entry["result"] = vote.result
    for side in VOTE_SIDES:
        people = [p for n in vote.sides.get(side, []) if (p := names.voter(n, vote.line.file, vote.line.number))]
        if people:
            entry[side] = list(dict.fromkeys(people))
    counts = {side: vote.counts[side] for side in VOTE_SIDES if side in vote.counts}
    if counts:
        entry["counts"] = counts
    return entry


def _report(report: ReportDraft) -> dict[str, Any]:
    data: dict[str, Any] = {"title": report.title}
    if report.author:
        data["author"] = report.author
    if report.pages:
        data["pages"] = report.pages
    if report.date:
        data["meeting_date"] = report.date.isoformat()
    for key, value in report.facts.items():
        if key != "meeting_date" and value:
            data[key] = value
    return data


def item_named(printed: str, meeting: MeetingDraft) -> str:
    """The number of the item a declaration names: 'Item 6' (agenda 6) or 'Item 9 - Petition - ...' (by title).

    What cannot be matched is kept as printed."""
    match = re.match(r"(?i)^(?:agenda\s+)?(?:item\s+)?(\w+(?:/\d+)?)\s*(?:[–—:-]\s*(.*))?$", printed.strip())
    if match:
        number, title = match.group(1), match.group(2)
        by_number = [i for i in meeting.items if number in (i.agenda, i.minute)]
        if by_number and not title:
            return by_number[0].minute or by_number[0].agenda or printed
        if title:
            scored = [(similar(title, i.title), i) for i in meeting.items]
            score, best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
            if best is not None and score >= 70:
                return best.minute or best.agenda or printed
    return printed


def _item(item: ItemDraft, names: Names, meeting: MeetingDraft, pages: Mapping[str, Paging] | None) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if item.minute:
        data["minute"] = item.minute
    if item.agenda:
        data["agenda"] = item.agenda
    if item.parent:
        data["parent"] = item.parent
    data["title"] = item.title
    if item.pages:
        data["pages"] = item.pages
    if item.to_follow:
        data["to_follow"] = True
    if item.exempt:
        data["exempt"] = True
    for key in ("decisions",):
        if getattr(item, key):
            data[key] = list(getattr(item, key))
    if item.recommendations:
        data["recommendations"] = [{"to": names.body(to, item.line.file, item.line.number), "text": text}
                                   for to, text in item.recommendations]
    if item.declarations:
        data["declarations"] = []
        for d in item.declarations:
            entry: dict[str, Any] = {"person": names.voter(d.name, d.line.file, d.line.number)
                                      or names.person(d.name, d.line.file, d.line.number)}
            for key in ("interest", "kind", "left_room"):
                if getattr(d, key) is not None:
                    entry[key] = getattr(d, key)
            if d.item:
                entry["item"] = item_named(d.item, meeting)
            data["declarations"].append(entry)
    if item.motions:
        data["motions"] = []
        for m in item.motions:
            entry = {"title": m.title} if m.title else {}
            for key in ("mover", "seconder"):  # 'MOTION BY: Allen Fisk': a member named as in a roll call
                if getattr(m, key):
                    entry[key] = names.voter(getattr(m, key), m.line.file, m.line.number)
            if m.result:
                entry["result"] = m.result
            data["motions"].append(entry)
    if item.votes:
        data["votes"] = [_vote(v, names) for v in item.votes]
    if item.reports:
        data["reports"] = [_report(r) for r in item.reports]
    for key in ("reasons", "alternatives", "petitions", "references"):
        if getattr(item, key):
            data[key] = list(getattr(item, key))
    data["source"] = _source(*item.sources[0], pages)
    return data


def _ends_with(full: list[str], words: list[str]) -> bool:
    """'melaina prest' ends with 'prest', with 'melaina prest' and with 'm prest' (an initial for the forename)."""
    tail = full[-len(words):] if len(words) <= len(full) else []
    return bool(tail) and all(w == f or len(w) == 1 and f.startswith(w) and n < len(words) - 1
                              for n, (w, f) in enumerate(zip(words, tail, strict=True)))


def _source(file: str, first: int, last: int, pages: Mapping[str, Paging] | None) -> dict[str, Any]:
    """`{file, lines, pages, ocr_pages}`: pages where the file has pages worth citing (a PDF, or text with
    form feeds), and those of them read by OCR."""
    source: dict[str, Any] = {"file": file, "lines": [first, last]}
    paging = (pages or {}).get(file)
    if paging and paging.cited:
        source["pages"] = list(paging.span(first, last))
    if paging and paging.ocr_within(*paging.span(first, last)):
        source["ocr_pages"] = list(paging.ocr_within(*paging.span(first, last)))
    return source


def _body_text(meeting: MeetingDraft, items: list[tuple[str, ItemDraft]]) -> str:
    out = [t for t in meeting.intro if t.strip()]
    for anchor, item in items:
        number = item.minute or item.agenda
        heading = f"## {f'{number}. ' if number else ''}{item.title} {{#{anchor}}}"
        parts = [heading]
        if item.text:
            parts.append(item.text)
        if item.agenda_text:
            parts.append(f"*Agenda:* {item.agenda_text}" if item.text else item.agenda_text)
        for report in item.reports:
            parts.append(f"### Report: {report.title}\n\n{report.text.strip()}")
        for title, text in item.attachments:
            parts.append(f"### Attachment: {title}\n\n{text}")
        out.append("\n\n".join(parts))
    text = "\n\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text)


def _title_anchor(title: str) -> str:
    """An unnumbered item's id, from its title ('CALL TO ORDER' -> 'item-call-to-order')."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-")
    return f"item-{slug}" if slug else "item"


def record(meeting: MeetingDraft, names: Names, pages: Mapping[str, Paging] | None = None) -> tuple[str, str, str]:
    """(body id, file name without .md, record text) for one meeting; `pages` say which page each line of
    each source file is on."""
    body, front, anchored = _front(meeting, names, pages)
    return body, meeting.date.isoformat(), format_record(front, _body_text(meeting, anchored))


def rosters(meetings: list[MeetingDraft]) -> dict[str, list[str]]:
    """Body as printed -> every full name (two words or more) its meetings in one import print in attendance or
    membership lists: an agenda's members, for minutes in the same file naming them by surname only."""
    found: dict[str, list[str]] = {}
    for meeting in meetings:
        names = found.setdefault(meeting.body.lower(), [])
        names.extend(a.name.name for a in [*meeting.attendance, *meeting.membership]
                     if len(a.name.name.split()) > 1 and a.name.name not in names)
    return found


def register(meeting: MeetingDraft, names: Names) -> None:
    """Show the resolvers every name of a meeting, as `record` would, without writing its text: the first
    of the two passes over the meetings, which only settles the names (YAML output was half its time)."""
    _front(meeting, names, None)


def posts_of(role: str | None) -> list[str]:
    """The posts a role names: 'Comptroller and Secretary' is the comptroller and the secretary as well."""
    if not role:
        return []
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+|\s*&\s*", role.lower()) if p.strip()]
    return list(dict.fromkeys([role.lower(), *(parts if len(parts) > 1 else [])]))


def _front(meeting: MeetingDraft, names: Names,
           pages: Mapping[str, Paging] | None) -> tuple[str, dict[str, Any], list[tuple[str, ItemDraft]]]:
    """(body id, front matter, items with their anchors) of one meeting, every name resolved."""
    body = names.body(meeting.body, meeting.file, meeting.line)
    for alias, file, line in meeting.body_aliases:
        names.bodies.alias(body, alias, f"{file}:{line}")
    for member in meeting.membership:  # registered as people and their memberships, never written as attendance
        person = _attendance(member, names)["person"]
        if names.people.frozen:
            names.listings.add(person, body, role_of(member), meeting.date, f"{member.line.file}:{member.line.number}")
    front: dict[str, Any] = {"body": body, "date": meeting.date.isoformat()}
    for key in ("start", "end", "venue"):
        if getattr(meeting, key):
            front[key] = getattr(meeting, key)
    front["type"] = meeting.type or "ordinary"
    front["status"] = meeting.status
    names.present = [a.name.name for a in [*meeting.attendance, *meeting.membership]]
    names.roster = names.rosters.get(meeting.body.lower(), [])
    holders: dict[str, set[str]] = {}
    for entry in meeting.attendance:
        for post in posts_of(entry.role):
            holders.setdefault(post, set()).add(entry.name.name)
    names.posts = {post: next(iter(held)) for post, held in holders.items() if len(held) == 1}
    attendance = _merge_attendance([_attendance(a, names) for a in meeting.attendance])
    if attendance:
        front["attendance"] = attendance
    anchored: list[tuple[str, ItemDraft]] = []
    seen: set[str] = set()
    for item in meeting.items:
        anchor = base = anchor_for(item.minute, item.agenda) or _title_anchor(item.title)
        copy = 1
        while anchor in seen:  # a number printed again under another section: 'item-1-2', 'item-1-3'
            copy += 1
            anchor = f"{base}-{copy}"
        seen.add(anchor)
        anchored.append((anchor, item))
    if anchored:
        front["items"] = []
        for anchor, item in anchored:
            data = _item(item, names, meeting, pages)
            if anchor != anchor_for(item.minute, item.agenda):
                data = {"id": anchor, **data}
            front["items"].append(data)
    documents = []
    for document in meeting.documents:
        if document not in documents:
            documents.append(document)
    front["documents"] = documents
    front["sources"] = [{**_source(f, a, b, pages), "part": part} for f, a, b, part in sorted(set(meeting.sources))]
    return body, front, anchored


def registry_entries(resolver: Resolver, kind: str, listings: Listings | None = None) -> list[dict[str, Any]]:
    """Registry entries, sorted by id: entries already there keep every field; new variants become aliases;
    people get the memberships the agendas' membership lists show (`listings`)."""
    result = []
    for identity in sorted(resolver.entries.values(), key=lambda i: i.id):
        if not identity.variants and not identity.known:
            continue
        entry: dict[str, Any] = dict(identity.extra) if identity.known else {}
        entry["id"], entry["name"] = identity.id, identity.name
        if kind == "person" and not identity.known and identity.honorifics:
            entry["honorific"] = sorted(identity.honorifics.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        if kind == "body" and not identity.known:
            lowered = identity.name.lower()
            entry["kind"] = next((k for word, k in BODY_KINDS if lowered.endswith(word)), "committee")
        if identity.aliases:
            entry["aliases"] = identity.aliases
        if kind == "person" and not identity.known and identity.organisations:
            entry["organisation"] = Counter(identity.organisations).most_common(1)[0][0]
        if kind == "person" and len(identity.parties) == 1 and not entry.get("party"):
            # Only a party the documents print, and only one: two (a defection, a misprint) are left to a person.
            (party, where), = identity.parties.items()
            entry["party"] = party
            entry.setdefault("source", f"party printed beside the name at {where}")
        found = listings.of(identity.id) if kind == "person" and listings else []
        if found:
            entry["memberships"] = merged(entry.get("memberships") or [], found)
        ordered = {k: entry[k] for k in ("id", "name", "honorific", "kind", "aliases", "organisation") if k in entry}
        ordered.update({k: v for k, v in entry.items() if k not in ordered})
        result.append(ordered)
    return result
