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
  // lift them all over the body's own page. A meeting's record has no title and its items' marks weigh nothing;
  // its name ("Council, 6 January 2006") weighs a little, so that a query with the body and date finds that meeting
  // (Pagefind counts those few words little against a meeting's long text), below the body's own page.
  var RANKING = { pageLength: 0.3, metaWeights: { kind: 0, body: 0, date: 0, minute: 0, item: 0, items: 0, meeting: 3 } };
  // Pagefind searches in a worker of its own (41 KB of script, 12 KB compressed, once a visit): at 10,000 meetings
  // scoring a query of common words ("council tax support") takes it seconds, and in the page that froze typing
  // and scrolling for as long (docs/performance.md, Search).
  var options = { baseUrl: base.pathname, excerptLength: 24, ranking: RANKING };

  // "minute 576" or "item 3" in a query (as a citation gives them) means the number: no record says the word
  // "minute" of itself, so that "minutes" finds the items called Minutes (minutebook/search/pagefind_index.py).
  function terms(query) {
    return query.replace(/\b(minute|item)\s+(?=\d)/gi, "");
  }

  // A result's title as a citation gives it: "Cabinet, 13 July 2017, minute 576: Pinner Wood School Expansion".
  function title(result) {
    var where = [result.body, result.date, result.label].filter(Boolean).join(", ");
    return result.heading ? (where ? where + ": " : "") + result.heading : where || result.url;
  }

  // A meeting is one Pagefind record, each item a section under a heading with the item's anchor, which Pagefind
  // gives back as a sub-result (a long document appended to an item too, under the name of its own page); `items` holds each item's marks, in the order of the headings, written by
  // minutebook/search/pagefind_records.py in punctuation (Pagefind searches metadata): keep the two in step.
  var MARKS = { kinds: { "!": "decision", "#": "minute", "$": "agenda item", "%": "report", "&": "document" },
                labels: { "@": "minute", "^": "item" }, digits: "()*+,-./:;=?[]{}" };

  function personWidth(count) {
    var width = 1;
    while (Math.pow(MARKS.digits.length, width) < count) width++;
    return width;
  }

  function marks(data) {
    var people = (data.filters && data.filters.person) || [];
    var width = personWidth(people.length);
    return data.meta.items.split("|").map(function (entry) {
      var fields = entry.split("~");
      var label = fields[0], codes = fields[1] || "";
      var item = { label: "", kinds: [], people: [] };
      if (MARKS.labels[label.charAt(0)]) item.label = MARKS.labels[label.charAt(0)] + " " + label.slice(1);
      var at = 0;
      for (; at < codes.length && MARKS.kinds[codes.charAt(at)]; at++) item.kinds.push(MARKS.kinds[codes.charAt(at)]);
      for (; at + width <= codes.length; at += width) {
        var place = 0;
        for (var digit = 0; digit < width; digit++) place = place * MARKS.digits.length + MARKS.digits.indexOf(codes.charAt(at + digit));
        item.people.push(people[place]);
      }
      return item;
    });
  }

  // Whether an item has the kind and person the filters ask for, read as Pagefind reads them: a value or a list
  // (all of them), {any: [...]}, {all: [...]}, {none: [...]} or {not: ...}.
  function wanted(have, filter) {
    if (filter == null) return true;
    if (typeof filter === "string" || Array.isArray(filter)) return [].concat(filter).every(function (v) { return have.indexOf(v) >= 0; });
    if (filter.any) return [].concat(filter.any).some(function (v) { return have.indexOf(v) >= 0; });
    if (filter.all) return wanted(have, filter.all);
    var none = [].concat(filter.none || [], filter.not || []);
    return none.every(function (v) { return have.indexOf(v) < 0; });
  }

  function own(sub) {
    return sub.weighted_locations.reduce(function (sum, l) { return sum + l.balanced_score; }, 0);
  }

  // The results one record gives. A meeting gives each of its items that matched and that the filters keep (kind
  // and person are the items' own): the best item takes the meeting's score, the others their share of it by
  // their own words' scores, so that the items of every meeting can be ranked together. Any other record gives
  // itself.
  // The numbers a query cites ("Cabinet 13 July 2017 minute 576": 576). A meeting's record holds its items' numbers
  // in its marks only (as words of its text, "2006" would find minutes 20060 to 20069), so an item of a matching
  // meeting whose number the query gives is a result, first of its meeting, even where none of its words matched.
  function cited(query) {
    return (terms(query || "").match(/\b\d+[\w.]*\b/g) || []).map(function (n) { return n.toLowerCase(); });
  }

  function entries(score, data, filters, query) {
    var meta = data.meta;
    if (!meta.items) {
      var label = meta.minute ? "minute " + meta.minute : meta.item ? "item " + meta.item : "";
      return [{ url: data.url, heading: meta.title, body: meta.body, date: meta.date, label: label,
                kind: meta.kind, kinds: [meta.kind], excerpt: data.excerpt, score: score }];
    }
    var items = marks(data);
    var place = {};
    data.anchors.filter(function (a) { return /h\d/i.test(a.element); })
      .sort(function (a, b) { return a.location - b.location; })
      .forEach(function (a, at) { place[a.id] = at; });
    var subs = data.sub_results.filter(function (sub) { return sub.anchor && sub.anchor.id in place; });
    var numbers = cited(query);
    var citedAnchors = [];
    Object.keys(place).forEach(function (id) {
      var label = items[place[id]].label;
      if (label && numbers.indexOf(label.split(" ").pop().toLowerCase()) >= 0) citedAnchors.push(id);
    });
    citedAnchors.forEach(function (id) {
      if (!subs.some(function (sub) { return sub.anchor.id === id; })) {
        var anchor = data.anchors.filter(function (a) { return a.id === id; })[0];
        subs.push({ url: data.url.replace(/#.*$/, "") + "#" + id, title: anchor.text, excerpt: "", anchor: anchor,
                    locations: [], weighted_locations: [] });
      }
    });
    if (!subs.length) {  // the words are in the meeting's name (its body and date) only: the meeting is the result
      var found = (filters || {}).kind || (filters || {}).person ? [] : [{ url: data.url, heading: "", body: meta.body,
        date: meta.date, label: "", kind: "meeting", kinds: ["meeting"], excerpt: data.excerpt, score: score }];
      return found;
    }
    var best = Math.max.apply(null, subs.map(own).concat([0])) || 1;
    // a cited item takes its meeting's score, the others a share below it (none above: `find` relies on it)
    function share(sub) {
      return citedAnchors.indexOf(sub.anchor.id) >= 0 ? 1 : own(sub) / best * (citedAnchors.length ? 0.99 : 1);
    }
    return subs.map(function (sub) {
      var item = items[place[sub.anchor.id]];
      // an appended document has a page of its own, under the meeting's, named by its heading's id
      var url = item.kinds[0] === "document" ? data.url.replace(/\/?$/, "/") + sub.anchor.id + "/" : sub.url;
      return { url: url, heading: sub.title, body: meta.body, date: meta.date, label: item.label, kind: item.kinds[0],
               kinds: item.kinds, people: item.people, excerpt: sub.excerpt, sub: sub, score: score * share(sub) };
    }).filter(function (entry) {
      return wanted(entry.kinds, (filters || {}).kind) && wanted(entry.people, (filters || {}).person);
    });
  }

  // The best `count` results of a query: records are read in Pagefind's order, a few at a time, until no record
  // not yet read could give a better one (an item never scores above its record); at most READ records.
  var BATCH = 4;
  var READ = 40;
  // `current` (optional) says whether the query is still the one asked: a search that typing has overtaken stops
  // reading records (each a download) and gives null.
  function find(module, query, filters, count, current) {
    return module.search(terms(query), { filters: filters || {} }).then(function (search) {
      var found = [];
      var next = 0;
      function more() {
        if (current && !current()) return null;
        var batch = search.results.slice(next, Math.min(next + BATCH, READ));
        next += batch.length;
        return Promise.all(batch.map(function (r) {
          return r.data().then(function (data) { return entries(r.score, data, filters, query); });
        })).then(function (lists) {
          lists.forEach(function (list) { found.push.apply(found, list); });
          found.sort(function (a, b) { return b.score - a.score; });
          var bar = next < search.results.length ? search.results[next].score : -Infinity;
          var sure = found.filter(function (entry) { return entry.score >= bar; }).length;
          if (sure >= count || !batch.length || next >= Math.min(search.results.length, READ)) {
            return { records: search.results.length, results: found.slice(0, count) };
          }
          return more();
        });
      }
      return more();
    });
  }

  // what the search tests ask, as the header box asks
  window.minutebookSearch = {
    bundle: bundle, options: options, terms: terms, title: title,
    search: function (query, filters, count) {
      return load().then(function (module) { return find(module, query, filters, count); });
    }
  };
  var SHOWN = 10;
  // Pagefind's own debouncedSearch fetches the chunks of every prefix typed ("r", "re", "rec" ...), and a
  // short prefix spans many chunks: 200 KB of a query's 550 at 2,000 meetings went on words never searched.
  // Here a search waits until typing pauses; a partial word of PRELOAD letters or more is fetched meanwhile
  // (its chunk is, nearly always, the whole word's). A shorter last word waits longer (SHORT, by its length):
  // it is most likely a word still being typed, and its prefix search the dearest, so that a slow keystroke
  // on a busy machine, or a typist's hesitation, does not fetch the chunks of "ho" on the way to "housing".
  var PAUSE = 120;
  var SHORT = { 1: 600, 2: 600, 3: 300 };
  var PRELOAD = 4;
  var pending = null;

  function wait(query) {
    clearTimeout(pending);
    var last = terms(query).trim().split(/\s+/).pop();
    if (last.length >= PRELOAD) load().then(function (module) { module.preload(terms(query)); });
    return new Promise(function (resolve) { pending = setTimeout(resolve, SHORT[last.length] || PAUSE); });
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
    var facts = [data.kind, data.body, data.date].filter(Boolean).join(" · ");
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
        return wait(query).then(function () {
          function current() { return ticket === asked; }
          return current() ? find(module, query, {}, SHOWN, current) : null;
        });
      }).then(function (search) {
        if (!search || ticket !== asked) return;
        var data = search.results;
        var count = search.records;
        meta.textContent = count === 0 ? "No matching results" : count === 1 ? "1 matching meeting or page"
          : count + " matching meetings and pages, the best " + data.length + " results shown";
        var items = data.map(resultItem);
        var more = element("li", "md-search-result__item mb-search-more");
        var link = element("a", "md-search-result__link", "All results, with filters by body, year, kind and person");
        link.href = new URL("search/?q=" + encodeURIComponent(query), base).href;
        more.appendChild(link);
        items.push(more);
        list.replaceChildren.apply(list, items);
        list.dataset.query = query;  // the query these results answer (what a test or benchmark waits for)
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

  // The filters ticked on the search page, as Pagefind's UI asks them ({kind: ["decision"]}: all of them).
  function ticked(container) {
    var filters = {};
    container.querySelectorAll("input.pagefind-ui__filter-checkbox:checked").forEach(function (box) {
      (filters[box.name] = filters[box.name] || []).push(box.value);
    });
    return filters;
  }

  // A meeting on the search page: its items that match the words and the ticked filters, best first, as the
  // result's sub-results (Pagefind's UI shows three), and what kinds they are as its tag. A meeting none of whose
  // matching items the filters keep (its words are in one item, its decision in another) is left out.
  var SHOWN_ITEMS = 3;
  function meetingResult(result, container) {
    var box = container.querySelector("input");
    var kept = entries(1, result, ticked(container), box && box.value).sort(function (a, b) { return b.score - a.score; });
    result.sub_results = kept.slice(0, SHOWN_ITEMS).map(function (entry) {
      var sub = entry.sub;
      return { title: [entry.label, entry.heading].filter(Boolean).join(": "), url: sub.url, excerpt: sub.excerpt,
               locations: sub.locations, weighted_locations: sub.weighted_locations, anchor: sub.anchor };
    });
    var meta = { title: [result.meta.body, result.meta.date].filter(Boolean).join(", ") };
    var kinds = kept.map(function (entry) { return entry.kind; }).filter(function (k, at, all) { return all.indexOf(k) === at; });
    if (kinds.length) meta.kind = kinds.join(", ");
    ["body", "date"].forEach(function (key) { if (result.meta[key]) meta[key] = result.meta[key]; });
    if (!kept.length) meta.url = result.url + "#mb-no-item";  // hidden by its address (extra.css)
    result.meta = meta;
    return result;
  }

  var filters = null;
  function allFilters() {
    if (!filters) filters = load().then(function (module) { return module.filters(); });
    return filters;
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
        showSubResults: true, pageSize: 10, excerptLength: 30, showEmptyFilters: false,
        openFilters: ["kind", "body", "year"], translations: { placeholder: "Search the archive" },
        processTerm: terms,
        processResult: function (result) {
          if (result.meta.items) return meetingResult(result, container);
          var entry = entries(1, result, {})[0];
          result.meta.title = title(entry);
          ["minute", "item"].forEach(function (key) { delete result.meta[key]; });
          return result;
        }
      });
      // Pagefind counts a search's filters over the filter chunks it has fetched so far. Pagefind UI fetches them all
      // as it starts and searches at once, and a panel drawn from a search that ended first keeps only the groups
      // fetched by then (no Kind, no Body) until the next search: a shared query waits for every chunk, and a search
      // typed before they were all in is run again once they are.
      var query = new URLSearchParams(window.location.search).get("q");
      if (query) allFilters().then(function () { ui.triggerSearch(query); });
      container.addEventListener("focusin", function () {
        allFilters().then(function () {
          if (container.querySelector("input").value.trim()) ui.triggerFilters(ticked(container));
        });
      }, { once: true });
    };
    document.head.appendChild(script);
  }

  var form = document.querySelector(".mb-search .md-search__form");
  if (form) header(form);
  var page = document.getElementById("mb-search-page");
  if (page) searchPage(page);
})();
