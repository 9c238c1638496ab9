"""The document importer: council packs and minutes as text -> meeting records and registries.

Stages: lines -> parts -> sections (items) -> blocks -> meetings -> records; see docs/importing.md.
"""

from .run import ImportReport, run_import
from .worker import Options

__all__ = ["ImportReport", "Options", "run_import"]
