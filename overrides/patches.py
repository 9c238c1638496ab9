"""The theme's own templates this site overrides, each as Material's file plus these edits, so that the
pages pass the Nu HTML checker and Lighthouse's accessibility audits. Material is pinned (requirements.txt);
tests/test_overrides.py checks that each file in overrides/ is exactly the installed theme's file with its
edits applied, so an upgrade of the theme shows here. Regenerate with:

    .venv/bin/python overrides/patches.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# file -> [(what the theme prints, what we print instead, why)]
PATCHES: dict[str, list[tuple[str, str, str]]] = {
    "base.html": [
        ('type="checkbox" id="__drawer" autocomplete="off">', 'type="checkbox" id="__drawer">',
         "autocomplete is not allowed on a checkbox"),
        ('type="checkbox" id="__search" autocomplete="off">', 'type="checkbox" id="__search">',
         "autocomplete is not allowed on a checkbox"),
    ],
    "partials/search.html": [
        ('<div class="md-search" data-md-component="search" role="dialog">',
         '<div class="md-search mb-search" role="dialog" aria-label="Search the archive">',
         "a dialog needs a name for screen readers; no data-md-component: Pagefind answers this box "
         "(docs/javascripts/search.js), and Material's own search code would fetch an index that is not built"),
        ('<form class="md-search__form" name="search">',
         '<form class="md-search__form" name="search" action="{{ \'search/\' | url }}" method="get">',
         "Enter opens the full search page, with its filters"),
        ('name="query" aria-label="{{ lang.t(\'search.placeholder\') }}"',
         'name="q" aria-label="Search the archive"', "the search page reads ?q="),
        (' spellcheck="false" data-md-component="search-query" required>', ' spellcheck="false" required>',
         "Material's search code does not run"),
        ('<div class="md-search-result" data-md-component="search-result">', '<div class="md-search-result">',
         "Material's search code does not run"),
        ('<div class="md-search-result__meta">\n            {{ lang.t("search.result.initializer") }}',
         '<div class="md-search-result__meta" role="status">\n            Type to start searching',
         "nothing is loaded before the first query, so there is nothing to initialise; the count is announced"),
    ],
    "partials/header.html": [
        ("""    {% if "material/search" in config.plugins %}
      {% set search = config.plugins["material/search"] | attr("config") %}
      {% if search.enabled %}
        <label class="md-header__button md-icon" for="__search">
          {% set icon = config.theme.icon.search or "material/magnify" %}
          {% include ".icons/" ~ icon ~ ".svg" %}
        </label>
        {% include "partials/search.html" %}
      {% endif %}
    {% endif %}
""", """    <label class="md-header__button md-icon" for="__search">
      {% set icon = config.theme.icon.search or "material/magnify" %}
      {% include ".icons/" ~ icon ~ ".svg" %}
    </label>
    {% include "partials/search.html" %}
""", "the search box does not depend on Material's search plugin, which Pagefind replaces"),
    ],
    "partials/toc.html": [
        ('<label class="md-nav__title" for="__toc">',
         '<label class="md-nav__title"{% if page in nav.pages %} for="__toc"{% endif %}>',
         "pages kept out of the navigation have no __toc toggle for the label to name"),
    ],
    "partials/nav-item.html": [
        ('id="{{ path }}_label" tabindex="{{ tabindex }}">',
         'id="{{ path }}_label"{% if tabindex %} tabindex="{{ tabindex }}"{% endif %}>',
         "an empty tabindex is not a number"),
    ],
}


def theme_dir() -> Path:
    import material

    return Path(material.__file__).resolve().parent / "templates"


def patched(name: str) -> str:
    text = (theme_dir() / name).read_text(encoding="utf-8")
    for old, new, why in PATCHES[name]:
        if old not in text:
            raise ValueError(f"{name}: the theme no longer prints {old!r} ({why}); review the override")
        text = text.replace(old, new)
    return text


if __name__ == "__main__":
    for name in PATCHES:
        target = HERE / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(patched(name), encoding="utf-8")
        print(f"wrote overrides/{name}")
