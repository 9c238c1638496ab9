"""Person pages: roles, attendance record per body, and every item where the person acted or was named."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import partial

from ..dates import long_date
from ..expected import expected_meetings, tally, unexpected
from ..expected import share as expected_share
from ..exports import feed_path
from ..model import VOTED, Person, Term
from ..urls import page_file
from . import Context, Page
from .html import a, block, table, text, ul
from .markup import esc, follow, front_matter, plural
from .parts import LIMIT, meeting_years, year_sequence, year_url

COUNTED = ("present", "substitute", "apologies", "absent")


def attendance_record(context: Context, person: Person) -> dict[str, Counter]:
    """Per body, how often the person was present, a substitute, sent apologies or was absent."""
    record: dict[str, Counter] = defaultdict(Counter)
    for meeting, entry in context.attendance_of.get(person.id, []):
        record[meeting.body][entry.status] += 1
    return record


def share_present(counts: Counter) -> float | None:
    expected = sum(counts[s] for s in COUNTED)
    return (counts["present"] + counts["substitute"]) / expected if expected else None


def render(context: Context, person: Person) -> str:
    archive = context.archive
    here = page_file(person.url)
    title = f"{person.honorific} {person.name}" if person.honorific else person.name
    attended = context.attendance_of.get(person.id, [])
    summary = [x for x in (person.party, archive.organisations[person.organisation].name
                           if person.organisation in archive.organisations else None) if x]
    meta, follow_line = follow(here, feed_path("people", person.id), what=person.name)
    out = [front_matter(person.name, f"{title}{' (' + ', '.join(summary) + ')' if summary else ''}: "
                        f"attendance at {plural(len(attended), 'meeting')}, roles and items.",
                        search={"boost": 3}, **meta),
           f"# {esc(title)}\n\n", follow_line]
    facts = []
    if person.party:
        facts.append(f"Party: {text(person.party)}")
    if person.organisation in archive.organisations:
        org = archive.organisations[person.organisation]
        facts.append("Organisation: " + a(here, org.url, org.name))
    for label, value in (("Ward", person.ward), ("Division", person.division)):
        if value:
            facts.append(f"{label}: {text(value)}")
    for term in person.terms:
        facts.append(f"Term of office: {_period(term)}")
    if person.aliases:
        facts.append("Also written: " + text(", ".join(person.aliases)))
    if person.source:
        facts.append(f"Source: {text(person.source)}")
    if facts:
        out.append(block("<p>" + "<br>\n".join(facts) + "</p>"))

    roles: dict[str, Counter] = defaultdict(Counter)
    for meeting, entry in attended:
        if entry.role:
            roles[meeting.body][entry.role] += 1
    if roles:
        lines = []
        for body, counter in roles.items():
            lines.append(f"{_body_link(context, here, body)}: "
                         + ", ".join(f"{text(r)} ({plural(n, 'meeting')})" for r, n in counter.most_common()))
        out.append("## Roles {#roles}\n\n" + block(ul(lines)))
    if person.appointments:
        lines = []
        for appointment in person.appointments:
            org = archive.organisations.get(appointment.organisation)
            name = a(here, org.url, org.name) if org else text(appointment.organisation)
            dates = ""
            if appointment.start or appointment.end:
                dates = f" ({long_date(appointment.start) if appointment.start else ''}–" \
                        f"{long_date(appointment.end) if appointment.end else ''})"
            lines.append(f"{name}{': ' + text(appointment.role) if appointment.role else ''}{dates}")
        out.append("## Appointments to outside bodies {#appointments}\n\n" + block(ul(lines)))

    out.extend(_memberships(context, here, person))
    attendance = _attendance(context, here, person, title)
    out.extend(attendance)
    dated = _dated(context, person)
    if sum(map(len, dated)) > LIMIT:
        lines = []
        for year, (attended_in, acts_in, named_in) in meeting_years(*dated).items():
            counts = [plural(len(attended_in), "meeting"), plural(len(acts_in), "motion, vote or declaration",
                                                                   "motions, votes and declarations"),
                      plural(len(named_in), "item naming them", "items naming them")]
            lines.append(f"{a(here, year_url(person.url, year), year)}: {', '.join(counts)}")
        out.append("## By year {#years}\n\n" + block(ul(lines)))
    else:
        out.extend(_sections(context, here, *dated, "###" if attendance else "##"))
    return "".join(out)


def _period(term: Term) -> str:
    """'3 May 2014 – 3 May 2018', 'on 13 March 2013' (all a document shows), 'from 3 May 2014', 'until 3 May
    2018', or 'dates not recorded'."""
    if term.start and term.start == term.end:
        return f"on {long_date(term.start)}"
    if term.start and term.end:
        return f"{long_date(term.start)} – {long_date(term.end)}"
    if term.start or term.end:
        return f"from {long_date(term.start)}" if term.start else f"until {long_date(term.end)}"
    return "dates not recorded"


