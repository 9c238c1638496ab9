/* The decisions register as a tool: filters by body, year, topic and kind, sorting by any column, and
   procedural decisions hidden until asked for. Progressive enhancement: without JavaScript the page is the
   plain table the domain wrote (minutebook/pages/register.py), every row shown. Columns are found by their
   header's text, so the table's order can change without this file. */
(function () {
  var FILTERS = [["Body", "body", "Body"], ["Year", "year", "Date"], ["Topic", "topic", "Topics"], ["Kind", "kind", "Kind"]];

  function text(cell) { return (cell ? cell.textContent : "").replace(/\s+/g, " ").trim(); }
  function kindOf(cell) { return text(cell).split(" (")[0]; }
  function yearOf(cell) { var m = text(cell).match(/\b(\d{4})\b/); return m ? m[1] : ""; }
  function topicsOf(cell) { return text(cell) ? text(cell).split(", ") : []; }

  function select(id, label, values, all) {
    var wrap = document.createElement("span");
    wrap.className = "mb-register-filter";
    var lab = document.createElement("label");
    lab.htmlFor = id;
    lab.textContent = label;
    var box = document.createElement("select");
    box.id = id;
    [[all, ""]].concat(values.map(function (v) { return [v, v]; })).forEach(function (pair) {
      var option = document.createElement("option");
      option.textContent = pair[0];
      option.value = pair[1];
      box.appendChild(option);
    });
    wrap.appendChild(lab);
    wrap.appendChild(box);
    return [wrap, box];
  }

  function enhance(register, index) {
    var table = register.querySelector("table");
    if (!table || !table.tHead || !table.tBodies.length) return;
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, text);
    var col = function (name) { return heads.indexOf(name); };
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, order) {
      var cells = row.cells;
      return {
        row: row, order: order,
        body: text(cells[col("Body")]), year: yearOf(cells[col("Date")]),
        topic: topicsOf(cells[col("Topics")]), kind: kindOf(cells[col("Kind")])
      };
    });
    var distinct = function (key, newestFirst) {
      var seen = {};
      rows.forEach(function (r) { [].concat(r[key]).forEach(function (v) { if (v) seen[v] = true; }); });
      var values = Object.keys(seen).sort();
      return newestFirst ? values.reverse() : values;
    };

    var form = document.createElement("form");
    form.className = "mb-register-filters";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Filter the decisions");
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    var boxes = {};
    FILTERS.forEach(function (filter) {
      if (col(filter[2]) < 0) return;
      var made = select("mb-register-" + index + "-" + filter[1], filter[0],
                        distinct(filter[1], filter[1] === "year"), "All");
      boxes[filter[1]] = made[1];
      form.appendChild(made[0]);
    });
    var procedural = rows.filter(function (r) { return r.kind === "Procedural"; }).length;
    var toggle = document.createElement("input");
    toggle.type = "checkbox";
    toggle.id = "mb-register-" + index + "-procedural";
    var toggleLabel = document.createElement("label");
    toggleLabel.htmlFor = toggle.id;
    toggleLabel.textContent = "Show procedural decisions (" + procedural + ")";
    var toggleWrap = document.createElement("span");
    toggleWrap.className = "mb-register-toggle";
    toggleWrap.appendChild(toggle);
    toggleWrap.appendChild(toggleLabel);
    form.appendChild(toggleWrap);
    var status = document.createElement("p");
    status.className = "mb-register-status";
    status.setAttribute("role", "status");
    register.insertBefore(form, register.firstChild);
    register.insertBefore(status, form.nextSibling);

    function apply() {
      var shown = 0;
      rows.forEach(function (r) {
        var ok = (toggle.checked || r.kind !== "Procedural")
          && Object.keys(boxes).every(function (key) {
            var want = boxes[key].value;
            return !want || [].concat(r[key]).indexOf(want) >= 0;
          });
        r.row.hidden = !ok;
        if (ok) shown += 1;
      });
      status.textContent = "Showing " + shown + " of " + rows.length + " decisions"
        + (toggle.checked || !procedural ? "." : ", procedural decisions hidden.");
    }
    Object.keys(boxes).forEach(function (key) { boxes[key].addEventListener("change", apply); });
    toggle.addEventListener("change", apply);

    // Sorting: each header becomes a button; Date sorts by the table's own order (newest first).
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, at) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "mb-sort";
      button.textContent = text(th);
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var key = function (r) { return heads[at] === "Date" ? -r.order : text(r.row.cells[at]).toLowerCase(); };
        rows.slice().sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = x < y ? -1 : x > y ? 1 : a.order - b.order;
          return ascending ? c : -c;
        }).forEach(function (r) { body.appendChild(r.row); });
      });
    });
    table.tHead.rows[0].cells[col("Date")].setAttribute("aria-sort", "descending");
    apply();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".mb-register"), enhance);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
