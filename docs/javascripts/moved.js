/* A long report that used to be printed on a meeting page now has a page of its own. A reader who
   arrives with the heading's old address (…/2017-09-28/#report-scrutiny-of-…) is sent on to it: the old id
   is kept on the link to the report (class mb-moved), which without JavaScript is where the reader lands. */
(function () {
  function forward() {
    if (!window.location.hash) return;
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target && target.classList.contains("mb-moved") && target.href) window.location.replace(target.href);
  }
  forward();
  window.addEventListener("hashchange", forward);
})();