def _memberships(context: Context, here: str, person: Person) -> list[str]:
    if not person.memberships:
        return []
    lines = []
    for membership in person.memberships:
        source = f" (source: {text(membership.source)})" if membership.source else ""
        lines.append(f"{_body_link(context, here, membership.body)}: "
                     f"{text(ROLE_NAMES.get(membership.role, membership.role))}, {_period(membership)}{source}")
    return ["## Memberships {#memberships}\n\n", block(ul(lines))]


ROLE_NAMES = {"member": "member", "chair": "Chair", "vice-chair": "Vice-Chair", "co-optee": "co-opted member",
              "substitute": "substitute member", "reserve": "reserve member"}


def _figures(counts: Counter) -> list[str]:
    ratio = expected_share(counts)
    return [str(sum(counts.values())), *(str(counts[o]) for o in ("present", "apologies", "absent")),
            f"{ratio:.0%}" if ratio is not None else "–"]


def _attendance(context: Context, here: str, person: Person, title: str) -> list[str]:
    """Measured against the meetings the person was expected at where a membership is known; otherwise
    the recorded entries, and the page says which."""
    archive = context.archive
    expected = expected_meetings(archive, person)
    if not expected:
        return _recorded(context, here, person, title)
    out = ["## Attendance {#attendance}\n\n",
           f"Measured against the {plural(len(expected), 'meeting')} {esc(title)} was expected at as a member "
           "(the meetings each of their bodies held during their membership). A member the minutes do not list "
           "is counted absent; one replaced by a substitute, as sending apologies.\n\n"]
    unknown = sum(1 for e in expected if e.outcome == "not_recorded")
    if unknown:
        out.append(f"{plural(unknown, 'meeting has', 'meetings have')} no attendance recorded and "
                   f"{'is' if unknown == 1 else 'are'} left out of the share.\n\n")
    header = ["Expected", "Present", "Apologies", "Absent", "Share"]
    by_body = [[_body_link(context, here, body), *_figures(counts)]
               for body, counts in tally(expected, lambda e: e.meeting.body).items()]
    out.append(block(f'<div class="mb-fit">\n{table(["Body", *header], by_body)}\n</div>'))
    by_year = [[str(year), *_figures(counts)]
               for year, counts in sorted(tally(expected, lambda e: e.meeting.date.year).items(), reverse=True)]
    out.append("### By year {#attendance-years}\n\n"
               + block(f'<div class="mb-fit">\n{table(["Year", *header], by_year)}\n</div>'))
    others = unexpected(context.attendance_of.get(person.id, []), expected)
    if others:
        out.append(f"Not counted above: {plural(len(others), 'other meeting')} where the minutes name them, which "
                   "no recorded membership covers (a body whose membership is not recorded, or as a substitute or "
                   "guest); they are listed under Meetings.\n\n")
    return out


def _body_link(context: Context, here: str, body_id: str) -> str:
    body = context.archive.bodies.get(body_id)
    return a(here, body.url, body.name) if body else text(body_id)


