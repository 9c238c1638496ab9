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
from .model import Appointment, Body, Organisation, Origin, Person, Topic
from .problems import Problems
from .yamlfile import YamlError, load

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
                                "organisation": (f.identifier, False)},
             {"appointments": _appointments}, "person"),
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
