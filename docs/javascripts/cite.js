/* Copy a permanent link and a citation for a meeting or minute.
   The link is this page's address (without query or fragment) plus the item's anchor, so it works
   wherever the archive is hosted. The citation is also shown, selectable, for browsers that block
   the clipboard. */
(function () {
  function citationFor(button) {
    var url = new URL(button.getAttribute("data-anchor") || "", window.location.href);
    url.search = "";
    if (!button.getAttribute("data-anchor")) url.hash = "";
    return button.getAttribute("data-cite") + ", " + url.href;
  }
  function show(button, text) {
    var box = button.nextElementSibling;
    if (!box || !box.classList.contains("mb-cite-text")) {
      box = document.createElement("output");
      box.className = "mb-cite-text";
      button.insertAdjacentElement("afterend", box);
    }
    box.textContent = text;
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.mb-cite");
    if (!button) return;
    var text = citationFor(button);
    show(button, text);
    var done = function () { button.setAttribute("data-copied", "true"); button.textContent = "Copied"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { button.textContent = "Select and copy below"; });
    } else {
      button.textContent = "Select and copy below";
    }
  });
})();
