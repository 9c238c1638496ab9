"""Cross-linking: mentions of people, organisations, bodies, meetings and minutes become links.

Runs once over the whole archive before any page is rendered (link, then render), so that pages can
show backlinks: where a person was named, where an organisation was mentioned.

Matching works on word tokens, not one giant regular expression, so it stays linear in the text with
thousands of registered names. Rules: never inside headings, code or existing links; never a part of
a word; never a guess (a name two people share links to neither). A surname alone never links; with a
title ("Cllr Green", "Dr Small") it links when exactly one registered person has that surname.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .dates import parse_date
from .model import Archive, Item, Meeting
from .parallel import fork_map
from .registry import normalise
from .urls import md_link, page_file

if TYPE_CHECKING:
    from .pagecache import Stash

TITLES = ("Councillor", "Cllr", "Councillors", "Cllrs", "Dr", "Doctor", "Mr", "Mrs", "Ms", "Miss", "Mx",
          "Professor", "Prof", "Reverend", "Rev", "Revd", "Sir", "Dame", "Lord", "Lady", "Alderman",
          "Honorary Alderman", "Chief Superintendent", "Superintendent", "Chief Inspector", "Inspector",
          "Borough Commander", "Father", "Canon", "Rabbi", "Imam")
TOKEN_RE = re.compile(r"[^\W_][\w’'&-]*")
GAP_RE = re.compile(r"^\.?[ \t]*\n?[ \t]*$")
POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’)$")
# Spans of a paragraph that must never be touched: code, links, images, autolinks, raw HTML, URLs.
PROTECTED_RE = re.compile(
    r"(`+)[\s\S]*?\1"  # code spans
    r"|!?\[[^\]]*\]\([^)]*\)"  # inline links and images
    r"|!?\[[^\]]*\]\[[^\]]*\]"  # reference links
    r"|<[^>\n]+>"  # autolinks and HTML tags
    r"|https?://\S+"  # bare URLs
    r"|\{[#.][^}]*\}"  # attribute lists
)
MEETING_REF_RE = re.compile(
    r"(?:(?P<body>(?:[A-Z][\w&’'-]*\s+){1,6}?))?(?P<phrase>meeting\s+held\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]+),?\s+(?P<year>\d{4}))")
MINUTE_REF_RE = re.compile(r"\b(?P<phrase>Minutes?\s+(?:No\.?\s*)?(?P<number>\d+[A-Za-z]?(?:/\d+)?))(?![\w/])")
# What each pattern cannot match without: a block that has none of them is not scanned. Scanning every block with
# MEETING_REF_RE, which tries its run of capitalised words at each capital, was a fifth of the link phase.
NEEDS = {PROTECTED_RE: ("`", "[", "<", "http", "{"), MEETING_REF_RE: ("held",), MINUTE_REF_RE: ("Minute",)}
AMBIGUOUS = "?"
END = None  # a trie node's key for the name that ends there (every other key is a token)
Word = tuple[str, int, int, bool]  # normalised text, start, end, joined to the previous word by a space


@dataclass(frozen=True)
class Target:
    kind: str  # person, organisation, body
    id: str
    url: str


@dataclass
class Links:
    """What the link phase found: linked text for every section, and who was mentioned where."""

    # (meeting id, anchor) -> linked Markdown, zlib-compressed: a 10,000-meeting archive's text is
    # 250 MB, and each section is read once, when its meeting page is rendered.
    texts: dict[tuple[str, str | None], bytes] = field(default_factory=dict)
    mentions: dict[tuple[str, str], list[tuple[Meeting, Item | None]]] = field(
        default_factory=lambda: defaultdict(list))  # (kind, id) -> places

    def text(self, meeting: Meeting, anchor: str | None) -> str:
        packed = self.texts.get((meeting.id, anchor))
        return zlib.decompress(packed).decode() if packed else ""


class NameIndex:
    """Names as a trie of their tokens: a lookup walks the text's words as far as some name goes, so its
    cost is the length of the name found, not the number of names that start alike (every person's name
    after "Councillor", "Mr" and the other titles starts alike). The longest match wins."""

    def __init__(self) -> None:
        self.root: dict = {}  # token -> node; a node maps tokens to nodes, and END to the name ending there

    def add(self, name: str, target: Target) -> None:
        tokens = [normalise(t) for t in TOKEN_RE.findall(name)]
        if not tokens:
            return
        node = self.root
        for token in tokens:
            node = node.setdefault(token, {})
        known = node.get(END)
        node[END] = target if known in (None, target) else AMBIGUOUS

    def match(self, words: _Words, start: int) -> tuple[int, str | Target] | None:
        """Longest registered name starting at word `start` whose words are joined: (number of words, target)."""
        node = self.root.get(words[start][0])
        best, n = None, 1
        while node is not None:
            if END in node:
                best = (n, node[END])
            if start + n >= len(words) or not words[start + n][3]:
                break
            node = node.get(words[start + n][0])
            n += 1
        return best


def build_index(archive: Archive) -> NameIndex:
    index = NameIndex()
    surnames: dict[str, set[str]] = defaultdict(set)
    for person in archive.people.values():
        target = Target("person", person.id, person.url)
        for name in (person.name, *person.aliases):
            index.add(name, target)
            for title in TITLES:
                index.add(f"{title} {name}", target)
            surnames[normalise(name.split()[-1])].add(person.id)
    for person in archive.people.values():
        surname = person.name.split()[-1]
        if surnames[normalise(surname)] == {person.id}:
            for title in TITLES:
                index.add(f"{title} {surname}", Target("person", person.id, person.url))
    for kind, registry in (("organisation", archive.organisations), ("body", archive.bodies)):
        for entity in registry.values():
            for name in (entity.name, *entity.aliases):
                if kind == "organisation" or len(name.split()) > 1:  # "Council", "Cabinet" alone are too generic
                    index.add(name, Target(kind, entity.id, entity.url))
    return index


class _Words:
    """A block's tokens as `Word`s (normalised text, start, end, joined to the previous token by only a
    space, a dot or a line break), each worked out when a name lookup first asks for it: most tokens
    start no name, and normalising every token was a third of the link phase."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [m.span() for m in TOKEN_RE.finditer(text)]
        self.done: dict[int, Word] = {}

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, index: int) -> Word:
        word = self.done.get(index)
        if word is None:
            start, end = self.spans[index]
            possessive = POSSESSIVE_RE.search(self.text, start, end)
            if possessive and possessive.start() > start:
                end = possessive.start()
            joined = index > 0 and bool(GAP_RE.match(self.text[self.spans[index - 1][1]:start]))
            word = self.done[index] = (normalise(self.text[start:end]), start, end, joined)
        return word


