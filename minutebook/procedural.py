"""Which decisions are procedural: the running of the meeting, not what the body decided about its business.

A register a resident can use shows what was decided; "the report be noted", "the minutes be signed as a
correct record", the apologies and "no declarations of interest" are a third of most registers and
decide nothing. The rule is a table tried in order, on the decision's own words, with a catch-all last:
a decision is procedural when it only

- approves the minutes of an earlier meeting as a correct record,
- records apologies, attendance, substitutes or reserve members,
- records declarations of interest (or that there were none),
- records that something did not happen ("no public questions were put"),
- names the date of the next meeting, or who may speak, or whether the press and public stay,
- notes a report, a presentation, an update, a petition or a reference and does nothing else
  (it ends "be noted" or "be received and noted", or begins "to note"/"it be noted"),

and substantive otherwise: approving, adopting, agreeing, electing, appointing, referring, deferring,
asking for a report back are all decisions, whatever else the sentence notes on the way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    kind: str  # what the register's "Kind" column says
    pattern: re.Pattern | None  # None: the catch-all
    procedural: bool


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


SUBSTANTIVE_VERB = _re(r"\b(?:approved?|adopted?|agreed?|elected|appointed|referred|deferred|authori[sz]ed|"
                       r"recommend(?:ed)?|endorsed?|submitted|presented|provided|created|considered|confirmed|"
                       r"resolved|rejected|refused|amended?|delegated)\b")
RULES: tuple[Rule, ...] = (
    Rule("minutes", _re(r"\bminutes\b.{0,120}\bbe (?:taken as read and )?(?:signed|approved|agreed|confirmed)\b"
                        r".{0,40}\b(?:correct|accurate|true) record"), True),
    Rule("apologies", _re(r"\bapologies\b.{0,60}\b(?:be noted|were received|received be noted)\b"
                          r"|^(?:that |to )?note the apologies\b"), True),
    Rule("attendance", _re(r"^(?:that |to )?note the attendance\b|\b(?:reserve|substitute) members?\b.{0,80}"
                           r"\bbe noted\b"), True),
    Rule("declarations", _re(r"\bdeclarations? of interests?\b"), True),
    Rule("nothing to record", _re(r"^(?:that |to )?note that (?:there were )?no\b"), True),
    Rule("next meeting", _re(r"\bdate of the next meeting\b"), True),
    Rule("conduct of the meeting", _re(r"\bbe allowed to speak\b|\bpress and public be excluded\b"), True),
    Rule("noted", _re(r"^(?:that |to )?(?:it be )?note(?:d)?\b|\bbe (?:received and )?noted[.;:]?$"), True),
    Rule("decision", None, False),
)


@dataclass(frozen=True)
class Kind:
    name: str
    procedural: bool


def kind_of(decision: str) -> Kind:
    """The first rule the decision's words match; a decision that notes and also approves, adopts or asks
    for something is substantive (only the 'noted' rule can be outweighed: the others name a procedure)."""
    text = " ".join(decision.split()).strip()
    for rule in RULES:
        if rule.pattern is None:
            return Kind(rule.kind, rule.procedural)
        if rule.pattern.search(text):
            if rule.kind == "noted" and SUBSTANTIVE_VERB.search(text):
                continue
            return Kind(rule.kind, rule.procedural)
    raise AssertionError("the last rule is the catch-all")  # pragma: no cover


def is_procedural(decision: str) -> bool:
    return kind_of(decision).procedural
