"""Every exported file, JSON field and CSV column is documented in docs/open-data.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from exports_sample import sample_archive

from minutebook.exports import export_all
from minutebook.exports.tables import TABLES

DOC = (Path(__file__).resolve().parent.parent / "docs" / "open-data.md").read_text(encoding="utf-8")
FILES = export_all(sample_archive(), None)


def documented(name: str) -> bool:
    return f"`{name}`" in DOC


def fields(value) -> set[str]:
    """Every key in a JSON value, however deep."""
    if isinstance(value, dict):
        return {k for key, v in value.items() for k in {key, *fields(v)}}
    if isinstance(value, list):
        return {k for v in value for k in fields(v)}
    return set()


@pytest.mark.parametrize("path", sorted(FILES))
def test_every_file_is_documented(path):
    patterns = {path, re.sub(r"/[a-z0-9-]+\.(xml|ics)$", r"/<id>.\1", path),
                re.sub(r"/[a-z0-9-]+\.ics$", "/<body-id>.ics", path)}
    assert any(documented(p) for p in patterns), path


@pytest.mark.parametrize("path", sorted(p for p in FILES if p.endswith(".json")))
def test_every_json_field_is_documented(path):
    (records,) = json.loads(FILES[path]).values()
    missing = {k for k in fields(records) if not documented(k)}
    assert not missing, f"{path}: fields not in docs/open-data.md: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_csv_column_is_documented(name):
    row = next(line for line in DOC.splitlines() if line.startswith(f"| `data/{name}.csv` |"))
    missing = [c for c in TABLES[name].columns if f"`{c}`" not in row]
    assert not missing, f"data/{name}.csv: columns not in docs/open-data.md: {missing}"