class Linker:
    def __init__(self, archive: Archive):
        self.archive = archive
        self.index = build_index(archive)
        self.by_body_date: dict[tuple[str, dt.date], list[Meeting]] = defaultdict(list)
        for meeting in archive.meetings:
            self.by_body_date[(meeting.body, meeting.date)].append(meeting)
        self.body_names = {normalise(n): b.id for b in archive.bodies.values() for n in (b.name, *b.aliases)}
        self.minutes: dict[tuple[str, str], list[tuple[Meeting, Item]]] = defaultdict(list)
        for meeting in archive.meetings:
            for item in meeting.items:
                if item.minute:
                    self.minutes[(meeting.body, item.minute)].append((meeting, item))

    def _meeting_ref(self, match: re.Match, meeting: Meeting) -> Meeting | None:
        date = parse_date(f"{match.group('day')} {match.group('month')} {match.group('year')}")
        if date is None:
            return None
        body = meeting.body
        if match.group("body"):
            words = normalise(match.group("body")).split()
            for i in range(len(words)):  # "the Cabinet" -> "cabinet"; longest tail naming a body wins
                if " ".join(words[i:]) in self.body_names:
                    body = self.body_names[" ".join(words[i:])]
                    break
        found = self.by_body_date.get((body, date), [])
        return found[0] if len(found) == 1 else None

    def _minute_ref(self, number: str, context: list[Meeting]) -> tuple[Meeting, Item] | None:
        """The item a "Minute N" means: in the meeting just referred to, this one, then this body's others."""
        for scope in context:
            found = [i for i in scope.items if i.minute == number]
            if len(found) == 1:
                return scope, found[0]
        same_body = self.minutes.get((context[-1].body, number), [])
        return same_body[0] if len(same_body) == 1 else None

    def link(self, text: str, meeting: Meeting, from_file: str, places: list[tuple[str, str]]) -> str:
        """`text` with mentions made into links; each (kind, id) linked is appended to `places`."""
        out: list[str] = []
        for block in re.split(r"(\n[ \t]*\n)", text):
            out.append(block if _is_verbatim(block) else self._link_block(block, meeting, from_file, places))
        return "".join(out)

    def _link_block(self, block: str, meeting: Meeting, from_file: str, places: list[tuple[str, str]]) -> str:
        protected = [m.span() for m in _found(PROTECTED_RE, block)]
        edits: list[tuple[int, int, str]] = []  # start, end, replacement

        def free(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in protected) and not any(
                s < end and start < e for s, e, _ in edits)

        referred: list[Meeting] = []
        for match in _found(MEETING_REF_RE, block):
            target = self._meeting_ref(match, meeting)
            start, end = match.span("phrase")
            if target and target is not meeting and free(start, end):
                referred.append(target)
                edits.append((start, end, f"[{block[start:end]}]({md_link(from_file, target.url)})"))
        for match in _found(MINUTE_REF_RE, block):
            start, end = match.span("phrase")
            found = self._minute_ref(match.group("number"), [*referred[-1:], meeting])  # the one just named, then this
            if found and free(start, end):
                target_meeting, item = found
                href = md_link(from_file, target_meeting.url, item.anchor)
                edits.append((start, end, f"[{block[start:end]}]({href})"))
        words = _Words(block)
        after = 0  # the first word a name found so far has not taken
        for i in [i for i, (start, _) in enumerate(words.spans) if block[start].isupper()]:  # names start there
            found = self.index.match(words, i) if i >= after else None
            if found and isinstance(found[1], Target) and not _stranger(found, meeting):
                n, target = found
                start, end = words[i][1], words[i + n - 1][2]
                if free(start, end):
                    edits.append((start, end, f"[{block[start:end]}]({md_link(from_file, target.url)})"))
                    places.append((target.kind, target.id))
                after = i + n
        for start, end, replacement in sorted(edits, reverse=True):
            block = block[:start] + replacement + block[end:]
        return block


