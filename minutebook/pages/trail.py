"""Trail pages, and the lines under an item that say where it came from and what happened next.

The links come from `minutebook.trails`; this module only writes them: "Came from: Cabinet, 13 July 2017,
minute 576" on the later item, "What happened next: Council, 28 September 2017, item 8 — adopted" on the
earlier one, and a page per trail with every step, oldest first, and the words that link each step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from ..model import Item, Meeting
from ..trails import Link, Trail, key
from ..urls import page_file
from . import Context, Page
from .html import a, text
from .markup import esc, front_matter, link, plural

# What the later item did, read from its decisions: the first of these words they use, else "decided".
OUTCOMES = ("adopted", "approved", "agreed", "endorsed", "rejected", "refused", "deferred", "referred", "noted")
KINDS = {"recommendation": "recommended to {body}", "reference": "referred to {body}", "deferred": "deferred",
         "report back": "asked to come back", "record": "as the record says"}


def how(context: Context, found: Link) -> str:
    """'recommended to Council': how the matter went from one step to the next (unescaped)."""
    return KINDS[found.kind].format(body=context.archive.body_name(found.later[0].body))


def outcome(context: Context, meeting: Meeting, item: Item | None) -> str:
    """'adopted', 'on the agenda; no minutes yet', …: what became of a matter at a meeting, in a few words."""
    if item is not None and item.decisions:
        text = " ".join(item.decisions).lower()
        found = sorted((text.find(word), word) for word in OUTCOMES if word in text)
        return found[0][1] if found else "decided"
    if item is not None and item.recommendations:
        return "recommended to " + ", ".join(context.archive.body_name(r.to) for r in item.recommendations)
    if context.status(meeting) in ("agenda only", "scheduled"):
        return "on the agenda; no minutes yet"
    return "no decision recorded" if item is not None else context.status(meeting) or "held"


def step_name(context: Context, meeting: Meeting, item: Item | None) -> str:
    name = context.archive.meeting_name(meeting)
    return f"{name}, {item.label}" if item is not None and item.label != item.title else name


def _step_link(context: Context, here: str, meeting: Meeting, item: Item | None, to: Callable = link) -> str:
    """A link to a step, in Markdown or (`to=html.a`) in HTML."""
    return to(here, meeting.url, step_name(context, meeting, item), item.anchor if item else None)


def item_links(context: Context, meeting: Meeting, item: Item, here: str) -> str:
    """The lines under an item on its meeting page; "" for an item on no trail (most items)."""
    trails = context.trails
    out = []
    for found in trails.came_from.get(key(meeting, item), []):
        source_meeting, source = found.earlier
        out.append(f"<strong>Came from:</strong> {_step_link(context, here, source_meeting, source, a)} "
                   f"({text(source.title)}) — {text(how(context, found))}")
    for found in trails.went_to.get(key(meeting, item), []):
        target_meeting, target = found.later
        label = "What happened next" if target is not None else (
            "Deferred to" if found.kind == "deferred" else "To come back to")
        out.append(f"<strong>{label}:</strong> {_step_link(context, here, target_meeting, target, a)} — "
                   f"{text(outcome(context, target_meeting, target))}")
    trail = trails.of_item.get(key(meeting, item))
    if trail is not None and out:
        out[-1] += " · " + a(here, trail.url, f"the whole trail ({plural(len(trail.steps), 'meeting')})")
    return "\n".join(f'<p class="mb-trail">{line}</p>' for line in out)


def step_anchor(meeting: Meeting, item: Item) -> str:
    return f"{meeting.body}-{meeting.slug}-{item.anchor}"


def render(context: Context, trail: Trail) -> str:
    here = page_file(trail.url)
    first_meeting, first = trail.steps[0]
    title = f"Trail: {first.title}"
    route = " → ".join(esc(context.archive.meeting_name(m)) for m, _ in trail.steps)
    out = [front_matter(title, f"{first.title}: how the matter went from meeting to meeting, "
                        f"{plural(len(trail.steps), 'step')}, oldest first."),
           f"# {esc(title)}\n\n", f"How this matter went from meeting to meeting, oldest first: {route}.\n\n"]
    into: dict[tuple[str, str], list[Link]] = {}
    for found in trail.links:
        if found.later[1] is not None:
            into.setdefault(key(found.later[0], found.later[1]), []).append(found)
    for number, (meeting, item) in enumerate(trail.steps, start=1):
        out.append(f"## {number}. {esc(step_name(context, meeting, item))} {{#{step_anchor(meeting, item)}}}\n\n")
        out.append(f"{link(here, meeting.url, item.title, item.anchor)}\n\n")
        for found in into.get(key(meeting, item), []):
            source_meeting, source = found.earlier
            out.append(f'<p class="mb-trail" markdown>From {_step_link(context, here, source_meeting, source)}, '
                       f"{esc(how(context, found))}: the record says {esc(found.evidence)}</p>\n\n")
        lines = [f"- {esc(d)}\n" for d in item.decisions]
        lines += [f"- Recommended to {esc(context.archive.body_name(r.to))}: {esc(r.text)}\n"
                  for r in item.recommendations]
        out.append("".join(lines) + "\n" if lines else f"{esc(outcome(context, meeting, item)).capitalize()}.\n\n")
    last_meeting, last = trail.steps[-1]
    if (last_meeting, last) != (first_meeting, first):
        out.append(f"Latest: {_step_link(context, here, last_meeting, last)} — "
                   f"{esc(outcome(context, last_meeting, last))}.\n")
    return "".join(out)


def pages(context: Context) -> Iterator[Page]:
    for trail in context.trails.trails:
        yield Page(page_file(trail.url), partial(render, context, trail))
