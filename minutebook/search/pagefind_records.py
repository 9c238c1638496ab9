"""What Pagefind indexes: one record per meeting (its items as sub-results), and one per appended document,
person, organisation, body, topic and help page.

Why a meeting and not an item: a query downloads Pagefind's list of every record (about 7 bytes each), so
one record per item made the first query of a visit fetch 168 KB at 2,000 meetings and about 850 KB at
10,000, past the issue's 300 KB; the indexer's memory grows with the records too. In a meeting's record
each item is a section under a heading whose id is the item's anchor: Pagefind gives each matching
section back as a sub-result with its deep link, and the browser shows each as a result of its own
(`docs/javascripts/search.js`), so a minute, agenda item or decision is still found on its own.

Filters: body and year belong to the meeting. Kind (decision, minute, agenda item, report) and person
belong to items, so a meeting's record carries the union of its items' values (Pagefind keeps the
meetings that have one) and, in `items`, each item's own marks, with which the browser keeps only the
items that match: "kind: decision" shows decisions, never the other items of a meeting that took one.

Ranking rule: the item that decided something outranks a page that merely lists it. Lists (the
decisions register, topic, body and people pages) are never indexed by their content, only entities by
their names; and decision text carries `DECIDED_WEIGHT`. The browser's half of the ranking is in
`search.js` (Pagefind's ranking options, and the order of items); tests/test_search_ranking.py holds both.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from . import Document, when

# Pagefind's scale runs to 10; by default a page's h1 weighs 7, h2 6 ... and plain text 1. The heading of an
# item that decided something weighs most, so that it outranks an item that only had the same subject on its
# agenda (longer minutes would otherwise lose to a short agenda entry), and so does the name of a person,
# body, organisation or topic; other items' headings weigh as an h1 does (the catch-all).
HEADING_WEIGHT = {"minute": 7.0, "agenda item": 7.0, "document": 7.0}
NAME_WEIGHT = 10.0
# Where and which number ("Cabinet, 13 January 2019 15"): a query with the body and date finds that meeting's
# item before the same title at another meeting; below the name of the body, whose every item says it.
WHERE_WEIGHT = 10.0
APPENDED_WEIGHT = 0.5  # the text of a long document appended to an item: found, but below the minutes themselves
DECIDED_WEIGHT = 3.0
# What of an item's own running text the website's index holds: its opening (a long document appended to it is
# indexed whole, on its own page). A common word's chunk lists every place it is said in the archive, and a
# result's record carries all it holds, so both grow with the words indexed (see docs/performance.md, Search);
# decisions, titles and notes are indexed whole, and `build.py search` in the terminal searches every word.
OPENING_WORDS = 50
HELP_WEIGHT = 0.5  # the help pages' text: they are found, but below the archive's own items
KIND_LABEL = {"body": "committee or body"}  # how a kind reads in the filter list, where not as it is

# An item's marks (`items` metadata). Pagefind searches metadata too, so the marks are punctuation, which it
# never takes for a word: no record gains "minute" or "decision" as a word ("minutes" must still tell the
# item called Minutes from the rest). The browser reads them back (search.js, `MARKS`): keep the two in step.
KIND_MARK = {"decision": "!", "minute": "#", "agenda item": "$", "report": "%", "document": "&"}
LABEL_MARK = {"minute": "@", "item": "^"}  # "minute 247" is "@247": a query's "247" finds it (search.js, cited)
PERSON_DIGITS = "()*+,-./:;=?[]{}"  # a person's place in the record's person filter, in base 16
ITEM_SEPARATOR, FIELD_SEPARATOR = "|", "~"


@dataclass(frozen=True)
class HelpPage:
    """A hand-written page of the docs folder, as MkDocs rendered it (its content HTML)."""

    url: str
    title: str
    html: str


# Markdown left in an item's text that a snippet should not show: links keep their words, the rest goes.
MARKDOWN_RE = (
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])"), r"\1"),  # a backslash escape shows its character ('2\.')
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\{[#.:][^}]*\}"), ""),
    (re.compile(r"<[^>]+>"), " "),
    (re.compile(r"[*_`#|>]+"), " "),
    (re.compile(r"\s+"), " "),
)
PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")


def plain(text: str) -> str:
    for pattern, replacement in MARKDOWN_RE:
        text = pattern.sub(replacement, text)
    return text.strip()


def _span(attribute: str, name: str, value: str) -> str:
    return f'<span {attribute}="{html.escape(name)}">{html.escape(value)}</span>'


def _page(title: str, content: str, facts: Iterable[str]) -> str:
    # the facts last, so that a result's extract starts with the heading and what was said
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return (f'<html lang="en"><head>{head}</head><body>{content}'
            f'<div data-pagefind-ignore>{"".join(facts)}</div></body></html>')


def opening(text: str, words: int = OPENING_WORDS) -> str:
    """The first `words` words of plain text, and "…" where it goes on."""
    split = text.split(maxsplit=words)
    return text if len(split) <= words else " ".join(split[:words]) + " …"


def plain_opening(text: str, words: int = OPENING_WORDS) -> str:
    """`opening(plain(text))`, made plain a paragraph at a time and only as far as the opening reaches: an item's
    text may run to thousands of words, of which the index holds the first few dozen. In Markdown no link, tag
    or attribute list crosses a blank line, so each paragraph reads the same alone as within the whole."""
    taken: list[str] = []
    count, start = 0, 0
    for end in chain((m.start() for m in PARAGRAPH_RE.finditer(text)), (len(text),)):  # found as far as read
        part, start = plain(text[start:end]), end
        if part:
            taken.append(part)
            count += len(part.split())
            if count > words:
                break
    return opening(" ".join(taken), words)


def _text(document: Document) -> str:
    """What was decided, whole and weighted above the rest; then the opening of what the item said and its notes
    (recommendations, reports' and topics' names) whole; an appended document (a strategy, a report) whole, below
    them: it is on its own page, and a reader looking for what it says has nowhere else to find it."""
    decided = plain(document.decided)
    if document.kind == "document":
        rest = plain(document.text)
    elif document.said or document.notes:
        rest = " ".join(filter(None, (plain_opening(document.said), plain(document.notes))))
    else:
        rest = plain_opening(document.text[len(document.decided):] if document.decided else document.text)
    weighted = f'<p data-pagefind-weight="{DECIDED_WEIGHT}">{html.escape(decided)}</p>' if decided else ""
    if document.kind == "document":
        return f'<p data-pagefind-weight="{APPENDED_WEIGHT}">{html.escape(rest)}</p>'
    return f"{weighted}<p>{html.escape(rest)}</p>"


def _number(document: Document) -> str:
    return document.label.split(" ", 1)[1] if document.label else ""


def _where(document: Document) -> str:
    """'Cabinet, 8 July 2015', weighted: a query naming the body and date finds that meeting's items first."""
    return f'<p data-pagefind-weight="{WHERE_WEIGHT}">{html.escape(f"{document.body}, {when(document)}")}</p>'


