/* Copy a permanent link and a citation for a meeting or minute.
   The link is this page's address (without query or fragment) plus the item's anchor, so it works
   wherever the archive is hosted. The citation is also shown, selectable, for browsers that block
   the clipboard. */
(function () {
  function citationFor(button) {
    var canonical = document.querySelector('link[rel="canonical"]');
    var url = new URL(button.getAttribute("data-anchor") || "", canonical ? canonical.href : window.location.href);
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
    var label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    var reset = function () { window.setTimeout(function () { button.textContent = label; }, 4000); };
    var done = function () { button.setAttribute("data-copied", "true"); button.textContent = "Copied"; reset(); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () {
        button.textContent = "Select and copy below";
        reset();
      });
    } else {
      button.textContent = "Select and copy below";
      reset();
    }
  });
})();
