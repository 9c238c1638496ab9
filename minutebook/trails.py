"""Decision trails: a matter followed from meeting to meeting, linked both ways.

A recommendation from Cabinet goes to Council; an item is deferred to the next meeting; a panel asks for
a report back. Agendas say so in words ("Recommendation I: Cabinet (13 July 2017)"), never as links.
Links between two items are found by these rules, tried on every item (`RULES`, in this order):

1. `from:` in the record (a clerk's statement, always kept): `from: cabinet/2017-07-13#minute-576`.
2. A body named with a date, in the item's title, its `references` or the opening of its text
   ("Cabinet (13 July 2017)", "the Cabinet meeting held on 13 July 2017", "Cabinet 2017-07-13"), naming
   one meeting of the archive other than this one. The item meant is the one whose minute number follows
   ("(Minute 576)"), else the one whose title is most like this item's title (`similarity` at least
   `ENOUGH`, and better than any other); no item, no link. The earlier of the two is where the matter
   came from, the later what happened next.
3. A decision that defers something or asks for it to come back "to the next meeting" (or to a meeting
   of the same body on a date): the body's next meeting (or that one), at the item most like the one
   deferred, or the meeting itself where no item is alike.

A trail is every item joined by such links, oldest first; each has a page (`pages/trail.py`) named after
its first item, so it stays put as later meetings add steps.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from .dates import MONTHS
from .model import Archive, Item, Meeting
from .registry import normalise

OPENING = 600  # characters of an item's text read for a reference: agendas state the origin first
ENOUGH = 0.6  # title similarity below which two items are not taken for one matter
# A date starts with a digit ('13 July 2017', '13th July, 2017', '2017-07-13'), so few places are tried.
DATE = (r"(?<![\d-])(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})"
        r"|(?P<iso>\d{4}-\d{2}-\d{2}))(?!\d)")
LINKING = (r"(?:['’]s)?[\s,:;(–—-]*(?:meetings?\s+)?(?:(?:held|of|on|dated)\s+)*"
           r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?")
DATE_RE = re.compile(DATE)
YEAR_RE = re.compile(r"[12]\d\d\d")  # every date has one: a simple pattern scans text 9 times faster than DATE_RE
BEFORE = 80  # characters before a date searched for the body's name ("the Cabinet meeting held on Thursday")
MINUTE_AFTER_RE = re.compile(r"^\)?[\s,;:]*\(?\s*(?:minutes?|min\.)\s*(?:no\.?\s*)?(?P<minute>\d+[A-Za-z]?)\b", re.I)
FORWARD_RE = re.compile(r"\bbe\s+(?P<verb>deferred|submitted|presented|provided|brought|reported|considered)\b", re.I)
NEXT_RE = re.compile(r"\bnext\s+meeting\b", re.I)
ON_DATE_RE = re.compile(r"\b(?:on|of|for)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + DATE, re.I)
WORD_RE = re.compile(r"\w+(?:-\w+)*")
# Words that say what kind of paper an item is, not what it is about.
GENERIC = frozenset((
    "a", "an", "and", "as", "at", "be", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    "that", "this", "its", "their", "report", "reports", "update", "updates", "information", "progress",
    "recommendation", "recommendations", "reference", "minute", "minutes", "item", "items", "meeting", "further",
    "summary", "draft", "final", "annual", "i", "ii", "iii"))
ITEM_KEY = tuple[str, str]  # meeting id, item anchor


@dataclass(frozen=True)
class Link:
    """`earlier` led to `later` (an item, or only a meeting where no item of it is alike)."""

    earlier: tuple[Meeting, Item]
    later: tuple[Meeting, Item | None]
    kind: str  # recommendation, reference, deferred, report back, record
    evidence: str  # what the record says, shown on the trail page: how the link was found


@dataclass(frozen=True)
class Trail:
    steps: tuple[tuple[Meeting, Item], ...]  # oldest first
    links: tuple[Link, ...]

    @property
    def id(self) -> str:
        meeting, item = self.steps[0]
        return f"{meeting.body}-{meeting.slug}-{item.anchor}"

    @property
    def url(self) -> str:
        return f"trails/{self.id}/"


@dataclass
class Trails:
    came_from: dict[ITEM_KEY, list[Link]] = field(default_factory=lambda: defaultdict(list))
    went_to: dict[ITEM_KEY, list[Link]] = field(default_factory=lambda: defaultdict(list))
    of_item: dict[ITEM_KEY, Trail] = field(default_factory=dict)
    trails: list[Trail] = field(default_factory=list)


def key(meeting: Meeting, item: Item) -> ITEM_KEY:
    return (meeting.id, item.anchor)


def words(text: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    return {w for w in WORD_RE.findall(normalise(text)) if w not in GENERIC and w not in ignore} if text else set()


def similarity(a: set[str], b: set[str]) -> float:
    """Dice's coefficient of two titles' words: 1 for the same words, 0 for none shared."""
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _date(match: re.Match) -> dt.date | None:
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        month = MONTHS.get(match.group("month").lower())
        return dt.date(int(match.group("year")), month, int(match.group("day"))) if month else None
    except ValueError:
        return None


class Finder:
    """The archive indexed for the rules: meetings by body and date, body names as one pattern."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.by_body_date: dict[tuple[str, dt.date], list[Meeting]] = defaultdict(list)
        self.by_id: dict[str, Meeting] = {}
        for meeting in archive.meetings:
            self.by_body_date[(meeting.body, meeting.date)].append(meeting)
            self.by_id[meeting.id] = meeting
        names = {normalise(n): b.id for b in archive.bodies.values() for n in (b.name, *b.aliases) if normalise(n)}
        self.body_of_name = names
        alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
        # Dates are found first (they start with a digit, so few places are tried), then a body's name is
        # looked for just before each: one pattern of every name tried at every character was 3 MB/s.
        self.body_before_re = re.compile(rf"(?<![\w-])(?P<body>{alternatives}){LINKING}\Z", re.I) if names else None
        self.body_words = {b.id: words(" ".join((b.name, *b.aliases))) for b in archive.bodies.values()}

    def meeting_at(self, body: str, date: dt.date, besides: Meeting) -> Meeting | None:
        found = [m for m in self.by_body_date.get((body, date), []) if m is not besides]
        return found[0] if len(found) == 1 else None

    def alike(self, meeting: Meeting, item: Item, target: Meeting, subject: str = "") -> Item | None:
        """The item of `target` most like `item` (by title, or holding every word of `subject`), if clearly."""
        ignore = self.body_words.get(meeting.body, frozenset()) | self.body_words.get(target.body, frozenset())
        mine, about = words(item.title, ignore), words(subject, ignore)
        scored = []
        for other in target.items:
            theirs = words(other.title, ignore)
            contained = len(about & theirs) / len(about) if about else 0.0
            scored.append((max(similarity(mine, theirs), contained), other))
        scored.sort(key=lambda pair: -pair[0])
        if scored and scored[0][0] >= ENOUGH and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return scored[0][1]
        return None


