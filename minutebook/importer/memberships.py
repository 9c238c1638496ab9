"""Memberships of bodies, from the membership lists printed on agendas ('Chairman: Councillor Mitzi Green',
'Councillors: ...', 'Reserve Members: ...', 'Substitute Members: ...').

An agenda shows who was a member on its date, nothing more: a membership runs from the first to the last of a
run of agendas of that body that list the person in that role, and a later agenda of the body that leaves
them out ends the run. Nothing is guessed beyond the printed lists; each membership names where it was printed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import MEMBERSHIP_ROLES
from ..registry import ROLE_SPELLINGS
from .drafts import AttendanceDraft


def role_of(member: AttendanceDraft) -> str:
    """The membership role of one printed entry: reserve and substitute by the list it is in, Chair and
    Vice-Chair by the role printed with it, else member (a post printed beside a name is not a role on the body)."""
    if member.capacity == "reserve":
        return "reserve"
    if member.status == "substitute":
        return "substitute"
    printed = (member.role or "").strip().lower()
    role = ROLE_SPELLINGS.get(printed, printed)
    return role if role in MEMBERSHIP_ROLES and role not in ("reserve", "substitute") else "member"


@dataclass
class Listings:
    """Every membership list read in one import: body -> the dates it was printed, and who it listed."""

    dates: dict[str, set[dt.date]] = field(default_factory=lambda: defaultdict(set))
    # (person, body, role) -> date -> 'file:line' where printed
    seen: dict[tuple[str, str, str], dict[dt.date, str]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, person: str, body: str, role: str, day: dt.date, where: str) -> None:
        self.dates[body].add(day)
        self.seen[(person, body, role)].setdefault(day, where)

    def of(self, person: str) -> list[dict[str, Any]]:
        """The person's memberships as registry entries, in order of body, then date."""
        result = []
        for (who, body, role), days in sorted(self.seen.items(), key=lambda kv: (kv[0][1], min(kv[1]))):
            if who != person:
                continue
            run: list[dt.date] = []
            for day in sorted(self.dates[body]):
                if day in days:
                    run.append(day)
                    continue
                if run:  # an agenda of the body without them: the run ends
                    result.append(_entry(body, role, run, days))
                    run = []
            if run:
                result.append(_entry(body, role, run, days))
        return result


def _entry(body: str, role: str, run: list[dt.date], where: dict[dt.date, str]) -> dict[str, Any]:
    printed = ", ".join(where[day] for day in run[:3]) + (f" and {len(run) - 3} more" if len(run) > 3 else "")
    return {"body": body, "role": role, "from": run[0].isoformat(), "to": run[-1].isoformat(),
            "source": f"membership list printed at {printed}"}


def merged(known: list[Any], found: list[dict[str, Any]]) -> list[Any]:
    """The registry's memberships first, as they were, then those found that it does not have yet."""
    have = {(str(m.get("body")), str(m.get("role") or "member"), str(m.get("from")), str(m.get("to")))
            for m in known if isinstance(m, dict)}
    return [*known, *(m for m in found if (m["body"], m["role"], m["from"], m["to"]) not in have)]