def _stranger(found: tuple[int, Target], meeting: Meeting) -> bool:
    """A person known by one word alone ('el', a chat's handle; 'Gary') whom the meeting's attendance does not
    list: the word there is someone else's, or no one's ('El Camino Health', 'Gary, Indiana')."""
    n, target = found
    return n == 1 and target.kind == "person" and all(a.person != target.id for a in meeting.attendance)


def _link_targets(archive: Archive) -> str:
    """A hash of everything a meeting's text may link to (registries, every meeting's address and minutes)
    and of this module's code: while it is unchanged, a meeting whose own text is unchanged links the same."""
    meetings = [(m.id, m.body, m.date, m.url, [(i.minute, i.anchor) for i in m.items]) for m in archive.meetings]
    text = repr((Path(__file__).read_bytes(), archive.people, archive.organisations, archive.bodies, meetings))
    return hashlib.sha256(text.encode()).hexdigest()


def _found(pattern: re.Pattern[str], block: str) -> Iterator[re.Match[str]]:
    """`pattern`'s matches in `block`, not looked for when the block lacks everything the pattern `NEEDS`."""
    return pattern.finditer(block) if any(needed in block for needed in NEEDS[pattern]) else iter(())


def _is_verbatim(block: str) -> bool:
    """Headings, fenced or indented code, tables' separator rows and HTML blocks are left exactly as written."""
    stripped = block.lstrip("\n")
    return (not stripped.strip() or stripped.startswith(("#", "```", "~~~", "    ", "\t", "<"))
            or bool(re.match(r"^\s*\[[^\]]+\]:\s", stripped)))


def with_topics(archive: Archive) -> Archive:
    """The archive with every item's topics resolved (named in the record, or tagged by a topic's
    phrases), so that pages, feeds, data and search all read the same `item.topics`."""
    return replace(archive, meetings=tuple(map(Tagger(archive).meeting, archive.meetings)))


def topic_text(item: Item) -> str:
    """What an item is about: its title, its decisions and recommendations, the subjects of its reports and
    the titles of its motions - never a passing mention in the minutes' text (a minute's silence for a
    former school governor is not about schools)."""
    return " ".join(p for p in (item.title, *_beyond_title(item)) if p)


def _beyond_title(item: Item) -> list[str]:
    """What else says what an item is about (`topic_text`): tagging reads it apart from the title."""
    return [*item.decisions, *(r.text for r in item.recommendations), *(r.subject or r.title for r in item.reports),
            *(m.title or "" for m in item.motions)]


