"""Every command, option and problem code is documented."""

from __future__ import annotations

import argparse
from pathlib import Path

import build
from minutebook.problems import CODES

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_problem_code_is_documented():
    text = (DOCS / "checking.md").read_text()
    assert [code for code in CODES if f"`{code}`" not in text] == []


def test_every_command_and_option_is_documented():
    text = (DOCS / "checking.md").read_text()
    parser = build.parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, sub in commands.choices.items():
        if f"build.py {name}" not in text:
            missing.append(name)
        for action in sub._actions:
            options = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            missing += [o for o in options if f"`{o}" not in text]
    assert missing == []


def test_every_docs_page_is_in_the_nav():
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: None)
    config = yaml.load((DOCS.parent / "mkdocs.yml").read_text(), Loader=Loader)

    def pages(nav):
        for entry in nav:
            value = next(iter(entry.values())) if isinstance(entry, dict) else entry
            yield from (pages(value) if isinstance(value, list) else [value])

    listed = set(pages(config["nav"]))
    assert {p.relative_to(DOCS).as_posix() for p in DOCS.glob("*.md")} <= listed