def _recorded(context: Context, here: str, person: Person, title: str) -> list[str]:
    record = attendance_record(context, person)
    if not record:
        return []
    if any(m.expected for m in person.memberships):
        why = f"No meeting held during the memberships of {esc(title)} is in the archive"
    elif person.memberships:
        why = f"The recorded memberships of {esc(title)} (substitute, reserve, observer) expect them at no meeting"
    else:
        why = f"No membership of a body is recorded for {esc(title)}"
    out = ["## Attendance {#attendance}\n\n",
           f"{why}, so these figures count only the meetings whose minutes name them (present, substitute, "
           "apologies or absent), not every meeting they were expected at.\n\n"]
    # Substitute and in-attendance columns only where someone has them: the table stays narrow.
    columns = [s for s in ("present", "substitute", "apologies", "absent", "in_attendance")
               if s in ("present", "apologies", "absent") or any(c[s] for c in record.values())]
    rows = []
    for body, counts in record.items():
        ratio = share_present(counts)
        rows.append([_body_link(context, here, body), *(str(counts[s]) for s in columns),
                     f"{ratio:.0%}" if ratio is not None else "–"])
    grid = table(["Body", *(s.replace("_", " ").capitalize() for s in columns), "Share present"], rows)
    out.append(block(f'<div class="mb-fit">\n{grid}\n</div>'))
    return out


def _dated(context: Context, person: Person) -> tuple[list, list, list]:
    """The person's meetings, motions, votes and declarations, and mentions, newest first: what splits by year."""
    return (list(reversed(context.attendance_of.get(person.id, []))), context.acts.get(person.id, []),
            sorted(context.links.mentions.get(("person", person.id), []), key=lambda p: p[0].sort_key, reverse=True))


def _sections(context: Context, here: str, attended: list, acts: list, named: list, level: str) -> list[str]:
    archive = context.archive
    out = []
    if attended:
        lines = []
        for meeting, entry in attended:
            role = f", {text(entry.role)}" if entry.role else ""
            lines.append(f"{a(here, meeting.url, archive.meeting_name(meeting))}"
                         f": {text(entry.status.replace('_', ' '))}{role}")
        out.append(f"{level} Meetings {{#meetings}}\n\n" + block(ul(lines)))
    if acts:
        out.append("## Motions, votes and declarations {#actions}\n\n")
        for heading, anchor, verbs in ACT_KINDS:
            lines = [f"{a(here, meeting.url, _item_label(archive, meeting, item), item.anchor)}: "
                     f"{text(act)}{': ' + text(about) if about else ''}"
                     for meeting, item, act, about in acts if act in verbs or not verbs]
            if lines:
                out.append(f"### {heading} {{#{anchor}}}\n\n" + block(ul(lines)))
                acts = [x for x in acts if x[2] not in verbs]
    if named:
        lines = []
        for meeting, item in named:
            label = _item_label(archive, meeting, item) if item else archive.meeting_name(meeting)
            lines.append(f"{a(here, meeting.url, label, item.anchor if item else None)}"
                         f"{': ' + text(item.title) if item else ''}")
        out.append("## Named in {#named}\n\n" + block(ul(lines)))
    return out


# The sections a person's motions, votes and declarations are listed in, by what the context's `acts` say
# they did; the catch-all (no verbs) last takes whatever the others did not.
ACT_KINDS = (("Declarations of interest", "declarations", ("declared an interest",)),
             ("Recorded votes", "votes", tuple(VOTED.values())),
             ("Motions moved and seconded", "motions", ("moved a motion", "seconded a motion")),
             ("Other", "other-actions", ()))


def render_year(context: Context, person: Person, year: int, years: list[int]) -> str:
    here = page_file(year_url(person.url, year))
    title = f"{person.name}, {year}"
    attended, acts, named = (  # this year's only: every year's, on each year's page, grew with the square
        [e for e in entries if e[0].date.year == year] for entries in _dated(context, person))
    return "".join([front_matter(title, f"{title}: meetings, motions, votes and declarations, and items naming them."),
                    f"# {esc(title)}\n\n", year_sequence(here, person.url, years, year, person.name),
                    *_sections(context, here, attended, acts, named, "##")])


def _item_label(archive, meeting, item) -> str:
    return f"{archive.meeting_name(meeting)}, {item.label}"


def pages(context: Context) -> Iterator[Page]:
    for person in context.archive.people.values():
        yield from pages_of(context, person)


def pages_of(context: Context, person: Person) -> Iterator[Page]:
    """One person's pages (`build.py serve` asks for those an edited meeting touches alone)."""
    yield Page(page_file(person.url), partial(render, context, person))
    dated = _dated(context, person)
    if sum(map(len, dated)) > LIMIT:
        years = list(meeting_years(*dated))
        for year in years:
            yield Page(page_file(year_url(person.url, year)), partial(render_year, context, person, year, years))