def _cited(document: Document) -> str:
    """An item's number, in a record of its own: "minute 576" in a query finds it (search.js drops "minute").
    In a meeting's record the numbers are in its marks only: a number in a query also matches every number it
    begins ("2006" finds minutes 20060 to 20069), and a meeting's dozen numbers would outweigh its date."""
    number = _number(document)
    return f'<p data-pagefind-weight="{WHERE_WEIGHT}">{html.escape(number)}</p>' if number else ""


def _person_code(place: int, width: int) -> str:
    digits = ""
    for _ in range(width):
        place, digit = divmod(place, len(PERSON_DIGITS))
        digits = PERSON_DIGITS[digit] + digits
    return digits


def person_width(people: int) -> int:
    """Digits of a person's code: enough for every person the record names (search.js computes it alike)."""
    width = 1
    while len(PERSON_DIGITS) ** width < people:
        width += 1
    return width


def item_marks(document: Document, people: list[str]) -> str:
    """'@247~!%()': minute 247, a decision that considered a report, naming the first person of `people`."""
    word = document.label.split(" ", 1)[0] if document.label else ""
    label = f"{LABEL_MARK[word]}{_number(document)}" if word in LABEL_MARK else ""
    label = label.replace(ITEM_SEPARATOR, " ").replace(FIELD_SEPARATOR, " ")
    width = person_width(len(people))
    return (label + FIELD_SEPARATOR + "".join(KIND_MARK[k] for k in document.kinds)
            + "".join(_person_code(people.index(name), width) for name in document.people))


