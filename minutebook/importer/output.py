"""Stage 7: merged drafts become record files and registries - names resolved to ids, front-matter
and Markdown body laid out the same way every time, so the same input gives the same bytes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from ..model import VOTE_SIDES
from ..records import anchor_for, format_record
from .assemble import similar
from .drafts import AttendanceDraft, ItemDraft, MeetingDraft, ReportDraft, VoteDraft
from .identities import Resolver
from .memberships import Listings, merged, role_of
from .names import MEMBERSHIP_ROLES
from .naming import Names
from .paging import Paging

BODY_KINDS = [("sub-committee", "sub-committee"), ("committee", "committee"), ("cabinet", "executive"),
              ("council", "council"), ("board", "board"), ("panel", "panel"), ("forum", "forum"),
              ("group", "group"), ("partnership", "partnership"),
              # a US county's governing body in Louisiana, Kentucky, Delaware, Texas
              ("police jury", "council"), ("fiscal court", "council"), ("levy court", "council"),
              ("commissioners' court", "council"), ("commissioners court", "council")]


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


def _agency_initials(longer: str, post: str, organisation: str | None) -> bool:
    """'UFA Chief' over 'Chief' of the Unified Fire Authority (its id, 'unified-fire-authority'): the more is the
    initials of the person's agency, in capitals."""
    initials = "".join(word[0] for word in re.split(r"[\s-]+", organisation or "") if word).upper()
    rest = re.sub(rf"(?i)\b{re.escape(post)}\b", "", longer).split()
    return len(initials) >= 2 and rest == [initials]


def _merge_attendance(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per person: a meeting quoted twice lists its members twice."""
    kept: dict[str, dict[str, Any]] = {}
    for entry in entries:
        person = entry["person"]
        if person not in kept:
            kept[person] = entry
            continue
        old = kept[person]
        if old["status"] == "in_attendance" and old.get("capacity") == "officer" and entry["status"] == "present" \
                and "capacity" not in entry:  # 'Minutes Taken by: A' and A among the members present: a member, who
            old["status"] = "present"  # took the minutes
            del old["capacity"]
        if old["status"] in ("present", "absent", "in_attendance") and entry["status"] == "substitute" or \
                old["status"] in ("present", "in_attendance", "absent") and entry["status"] == "apologies":  # listed,
            # then sent apologies; marked away ('Ingrid Barker – A'), then named among the apologies received
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
            elif key == "role" and old.get("role") and value != old["role"] \
                    and re.search(rf"(?i)\b{re.escape(str(old['role']))}\b", str(value)) \
                    and not _agency_initials(str(value), str(old["role"]), old.get("organisation")):
                old["role"] = value  # 'City Recorder Leanne Moll' and her signature 'City Manager/City Recorder':
                # the post that holds the other and more
            elif key == "capacity" and old["status"] == "present" and entry["status"] == "in_attendance":
                continue  # a member listed present, then named in the text as staff are ('Director Hinds provided an
                # update'): a member still
            else:
                old.setdefault(key, value)
    order = ("person", "status", "role", "position", "capacity", "organisation", "substitute_for", "items", "name")
    return [{k: entry[k] for k in order if k in entry} for entry in kept.values()]


def _vote(vote: VoteDraft, names: Names) -> dict[str, Any]:
    """A recorded vote as the record writes it: sides in VOTE_SIDES order, each voter once."""
    entry: dict[str, Any] = {"motion": vote.motion} if vote.motion else {}
    if vote.result:
        entry["result"] = vote.result
    named = {side: [p for n in vote.sides.get(side, []) if (p := names.voter(n, vote.line.file, vote.line.number))]
             for side in VOTE_SIDES}
    if vote.rest:  # 'approved by all Directors in attendance, save for A who opposed': every other member present
        others = {p for people in named.values() for p in people}
        named[vote.rest] = [*named[vote.rest], *(p for p in names.members_present if p not in others)]
    for side in VOTE_SIDES:
        if named[side]:
            entry[side] = list(dict.fromkeys(named[side]))
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
    names.officers = {a.name.name for a in meeting.attendance if a.capacity == "officer"}
    names.roster = names.rosters.get(meeting.body.lower(), {})
    holders: dict[str, set[str]] = {}
    for entry in meeting.attendance:
        for post in posts_of(entry.role):
            holders.setdefault(post, set()).add(entry.name.name)
    names.posts = {post: next(iter(held)) for post, held in holders.items() if len(held) == 1}
    attendance = _merge_attendance([_attendance(a, names) for a in meeting.attendance])
    names.members_present = [a["person"] for a in attendance
                             if a["status"] == "present" and a.get("capacity", "member") == "member"]
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
            lowered = identity.name.lower().replace("’", "'")  # ('Commissioners’ Court': one apostrophe)
            head = re.sub(r"\s+of\s+(?:the\s+)?[\w'’. -]+$", "", lowered)  # 'Board of Directors': a board ('Parish
            # Council of St. Thomas': a council)
            entry["kind"] = next((k for word, k in BODY_KINDS if lowered.endswith(word) or head.endswith(word)),
                                 "committee")
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
