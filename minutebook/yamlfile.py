"""YAML that remembers the line of every key, so a problem can name the line a user must edit.

Everything is read as text (PyYAML's BaseLoader): `576` stays the minute number "576", `18:30` is
not turned into the sexagesimal integer 1110, and each field converter decides what a value means.
"""

from __future__ import annotations

import yaml


class LineDict(dict):
    line: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.key_lines: dict[str, int] = {}
        self.duplicates: list[tuple[str, int]] = []

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0

    def __init__(self, *args):
        super().__init__(*args)
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


# libyaml's parser where PyYAML was built with it (several times faster), else the pure-Python one.
_Base = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


class _Loader(_Base):
    offset = 0

    def construct_mapping(self, node, deep=False):
        result = LineDict()
        result.line = node.start_mark.line + 1 + self.offset
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            line = key_node.start_mark.line + 1 + self.offset
            if key in result:
                result.duplicates.append((key, line))
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = line
        return result

    def construct_sequence(self, node, deep=False):
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1 + self.offset
        result.item_lines = [child.start_mark.line + 1 + self.offset for child in node.value]
        return result


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_sequence)


class YamlError(ValueError):
    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


MAX_DEPTH = 100  # flow collections nested deeper crash libyaml's recursive parser (a segfault, not an error)


def _too_deep(text: str) -> int | None:
    """The line where '[' and '{' are first nested deeper than MAX_DEPTH, or None. Counts brackets inside
    quoted text too: a false alarm needs a hundred unclosed brackets, which no record has."""
    depth = 0
    line = 1
    for char in text:
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line
        elif char in "]}":
            depth = max(depth - 1, 0)
        elif char == "\n":
            line += 1
    return None


def load(text: str, first_line: int = 1):
    """Parse YAML text whose first line is line `first_line` of its file."""
    deep = _too_deep(text) if text.count("[") + text.count("{") > MAX_DEPTH else None
    if deep is not None:
        raise YamlError(first_line + deep - 1, f"malformed YAML: lists or mappings nested more than {MAX_DEPTH} deep")
    loader = _Loader(text)
    loader.offset = first_line - 1
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        last = first_line + max(len(text.rstrip("\n").split("\n")) - 1, 0)  # the parser may stop past the end
        line = min(mark.line + first_line, last) if mark else first_line
        problem = error.problem or str(error)
        if error.context:
            problem = f"{error.context}, {problem}"
        raise YamlError(line, f"malformed YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise YamlError(first_line, f"malformed YAML: {error}") from None
    except RecursionError:
        raise YamlError(first_line, "malformed YAML: nested too deeply") from None
    finally:
        loader.dispose()


def dump(data) -> str:
    """Write YAML the same way every time, so that the same data gives byte-identical files."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
