"""Problems found in an archive, collected rather than raised so a user sees all of them at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    code: str
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        tag = "" if self.severity == "error" else "warning: "
        return f"{where}: {tag}{self.message} [{self.code}]"


@dataclass
class Problems:
    """A list of problems with the place they are reported from."""

    items: list[Problem] = field(default_factory=list)

    def add(self, path: Path | str, line: int, code: str, message: str, severity: str = "error") -> None:
        self.items.append(Problem(self.display(path), line or 0, code, message, severity))

    def display(self, path: Path | str) -> str:
        """A path as messages show it: relative to the working folder where possible, so it can be opened."""
        if isinstance(path, str):
            return path
        try:
            return str(path.resolve().relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    def failed(self, strict: bool = False) -> bool:
        return bool(self.items if strict else self.errors)

    def report(self) -> str:
        return "\n".join(str(p) for p in sorted(self.items))


class ArchiveError(Exception):
    """Raised once, after every problem has been collected, when an archive cannot be built."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in sorted(problems)))
