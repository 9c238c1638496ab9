"""The registries: people, organisations, bodies and topics, and resolving a name to one of them.

Each registry is a YAML list in `content/`; a new entity kind is one entry in `REGISTRIES`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import fields as f
from .files import read_text
from .model import MEMBERSHIP_ROLES, Appointment, Body, Membership, Organisation, Origin, Person, Term, Topic
from .problems import Problems
from .yamlfile import LineDict, YamlError, load

APPOINTMENT: f.Schema = {
    "organisation": (f.identifier, True),
    "role": (f.text, False),
    "from": (f.date, False),
    "to": (f.date, False),
}


def _appointments(value: Any, path: str, line: int, problems: Problems) -> tuple[Appointment, ...]:
    result = []
    for entry, entry_line in f.each(value, path, line, "appointment", problems):
        data = f.convert(entry, APPOINTMENT, problems, path, entry_line, "appointment")
        if data:
            result.append(Appointment(data["organisation"], data.get("role"), data.get("from"), data.get("to")))
    return tuple(result)


TERM: f.Schema = {"from": (f.date, False), "to": (f.date, False), "source": (f.text, False)}
# How documents write a role -> the role; anything else must already be one of MEMBERSHIP_ROLES.
ROLE_SPELLINGS = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "vice-chairman": "vice-chair",
                  "vice chair": "vice-chair", "vice-chairwoman": "vice-chair", "vc": "vice-chair",
                  "reserve member": "reserve", "substitute member": "substitute", "co-opted member": "co-optee",
                  "committee member": "member"}


def membership_role(value: Any) -> str | None:
    role = f.text(value)
    if role is None:
        return None
    role = ROLE_SPELLINGS.get(role.lower(), role.lower())
    if role not in MEMBERSHIP_ROLES:
        raise ValueError(f"'{value}' is not a membership role (expected one of: {', '.join(MEMBERSHIP_ROLES)})")
    return role


MEMBERSHIP: f.Schema = {"body": (f.identifier, True), "role": (membership_role, False), **TERM}


def _dated(value: Any, path: str, line: int, problems: Problems, what: str, schema: f.Schema,
           build: Callable[..., Any]) -> tuple:
    """Entries with `from` and `to` dates, the first not after the second."""
    result = []
    for entry, entry_line in f.each(value, path, line, what, problems):
        data = f.convert(entry, schema, problems, path, entry_line, what)
        if data is None:
            continue
        start, end = data.pop("from", None), data.pop("to", None)
        if start and end and end < start:
            at = entry.line_of("to") if isinstance(entry, LineDict) else entry_line
            problems.add(path, at, "bad-value", f"{what}: to: {end} is before from: {start}")
            continue
        result.append(build(start=start, end=end, origin=Origin(path, entry_line), **data))
    return tuple(result)


def _terms(value: Any, path: str, line: int, problems: Problems) -> tuple[Term, ...]:
    return _dated(value, path, line, problems, "term", TERM, Term)


def _memberships(value: Any, path: str, line: int, problems: Problems) -> tuple[Membership, ...]:
    return _dated(value, path, line, problems, "membership", MEMBERSHIP, Membership)


PERSON_KINDS = ("member", "officer", "other")


@dataclass(frozen=True)
class Registry:
    """One registry file: its name, its model class, its schema and any nested lists."""

    key: str  # attribute of Archive and file stem
    cls: type
    schema: f.Schema
    nested: dict[str, Callable[[Any, str, int, Problems], Any]]
    what: str


COMMON: f.Schema = {"id": (f.identifier, True), "name": (f.text, True), "aliases": (f.strings, False)}

REGISTRIES = (
    Registry("people", Person, {**COMMON, "honorific": (f.text, False), "party": (f.text, False),
                                "ward": (f.text, False), "division": (f.text, False),
                                "kind": (f.one_of(*PERSON_KINDS), False), "organisation": (f.identifier, False),
                                "source": (f.text, False)},
             {"appointments": _appointments, "terms": _terms, "memberships": _memberships}, "person"),
    Registry("organisations", Organisation, {**COMMON, "website": (f.text, False)}, {}, "organisation"),
    Registry("bodies", Body, {**COMMON, "parent": (f.identifier, False), "kind": (f.text, False)}, {}, "body"),
    Registry("topics", Topic, {**COMMON, "phrases": (f.strings, False)}, {}, "topic"),
)


def read_yaml_file(path: Path, problems: Problems, within: tuple[Path, ...] = ()) -> Any:
    """The parsed file, or None with a problem; a missing file reads as empty."""
    if not path.exists() and not path.is_symlink():
        return None
    text = read_text(path, problems, within)
    if text is None:
        return None
    try:
        return load(text)
    except YamlError as error:
        problems.add(problems.display(path), error.line, "malformed-yaml", str(error))
    return None


def read_registry(content: Path, registry: Registry, problems: Problems) -> dict[str, Any]:
    path = content / f"{registry.key}.yml"
    shown = problems.display(path)
    data = read_yaml_file(path, problems, (content.resolve(),))
    entities: dict[str, Any] = {}
    for entry, line in f.each(data, shown, 1, registry.key, problems):
        converted = f.convert(entry, registry.schema, problems, shown, line, registry.what,
                              ignore=tuple(registry.nested))
        if not converted:
            continue
        for key, build in registry.nested.items():
            converted[key] = build(entry.get(key), shown, entry.line_of(key), problems)
        entity = registry.cls(**converted, origin=Origin(shown, line))
        if entity.id in entities:
            problems.add(shown, line, "duplicate-id",
                         f"{registry.what} id '{entity.id}' is used on line {entities[entity.id].origin.line} too")
            continue
        entities[entity.id] = entity
    return entities


def slug(text: str) -> str:
    """An id from a name: lower case ASCII letters, digits and '-' ('Zoë O'Neil' -> 'zoe-oneil')."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """How names are compared: the words of their id, so case, accents and punctuation do not matter
    ('Zoë' and 'Zoe' are one name). Cached: the linker asks for every word of every record."""
    return slug(name).replace("-", " ")
