/* Following the archive: a calendar's "subscribe" link becomes webcal:// (the calendar app subscribes and
   keeps it up to date, rather than importing a copy), with a control that copies the calendar's address
   for apps that ask for one. The printed page names its own address. */
(function () {
  function absolute(href) {
    var url = new URL(href, window.location.href);
    url.search = "";
    url.hash = "";
    return url;
  }
  function copyButton(text) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "mb-copy-address";
    button.textContent = "copy address";
    button.title = "Copy the calendar's address, for calendar apps that ask for one";
    button.addEventListener("click", function () {
      var done = function () { button.textContent = "address copied"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { window.prompt("Calendar address:", text); });
      } else {
        window.prompt("Calendar address:", text);
      }
    });
    return button;
  }
  function keyboardOperable(label) {
    // A label that opens the search is a button to its reader: reachable with Tab, pressed with Enter or Space.
    label.setAttribute("tabindex", "0");
    label.setAttribute("role", "button");
    label.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        label.click();
      }
    });
  }
  function ready() {
    document.querySelectorAll('.md-content label[for="__search"]').forEach(keyboardOperable);
    var web = /^https?:$/.test(window.location.protocol);
    document.querySelectorAll("a.mb-webcal").forEach(function (link) {
      var url = absolute(link.getAttribute("href"));
      if (web) link.href = "webcal://" + url.host + url.pathname;
      link.insertAdjacentText("afterend", " ");
      link.parentNode.insertBefore(copyButton(url.href), link.nextSibling.nextSibling);
    });
    var canonical = document.querySelector('link[rel="canonical"]');
    document.querySelectorAll(".mb-print-url").forEach(function (span) {
      if (!span.textContent.trim()) span.textContent = canonical ? canonical.href : absolute(window.location.href).href;
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