def _recommended(earlier: Item, to: str) -> bool:
    return any(r.to == to for r in earlier.recommendations)


def _ordered(here: tuple[Meeting, Item], there: tuple[Meeting, Item], evidence: str) -> Link | None:
    """The link between two items, the earlier first; none between two meetings of one day."""
    if here[0].date == there[0].date:
        return None
    earlier, later = (there, here) if there[0].date < here[0].date else (here, there)
    kind = "recommendation" if _recommended(earlier[1], later[0].body) else "reference"
    return Link(earlier, later, kind, evidence)


def by_record(finder: Finder, meeting: Meeting, item: Item) -> Iterator[Link]:
    """Rule 1: the record's `from:` addresses (checked by `validate`; an unknown one is skipped here)."""
    for address in item.from_:
        found = resolve(finder, address)
        if isinstance(found, tuple):
            yield Link(found, (meeting, item), "recommendation" if _recommended(found[1], meeting.body)
                       else "record", f"the record says it came from {address}")


def dates(text: str) -> Iterator[re.Match]:
    """The dates in `text`, found around its years ('13th September, 2017' is 16 characters before its year)."""
    seen = set()
    for year in YEAR_RE.finditer(text):
        match = DATE_RE.search(text, max(0, year.start() - 20), year.end() + 7)
        if match and match.span() not in seen:
            seen.add(match.span())
            yield match


