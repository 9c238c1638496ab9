"""Compare Markdown parsers on an archive's record text: what rendering it would cost with each.

    python benchmarks/markdown_parsers.py CONTENT_DIR [--records N]

Python-Markdown (MkDocs's parser, with the extensions mkdocs.yml sets) is what renders record text today;
the others are measured when installed (`pip install markdown-it-py mistune markdown-it-pyrs cmarkgfm
pyromark`); they read CommonMark or GitHub's dialect, not Python-Markdown's, so the figure is a cost, not
a drop-in replacement (docs/performance.md, "Where the time still goes"). A synthetic archive to read:
`python build.py synth --meetings 300 --content /tmp/synth`.
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections.abc import Callable
from pathlib import Path

import markdown


def _python_markdown() -> Callable[[str], str]:
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "admonition", "tables", "toc"],
                           extension_configs={"toc": {"permalink": "#"}})

    def render(text: str) -> str:
        md.reset()
        return md.convert(text)
    return render


def _markdown_it(module: str) -> Callable[[str], str]:
    return importlib.import_module(module).MarkdownIt("commonmark").enable("table").render


# name, module to import, how to make its render function; the one in use first
PARSERS: tuple[tuple[str, str, Callable[[], Callable[[str], str]]], ...] = (
    ("Python-Markdown", "markdown", _python_markdown),
    ("markdown-it-py", "markdown_it", lambda: _markdown_it("markdown_it")),
    ("mistune", "mistune", lambda: importlib.import_module("mistune").create_markdown(plugins=["table"])),
    ("markdown-it-pyrs", "markdown_it_pyrs", lambda: _markdown_it("markdown_it_pyrs")),
    ("cmarkgfm", "cmarkgfm", lambda: importlib.import_module("cmarkgfm").github_flavored_markdown_to_html),
    ("pyromark", "pyromark", lambda: importlib.import_module("pyromark").html),
)


def record_texts(content: Path, limit: int) -> list[str]:
    """The Markdown below the front matter of the first `limit` meeting records."""
    texts = []
    for path in sorted((content / "meetings").rglob("*.md"))[:limit]:
        text = path.read_text(encoding="utf-8")
        texts.append(text.split("---", 2)[2] if text.startswith("---") else text)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", type=Path)
    parser.add_argument("--records", type=int, default=300)
    args = parser.parse_args()
    texts = record_texts(args.content, args.records)
    print(f"{len(texts)} records, {sum(map(len, texts)) / 1e6:.1f} MB of Markdown")
    print("| Parser | Seconds | ms a record |\n|---|---:|---:|")
    for name, module, make in PARSERS:
        try:
            render = make()
        except ImportError:
            print(f"| {name} | not installed (pip install {module.replace('_', '-')}) | |")
            continue
        start = time.perf_counter()
        for text in texts:
            render(text)
        seconds = time.perf_counter() - start
        print(f"| {name} | {seconds:.2f} | {1000 * seconds / max(len(texts), 1):.1f} |")


if __name__ == "__main__":
    main()
