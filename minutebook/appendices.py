"""Long documents appended to an item get a page of their own, so that a meeting page stays readable.

Minutes often carry a whole report or strategy under one minute: Cabinet, 13 July 2017 has 16,951 words
in 2 minutes, a strategy pasted under minute 576 (41,000 px on a desktop, 39 printed pages). Rules,
tried in order on each item's text, decide what leaves the meeting page for a page under the meeting's
address (linked from the item, and back; searchable; with its source):

1. A marked appendix - the text under a `### Report: TITLE` or `### Attachment: TITLE` heading, as the
   importer writes them - of more than `APPENDIX_WORDS` words gets a page of its own
   (`…/2017-09-28/report-scrutiny-of-action-plan-following-ofsted/`). Shorter ones stay in place.
2. An item whose text is still over `LONG_WORDS` words (a document pasted in without a heading) keeps
   its opening paragraphs, up to `LEAD_WORDS` words, on the meeting page; its whole text gets a page of
   its own named for the item (`…/2017-07-13/minute-576-full-text/`).
3. Anything else stays on the meeting page.

The same rules run on an item's text as recorded (the ledger, search) and as linked (the pages): links
add no words and no paragraphs, so both give the same pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique

from .model import Item, Meeting

APPENDIX_WORDS = 1000  # about two printed pages: a report longer than this is a document, not part of the minutes
LONG_WORDS = 3000  # minutes themselves rarely run past this under one item; a pasted document does
LEAD_WORDS = 300  # what of an over-long item stays on the meeting page
SLUG_CHARS = 60  # a page's address made from its title stays short enough to read and cite

HEADING_RE = re.compile(r"^### (?P<kind>Report|Attachment): (?P<title>.+?)[ \t]*$", re.M)
LINK_TARGET_RE = re.compile(r"\]\([^)]*\)")
RELATIVE_LINK_RE = re.compile(r"\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:|#|/)")


@dataclass(frozen=True)
class Appendix:
    """A document taken off a meeting page: its page is `meeting.url + slug + "/"`."""

    kind: str  # "report", "attachment" or "text" (an over-long item's whole text)
    title: str
    slug: str
    text: str  # Markdown, as given to `split` (linked text keeps links relative to the meeting page)
    words: int
    old_id: str | None = None  # the id its heading had on the meeting page, which must keep resolving there

    def url(self, meeting: Meeting) -> str:
        return f"{meeting.url}{self.slug}/"


@dataclass(frozen=True)
class Split:
    """An item's text as the meeting page shows it: `parts` in order, each either Markdown that stays or an
    Appendix that is linked in its place."""

    parts: tuple[str | Appendix, ...]
    ids: tuple[str, ...] = ()  # the ids of its marked headings on the meeting page, moved or not: published

    @property
    def appendices(self) -> tuple[Appendix, ...]:
        return tuple(p for p in self.parts if isinstance(p, Appendix))

    @property
    def kept(self) -> str:
        """The Markdown that stays on the meeting page (what search indexes under the item)."""
        return "\n\n".join(p for p in self.parts if isinstance(p, str))


def words(text: str) -> int:
    """Words a reader reads: a link's target is not words (`[Cllr Green](../people/x.md)` is two)."""
    return len((LINK_TARGET_RE.sub("]", text) if "](" in text else text).split())


def short_slug(text: str) -> str:
    """`Report: Scrutiny of action plan following …` -> `report-scrutiny-of-action-plan-following`."""
    slug = slugify(text, "-")
    if len(slug) > SLUG_CHARS:
        slug = slug[:SLUG_CHARS + 1].rsplit("-", 1)[0]
    return slug or "appendix"


def _sections(text: str) -> list[tuple[re.Match | None, str]]:
    """The text before the first marked heading, then each marked heading with the text under it."""
    found = list(HEADING_RE.finditer(text))
    if not found:
        return [(None, text)]
    out: list[tuple[re.Match | None, str]] = [(None, text[:found[0].start()])]
    for match, following in zip(found, [*found[1:], None], strict=True):
        out.append((match, text[match.end():following.start() if following else len(text)]))
    return out


def _lead(text: str) -> tuple[str, str]:
    """The opening paragraphs, up to LEAD_WORDS words (at least one), and the rest."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    count, kept = 0, 0
    for paragraph in paragraphs:
        count += words(paragraph)
        if kept and count > LEAD_WORDS:
            break
        kept += 1
    return "\n\n".join(paragraphs[:kept]), "\n\n".join(paragraphs[kept:])


def split(item: Item, text: str, taken: set[str], ids: set[str]) -> Split:
    """`text` (the item's, as recorded or as linked) by the rules above. `taken` holds the slugs already used
    on this meeting (item anchors included); `ids` the heading ids the meeting page gave so far."""
    if len(text) <= 2 * APPENDIX_WORDS and not HEADING_RE.search(text):  # a word and a space: 2 characters
        return Split((text.strip(),) if text.strip() else ())
    parts: list[str | Appendix] = []
    heading_ids: list[str] = []
    for heading, body in _sections(text):
        if heading is None:
            parts.append(body.strip())
            continue
        # The id the heading had on the meeting page (Python-Markdown's, made unique the same way), now written
        # out so that it can never change, whether the document stays or moves.
        old_id = unique(slugify(heading.group(0)[4:], "-"), ids)
        heading_ids.append(old_id)
        count = words(body)
        if count > APPENDIX_WORDS:
            slug = unique(short_slug(f"{heading['kind']}: {heading['title']}"), taken)
            parts.append(Appendix(heading["kind"].lower(), heading["title"], slug, body.strip(), count, old_id))
        else:
            parts.append(f"{heading.group(0)} {{#{old_id}}}\n\n{body.strip()}")
    parts = [p for p in parts if p]
    staying = "\n\n".join(p for p in parts if isinstance(p, str))
    count = words(staying)
    if count > LONG_WORDS:
        lead, _ = _lead(staying)
        whole = Appendix("text", item.title, unique(item.anchor + "-full-text", taken), staying, count)
        parts = [lead, whole, *(p for p in parts if isinstance(p, Appendix))]
    return Split(tuple(parts), tuple(heading_ids))


def split_meeting(meeting: Meeting, text_of: Callable[[Item], str]) -> dict[str, Split]:
    """Every item's split, by anchor: slugs and old heading ids are unique across the meeting's page."""
    taken = {item.anchor for item in meeting.items}
    ids = {"attendance", "decisions", "contents", *taken}
    return {item.anchor: split(item, text_of(item), taken, ids) for item in meeting.items}


def rebase(text: str) -> str:
    """Linked text written for the meeting page (`meetings/cabinet/2017-07-13.md`) as seen from a page one
    folder below it (`meetings/cabinet/2017-07-13/minute-576-full-text.md`)."""
    return RELATIVE_LINK_RE.sub("](../", text)