def by_reference(finder: Finder, meeting: Meeting, item: Item) -> Iterator[Link]:
    """Rule 2: a body and a date in the title, the references or the opening of the text."""
    if finder.body_before_re is None:
        return
    for text in (item.title, item.text[:OPENING], *item.references):  # the printed words first: the evidence shown
        for match in dates(text):
            window = max(0, match.start() - BEFORE)
            named = finder.body_before_re.search(text, window, match.start())
            body = finder.body_of_name.get(normalise(named.group("body"))) if named else None
            date = _date(match)
            target = finder.meeting_at(body, date, meeting) if body and date else None
            if target is None:
                continue
            minute = MINUTE_AFTER_RE.match(text[match.end():])
            numbered = [i for i in target.items if minute and i.minute == minute.group("minute")]
            other = numbered[0] if len(numbered) == 1 else finder.alike(meeting, item, target)
            if other is not None:
                end = match.end() + (minute.end() if minute else 0)
                end += text[end:end + 1] == ")" and "(" in text[named.start():end]
                evidence = " ".join(text[named.start():end].split())
                link = _ordered((meeting, item), (target, other), f"“{evidence}”")
                if link:
                    yield link


def by_deferral(finder: Finder, meeting: Meeting, item: Item) -> Iterator[Link]:
    """Rule 3: deferred, or asked to come back, to the next meeting or to the body's meeting on a date."""
    for decision in item.decisions:
        forward = FORWARD_RE.search(decision)
        if not forward:
            continue
        dated = ON_DATE_RE.search(decision, forward.end())
        day = _date(dated) if dated else None
        if day is not None:
            target = finder.meeting_at(meeting.body, day, meeting)
        elif NEXT_RE.search(decision, forward.end()):
            target = next((m for m in finder.archive.meetings_of(meeting.body) if m.date > meeting.date), None)
        else:
            target = None
        if target is None or target.date <= meeting.date:
            continue
        kind = "deferred" if forward.group("verb").lower() == "deferred" else "report back"
        other = finder.alike(meeting, item, target, decision[:forward.start()])
        yield Link((meeting, item), (target, other), kind, f"“{' '.join(decision.split())}”")


RULES: tuple[Callable[[Finder, Meeting, Item], Iterator[Link]], ...] = (by_record, by_reference, by_deferral)


ADDRESS_RE = re.compile(r"^(?:meetings/)?(?P<meeting>[a-z0-9-]+/[A-Za-z0-9_.-]+?)/?#(?P<anchor>[A-Za-z0-9_.-]+)$")


def resolve(finder: Finder, address: str) -> tuple[Meeting, Item] | str:
    """`cabinet/2017-07-13#minute-576` (or the page's address, `meetings/cabinet/2017-07-13/#minute-576`)
    -> the meeting and item, or why not (an item is found by any anchor it answers to)."""
    from .ledger import item_anchors

    match = ADDRESS_RE.match(address.strip())
    if not match:
        return "expected a meeting and an item, like 'cabinet/2017-07-13#minute-576'"
    meeting = finder.by_id.get(match.group("meeting"))
    if meeting is None:
        return f"no meeting '{match.group('meeting')}' in the archive"
    for item in meeting.items:
        if match.group("anchor") in item_anchors(item):
            return meeting, item
    known = ", ".join(i.anchor for i in meeting.items) or "none"
    return f"{match.group('meeting')} has no item '{match.group('anchor')}' (its items: {known})"


_FOUND: list[tuple[Archive, Trails]] = []  # the last archives' trails: a build asks for them several times


def forget() -> None:
    """Let go of the archives remembered (`site.forget`)."""
    _FOUND.clear()