# Words that name someone or something rather than say what an item is about: a role ("Portfolio Holder for
# Public Health", up to the next comma) and an Act ("the Local Government and Housing Act 1989").
NAMING_RE = re.compile(r"\b(?:Portfolio Holders?|Cabinet Members?|(?:Divisional |Corporate |Executive |Assistant )?"
                       r"Directors?|Heads? of Service|Heads?) (?:for|of) [^,;:.()]*"
                       r"|(?:\b[A-Z][\w’'-]*\s+(?:(?:and|of|for|the)\s+)?)+Act\s+\d{4}\b")


def tag_topics(archive: Archive, item: Item) -> tuple[str, ...]:
    """An item's topics: those its record names, then those whose phrases say what the item is about. Beyond
    its title, the names of bodies, roles and Acts are not what it is about: "the terms of reference of the
    Health and Wellbeing Board" in a list of committees' decisions, or "the Portfolio Holder for Public
    Health", tag nothing (a title naming a body, "Terms of Reference for Health and Wellbeing Board", does)."""
    return Tagger(archive).tag(item)


class Tagger:
    """`tag_topics` with the registries' names normalised once, for tagging every item of an archive."""

    def __init__(self, archive: Archive):
        self.bodies = [f" {normalise(name)} " for body in archive.bodies.values()
                       for name in (body.name, *body.aliases) if len(name.split()) > 1]
        self.topics = [(topic.id, [f" {p} " for p in map(normalise, topic.phrases) if p])
                       for topic in archive.topics.values()]

    def tag(self, item: Item) -> tuple[str, ...]:
        found = list(item.topics)
        rest = f" {normalise(NAMING_RE.sub(' | ', ' '.join(p for p in _beyond_title(item) if p)))} "
        for name in self.bodies:
            rest = rest.replace(name, " | ")
        haystack = f" {normalise(item.title)} |{rest}"
        for topic, phrases in self.topics:
            if topic not in found and any(phrase in haystack for phrase in phrases):
                found.append(topic)
        return tuple(found)

    def meeting(self, meeting: Meeting) -> Meeting:
        """The meeting with every item's topics resolved; an item whose topics are unchanged is kept as it is."""
        def tagged(item: Item) -> Item:
            topics = self.tag(item)
            return item if topics == item.topics else replace(item, topics=topics)

        return replace(meeting, items=tuple(map(tagged, meeting.items)))


def sections_of(meeting: Meeting) -> Iterator[tuple[str | None, str, Item | None]]:
    yield None, meeting.intro, None
    for item in meeting.items:
        yield item.anchor, item.text, item


def link_meeting(linker: Linker, meeting: Meeting) -> list[tuple[bytes, list[tuple[str, str]]]]:
    """Each section of one meeting linked (compressed) with the places it mentions, in `sections_of` order."""
    from_file = page_file(meeting.url)
    linked = []
    for _, text, _ in sections_of(meeting):
        places: list[tuple[str, str]] = []
        text = linker.link(text, meeting, from_file, places)
        linked.append((zlib.compress(text.encode(), 1) if text else b"", list(dict.fromkeys(places))))
    return linked


def link_archive(archive: Archive, processes: int | None = None, cache: Stash | None = None) -> Links:
    """The link phase: every section of every record linked, every mention and topic recorded.
    Meetings are linked independently, on every core; mentions are gathered in archive order.
    `cache` (while serving) keeps each meeting's result, keyed by its text and everything it may link to."""
    linker = Linker(archive)
    links = Links()
    targets = _link_targets(archive) if cache is not None else ""

    def linked_meeting(index: int) -> list[tuple[bytes, list[tuple[str, str]]]]:
        meeting = archive.meetings[index]
        if cache is not None:
            key = hashlib.sha256(repr((targets, meeting.id, list(sections_of(meeting)))).encode()).hexdigest()
            if (found := cache.get(key)) is not None:
                return found
        linked = link_meeting(linker, meeting)
        if cache is not None:
            cache.put(key, linked)
        return linked

    for meeting, linked in zip(archive.meetings, fork_map(linked_meeting, len(archive.meetings), processes=processes),
                               strict=True):
        for (anchor, _, item), (text, places) in zip(sections_of(meeting), linked, strict=True):
            if text:
                links.texts[(meeting.id, anchor)] = text
            for place in places:
                links.mentions[place].append((meeting, item))
    return links
