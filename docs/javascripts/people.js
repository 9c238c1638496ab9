/* The people index: a filter box and sortable column headings, added where JavaScript runs. Without it the
   page still lists everyone, in surname order, under Members, Officers and Others. */
(function () {
  var NUMBER = /^-?\d+(\.\d+)?%?$/;
  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }
  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) return parseFloat(a) - parseFloat(b);
    if (!a || !b) return a ? -1 : b ? 1 : 0; // empty cells last
    return a.localeCompare(b, undefined, { sensitivity: "base" });
  }
  function sortable(table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "mb-sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var order = compare(cellText(r1, index), cellText(r2, index));
          if (!cellText(r1, index) || !cellText(r2, index)) return order; // empty cells last either way
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  function filterBox(parts, before) {
    var form = document.createElement("form");
    form.className = "mb-filter";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Filter people");
    form.innerHTML = '<label for="mb-people-filter">Filter by name, party, ward or organisation</label> ' +
      '<input type="search" id="mb-people-filter" autocomplete="off"> ' +
      '<label for="mb-people-kind">Show</label> <select id="mb-people-kind">' +
      '<option value="">everyone</option><option value="member">members</option>' +
      '<option value="officer">officers</option><option value="other">others</option></select>' +
      '<p class="mb-filter-status" role="status"></p>';
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    before.parentNode.insertBefore(form, before);
    var input = form.querySelector("input"), kind = form.querySelector("select");
    var status = form.querySelector(".mb-filter-status");
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0, total = 0;
      parts.forEach(function (part) {
        var visible = 0;
        var wanted = !kind.value || part.classList.contains("mb-people-" + kind.value);
        part.querySelectorAll("tbody tr").forEach(function (row) {
          var text = row.textContent.toLowerCase();
          var match = wanted && words.every(function (word) { return text.indexOf(word) >= 0; });
          row.hidden = !match;
          total += 1;
          if (match) visible += 1;
        });
        shown += visible;
        part.hidden = visible === 0;
        var heading = part.previousElementSibling;
        while (heading && heading.tagName !== "H2") heading = heading.previousElementSibling;
        if (heading) {
          heading.hidden = visible === 0;
          if (heading.nextElementSibling && heading.nextElementSibling.tagName === "P") {
            heading.nextElementSibling.hidden = visible === 0;
          }
        }
      });
      status.textContent = (words.length || kind.value) ? shown + " of " + total + " people shown" : "";
    }
    input.addEventListener("input", apply);
    kind.addEventListener("change", apply);
  }
  function ready() {
    var parts = Array.prototype.slice.call(document.querySelectorAll(".mb-people"));
    if (!parts.length) return;
    parts.forEach(function (part) {
      var table = part.querySelector("table");
      if (table && table.tHead) sortable(table);
    });
    var first = parts[0].previousElementSibling;
    while (first && first.tagName !== "H2") first = first.previousElementSibling;
    filterBox(parts, first || parts[0]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
