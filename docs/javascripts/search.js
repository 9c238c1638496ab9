/* Search with Pagefind: the header box (Material's markup, partials/search.html) and the full search page
   (docs/search.md, Pagefind's own UI with its filters). Pagefind's index is split into chunks: nothing is
   downloaded when a page loads, and a query fetches only the chunks of its words and the few results shown.
   Keys, as Material's own search: F, S or / open the box; Escape closes it; arrow keys move through results. */
(function () {
  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = new URL(config.base.replace(/\/?$/, "/"), window.location.href);
  var bundle = new URL("pagefind/", base).href;
  // Ranking (tests/test_search_ranking.py holds the result). Pagefind's default weighs a record's length strongly,
  // so a one-line agenda entry would outrank the minute that decided the matter; 0.3 keeps some of it. Pagefind
  // also searches metadata, and adds a boost for words found in it: only the title's (a record's heading, the
  // name of a person or body) counts; the body, date, kind and number of every item of a body would otherwise
  // lift them all over the body's own page.
  var RANKING = { pageLength: 0.3, metaWeights: { kind: 0, body: 0, date: 0, minute: 0, item: 0 } };
  var options = { baseUrl: base.pathname, excerptLength: 24, ranking: RANKING };

  // "minute 576" or "item 3" in a query (as a citation gives them) means the number: no record says the word
  // "minute" of itself, so that "minutes" finds the items called Minutes (minutebook/search/pagefind_index.py).
  function terms(query) {
    return query.replace(/\b(minute|item)\s+(?=\d)/gi, "");
  }

  // A result's title as a citation gives it: "Cabinet, 13 July 2017, minute 576: Pinner Wood School Expansion".
  function title(data) {
    var meta = data.meta;
    var label = meta.minute ? "minute " + meta.minute : meta.item ? "item " + meta.item : "";
    var where = [meta.body, meta.date, label].filter(Boolean).join(", ");
    return (where ? where + ": " : "") + (meta.title || data.url);
  }
  // what the search tests ask Pagefind with
  window.minutebookSearch = { bundle: bundle, options: options, terms: terms, title: title };
  var SHOWN = 10;
  // Pagefind's own debouncedSearch fetches the chunks of every prefix typed ("r", "re", "rec" ...), and a
  // short prefix spans many chunks: 200 KB of a query's 550 at 2,000 meetings went on words never searched.
  // Here a search waits until typing pauses; a partial word of PRELOAD letters or more is fetched meanwhile
  // (its chunk is, nearly always, the whole word's).
  var PAUSE = 120;
  var PRELOAD = 4;
  var pending = null;

  function wait(query) {
    clearTimeout(pending);
    var last = terms(query).trim().split(/\s+/).pop();
    if (last.length >= PRELOAD) load().then(function (module) { module.preload(terms(query)); });
    return new Promise(function (resolve) { pending = setTimeout(resolve, PAUSE); });
  }
  var pagefind = null;

  function load() {
    if (!pagefind) {
      pagefind = import(bundle + "pagefind.js").then(function (module) {
        return module.options(options).then(function () { return module; });
      });
    }
    return pagefind;
  }

  // Pagefind's excerpt is the record's text, escaped, with <mark> around the words found: nothing else passes.
  function excerpt(html) {
    return html.replace(/<(?!\/?mark>)/g, "&lt;");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function resultItem(data) {
    var item = element("li", "md-search-result__item");
    var link = element("a", "md-search-result__link");
    link.href = data.url;
    var article = element("article", "md-search-result__article md-typeset");
    article.appendChild(element("div", "mb-search-result__title", title(data)));
    var facts = [data.meta.kind, data.meta.body, data.meta.date].filter(Boolean).join(" · ");
    if (facts) article.appendChild(element("div", "mb-search-result__facts", facts));
    var snippet = element("p", "mb-search-result__excerpt");
    snippet.innerHTML = excerpt(data.excerpt || "");
    article.appendChild(snippet);
    link.appendChild(article);
    item.appendChild(link);
    return item;
  }

  function header(form) {
    var input = form.querySelector(".md-search__input");
    var toggle = document.getElementById("__search");
    var meta = document.querySelector(".mb-search .md-search-result__meta");
    var list = document.querySelector(".mb-search .md-search-result__list");
    var asked = 0;

    function show(query) {
      var ticket = ++asked;
      if (!query.trim()) {
        list.replaceChildren();
        meta.textContent = "Type to start searching";
        return;
      }
      load().then(function (module) {
        return wait(query).then(function () { return ticket === asked ? module.search(terms(query)) : null; });
      }).then(function (search) {
        if (!search || ticket !== asked) return null;
        return Promise.all(search.results.slice(0, SHOWN).map(function (r) { return r.data(); })).then(function (data) {
          if (ticket !== asked) return;
          var count = search.results.length;
          meta.textContent = count === 0 ? "No matching results" : count === 1 ? "1 matching result"
            : count + " matching results" + (count > SHOWN ? ", the first " + SHOWN + " shown" : "");
          var items = data.map(resultItem);
          var more = element("li", "md-search-result__item mb-search-more");
          var link = element("a", "md-search-result__link", "All results, with filters by body, year, kind and person");
          link.href = new URL("search/?q=" + encodeURIComponent(query), base).href;
          more.appendChild(link);
          items.push(more);
          list.replaceChildren.apply(list, items);
          list.dataset.query = query;  // the query these results answer (what a test or benchmark waits for)
        });
      }).catch(function (error) {
        meta.textContent = "Search could not load: it needs the site to be served over http (see How to search).";
        console.warn(error);
      });
    }

    input.addEventListener("input", function () { show(input.value); });
    form.addEventListener("reset", function () { setTimeout(function () { show(""); input.focus(); }, 0); });
    // The box takes the keys at once: focused in the same task that opens it, not a timer later, so that a
    // word typed straight after Enter or a click loses no letter on a busy machine.
    toggle.addEventListener("change", function () {
      if (toggle.checked) input.focus();
    });
    input.addEventListener("focus", function () {
      if (!toggle.checked) toggle.checked = true;
      // Pagefind's code and its list of records (the part of a first search that does not depend on the words)
      // load while the words are typed; a failure here is reported by the search itself.
      load().then(function (module) { return module.init(); }).catch(function () {});
    });

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a.md-search-result__link")); }
    document.addEventListener("keydown", function (event) {
      var typing = event.target instanceof HTMLElement &&
        (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
      if (!toggle.checked) {
        if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && /^[fs/]$/i.test(event.key)) {
          event.preventDefault();
          toggle.checked = true;
          input.focus();
        }
        return;
      }
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.key === "Escape") {
        toggle.checked = false;
        input.blur();
      } else if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        all[Math.min(at + 1, all.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        if (at === 0) input.focus(); else all[at - 1].focus();
      }
    });

    // ?q=words (a shared search, or the 404 page's suggestion) opens the box with that query.
    var query = new URLSearchParams(window.location.search).get("q");
    if (query && !document.getElementById("mb-search-page")) {
      toggle.checked = true;
      input.value = query;
      show(query);
    }
  }

  function searchPage(container) {
    var css = element("link");
    css.rel = "stylesheet";
    css.href = bundle + "pagefind-ui.css";
    document.head.appendChild(css);
    var script = element("script");
    script.src = bundle + "pagefind-ui.js";
    script.onload = function () {
      var ui = new window.PagefindUI({
        element: container, bundlePath: bundle, baseUrl: base.pathname, ranking: RANKING, resetStyles: false, showImages: false,
        showSubResults: false, pageSize: 10, excerptLength: 30, showEmptyFilters: false,
        openFilters: ["kind", "body", "year"], translations: { placeholder: "Search the archive" },
        processTerm: terms,
        processResult: function (result) { result.meta.title = title(result); return result; }
      });
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) ui.triggerSearch(query);
    };
    document.head.appendChild(script);
  }

  var form = document.querySelector(".mb-search .md-search__form");
  if (form) header(form);
  var page = document.getElementById("mb-search-page");
  if (page) searchPage(page);
})();