def find_trails(archive: Archive) -> Trails:
    """Every link the rules find, and the trails they make, oldest step first. The same archive is read
    once (the ledger's check, the pages and the ledger's update each ask)."""
    for known, trails in _FOUND:
        if known is archive:
            return trails
    trails = _find(archive)
    _FOUND[:] = [*_FOUND[-1:], (archive, trails)]
    return trails


def rules_read(meeting: Meeting) -> tuple:
    """All of a meeting that the rules read, of it and of its items (what others' references and deferrals
    are matched against, and what its own items refer to): while it is unchanged, so are the links."""
    return (meeting.id, meeting.body, meeting.date, meeting.sort_key, tuple(
        (i.anchor, i.minute, i.agenda, i.title, i.text[:OPENING], tuple(i.references), tuple(i.decisions),
         tuple(i.from_), tuple(r.to for r in i.recommendations)) for i in meeting.items))


def moved_on(archive: Archive, trails: Trails, old: Meeting, new: Meeting) -> None:
    """`archive`'s trails are `trails` with `new` in the place of `old` (their `rules_read` is the same):
    remembered for `find_trails`, so one edited record (`build.py serve`) need not find every trail again."""
    items = {id(was): now for was, now in zip(old.items, new.items, strict=True)}

    def step(pair: tuple) -> tuple:
        meeting, item = pair
        return (new, items.get(id(item), item) if item is not None else None) if meeting is old else pair

    links: dict[int, Link] = {}

    def moved(link: Link) -> Link:
        if id(link) not in links:
            links[id(link)] = link if old not in (link.earlier[0], link.later[0]) else replace(
                link, earlier=step(link.earlier), later=step(link.later))
        return links[id(link)]

    result = Trails()
    for mine, theirs in ((trails.came_from, result.came_from), (trails.went_to, result.went_to)):
        for k, found in mine.items():
            theirs[k] = [moved(link) for link in found]
    remade: dict[int, Trail] = {}
    for trail in trails.trails:
        remade[id(trail)] = Trail(tuple(step(s) for s in trail.steps), tuple(moved(link) for link in trail.links))
        result.trails.append(remade[id(trail)])
    result.of_item.update((k, remade[id(trail)]) for k, trail in trails.of_item.items())
    _FOUND[:] = [*_FOUND[-1:], (archive, result)]


def _find(archive: Archive) -> Trails:
    finder = Finder(archive)
    found: dict[tuple, Link] = {}
    for meeting in archive.meetings:
        for item in meeting.items:
            for rule in RULES:
                for link in rule(finder, meeting, item):
                    later = link.later[1]
                    ends = (key(*link.earlier), link.later[0].id, later.anchor if later else None)
                    found.setdefault(ends, link)  # the first rule to find a link says what it is
    trails = Trails()
    parent: dict[ITEM_KEY, ITEM_KEY] = {}

    def root(k: ITEM_KEY) -> ITEM_KEY:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    steps: dict[ITEM_KEY, tuple[Meeting, Item]] = {}
    for link in found.values():
        trails.went_to[key(*link.earlier)].append(link)
        if link.later[1] is not None:
            later = (link.later[0], link.later[1])
            trails.came_from[key(*later)].append(link)
            steps[key(*link.earlier)], steps[key(*later)] = link.earlier, later
            parent[root(key(*later))] = root(key(*link.earlier))
    groups: dict[ITEM_KEY, list[ITEM_KEY]] = defaultdict(list)
    for k in steps:
        groups[root(k)].append(k)
    for members in groups.values():
        ordered = tuple(sorted((steps[k] for k in members), key=lambda s: (s[0].sort_key, s[1].anchor)))
        inside = set(members)
        links = tuple(link for link in found.values() if key(*link.earlier) in inside)
        trail = Trail(ordered, links)
        trails.trails.append(trail)
        for k in members:
            trails.of_item[k] = trail
    trails.trails.sort(key=lambda t: (t.steps[0][0].sort_key, t.id))
    return trails