def meeting_html(items: list[Document]) -> str:
    """A meeting's record: each item a section under a heading with its anchor (a Pagefind sub-result), then the
    meeting's filters (the union of its items') and the metadata a result shows, its items' marks included."""
    first = items[0]
    sections = [_where(first)]  # once, before the first item: a body's name in every item would outweigh its page
    for item in items:
        anchor = _anchor(item)
        weight = HEADING_WEIGHT.get(item.kind, NAME_WEIGHT)
        sections.append(f'<h2 id="{html.escape(anchor)}" data-pagefind-weight="{weight}">'
                        f'{html.escape(item.heading or item.title)}</h2>{_text(item)}')
    kinds = list(dict.fromkeys(k for item in items for k in item.kinds))
    # sorted by code point, as Pagefind keeps a filter's values: a mark's person code is a place in this list
    people = sorted({name for item in items for name in item.people})
    facts = [*(_span("data-pagefind-filter", "kind", k) for k in kinds),
             _span("data-pagefind-filter", "body", first.body), _span("data-pagefind-filter", "year", first.date[:4]),
             *(_span("data-pagefind-filter", "person", name) for name in people),
             _span("data-pagefind-meta", "body", first.body), _span("data-pagefind-meta", "date", when(first)),
             _span("data-pagefind-meta", "meeting", f"{first.body}, {when(first)}"),  # searched (search.js, RANKING)
             _span("data-pagefind-meta", "items", ITEM_SEPARATOR.join(item_marks(i, people) for i in items))]
    # no title: Pagefind would take the <title> as the record's title, and search it as metadata (search.js names
    # the meeting from its body and date)
    return _page("", "".join(sections), facts)


def _anchor(document: Document) -> str:
    """An item's anchor; an appended document's own page, by its last part (search.js makes its address again)."""
    if "#" in document.ref:
        return document.ref.split("#", 1)[1]
    return document.ref.rstrip("/").rsplit("/", 1)[1]


def _meeting(document: Document) -> str | None:
    """The meeting page a document belongs to: an item's, or the page an appended document hangs under."""
    if not document.date:
        return None
    if "#" in document.ref:
        return document.ref.split("#", 1)[0]
    return document.ref.rstrip("/").rsplit("/", 1)[0] + "/" if document.kind == "document" else None


def record_html(document: Document) -> str:
    """A record of its own (an appended document, a person, body, organisation or topic): heading, text, facts.

    No metadata says "minute": the word would be in every record and "minutes" could no longer tell the item
    called Minutes from the rest. A result's title is put together in the browser (`search.js`, `title()`)."""
    kinds = [_span("data-pagefind-filter", "kind", KIND_LABEL.get(k, k)) for k in document.kinds]
    facts = [*kinds, _span("data-pagefind-meta", "kind", KIND_LABEL.get(document.kind, document.kind)),
             _span("data-pagefind-meta", "title", document.heading or document.title)]
    where = ""
    if document.body:
        facts += [_span("data-pagefind-filter", "body", document.body),
                  _span("data-pagefind-meta", "body", document.body)]
    if document.date:
        facts += [_span("data-pagefind-filter", "year", document.date[:4]),
                  _span("data-pagefind-meta", "date", when(document))]
        where = _where(document) + _cited(document)
    if document.label:
        word, number = document.label.split(" ", 1)
        facts.append(_span("data-pagefind-meta", word, number))  # the key ("minute") is not searched, the value is
    facts += [_span("data-pagefind-filter", "person", name) for name in document.people]
    weight = HEADING_WEIGHT.get(document.kind, NAME_WEIGHT)
    heading = f'<h1 data-pagefind-weight="{weight}">{html.escape(document.heading or document.title)}</h1>'
    return _page(document.title, heading + _text(document) + where, facts)


def help_html(page: HelpPage) -> str:
    """A help page is a group of its own: the kind filter "help page" shows only them, or leaves them out."""
    facts = [_span("data-pagefind-filter", "kind", "help page"), _span("data-pagefind-meta", "kind", "help page")]
    return _page(page.title, f'<h1>{html.escape(page.title)}</h1>'
                             f'<div data-pagefind-weight="{HELP_WEIGHT}">{page.html}</div>', facts)


def records(documents: Iterable[Document], help_pages: Iterable[HelpPage] = ()) -> Iterator[tuple[str, str]]:
    """(site-absolute URL, record HTML): a meeting's items and the long documents appended to them, each on a page
    of its own, become one record (a document's section is found as a sub-result, opening at its own page)."""
    meetings: dict[str, list[Document]] = {}
    for document in documents:
        page = _meeting(document)
        if page:
            meetings.setdefault(page, []).append(document)
        else:
            yield "/" + document.ref, record_html(document)
    for page, items in meetings.items():
        yield "/" + page, meeting_html(items)
    for help_page in help_pages:
        yield "/" + help_page.url.lstrip("/"), help_html(help_page)
