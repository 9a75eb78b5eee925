// Page-specific enhancements (progressive: every page works without this file).
(function () {
  "use strict";
  // ARIA tabs: arrows, Home and End move between tabs; the tab's link loads its panel.
  function tabs(event) {
    var list = event.target.closest("[data-tabs]");
    if (!list || event.target.getAttribute("role") !== "tab") { return; }
    var all = Array.prototype.slice.call(list.querySelectorAll("[role=tab]"));
    var at = all.indexOf(event.target);
    var next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined) { return; }
    event.preventDefault();
    var tab = all[(next + all.length) % all.length];
    tab.focus();
    tab.click();
  }
  function selected(event) {
    var tab = event.target.closest && event.target.closest("[role=tab]");
    if (!tab) { return; }
    tab.parentNode.querySelectorAll("[role=tab]").forEach(function (one) {
      var on = one === tab;
      one.setAttribute("aria-selected", on ? "true" : "false");
      one.setAttribute("tabindex", on ? "0" : "-1");
    });
  }
  document.addEventListener("keydown", tabs);
  document.addEventListener("click", selected);
})();
