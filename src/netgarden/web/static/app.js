// Progressive enhancement only: every page works without this file.
// Theme switch, toasts, the command palette, keyboard shortcuts, charts and the graph.
(function () {
  "use strict";
  var THEMES = ["system", "light", "dark"];
  var KEY = "netgarden-theme";

  function $(selector, root) { return (root || document).querySelector(selector); }
  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function csrf() {
    try { return JSON.parse(document.body.getAttribute("hx-headers"))["X-CSRF-Token"]; } catch (e) { return ""; }
  }

  // A token's colour as the browser resolves it (light-dark() included), for charts.
  function tokenColor(name) {
    var probe = document.createElement("span");
    probe.style.color = "var(--" + name + ")";
    document.body.appendChild(probe);
    var value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }
  window.netgarden = { tokenColor: tokenColor };

  // ---- theme: system (prefers-color-scheme), light or dark, remembered ----
  function currentTheme() { return document.documentElement.dataset.theme || "system"; }
  function showTheme() {
    var button = $("#theme-switch");
    if (button) { button.setAttribute("aria-label", "Theme: " + currentTheme()); $("#theme-name").textContent = currentTheme(); }
  }
  function setTheme(theme) {
    if (theme === "system") { delete document.documentElement.dataset.theme; } else { document.documentElement.dataset.theme = theme; }
    try { if (theme === "system") { localStorage.removeItem(KEY); } else { localStorage.setItem(KEY, theme); } } catch (e) { /* private mode */ }
    showTheme();
    document.dispatchEvent(new CustomEvent("netgarden:theme"));
  }

  // ---- toasts: close on demand, leave after a while unless focused or hovered ----
  function armToast(toast) {
    if (toast.dataset.armed) { return; }
    toast.dataset.armed = "1";
    var timer = null;
    function later() { timer = setTimeout(function () { if (!toast.contains(document.activeElement) && !toast.matches(":hover")) { toast.remove(); } else { later(); } }, 10000); }
    later();
  }
  function armToasts() { $all("#toasts .toast").forEach(armToast); }

  // ---- lists: j/k move, l logs, s snoozes, o opens ----
  function items() { return $all("[data-item]").filter(function (el) { return el.offsetParent !== null; }); }
  function current() { return $("[data-item].current"); }
  function select(el) {
    var was = current();
    if (was) { was.classList.remove("current"); was.removeAttribute("aria-current"); }
    if (!el) { return; }
    el.classList.add("current");
    el.setAttribute("aria-current", "true");
    var link = $("[data-open]", el) || el;
    link.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
    document.dispatchEvent(new CustomEvent("netgarden:select", { detail: el }));
  }
  function move(step) {
    var list = items();
    if (!list.length) { return; }
    var at = list.indexOf(current());
    if (at < 0) { at = list.indexOf(document.activeElement && document.activeElement.closest("[data-item]")); }
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    select(list[next]);
  }
  function act(name) {
    var el = current() || (document.activeElement && document.activeElement.closest("[data-item]"));
    if (!el) { move(1); el = current(); }
    if (!el) { return; }
    if (name === "open") {
      var open = $("[data-open]", el);
      if (open) { window.location.href = open.getAttribute("href"); }
      return;
    }
    document.dispatchEvent(new CustomEvent("netgarden:" + name, { detail: el }));
  }

  // ---- the command palette ----
  var PAGES = [
    ["Today", "/"], ["Contacts", "/contacts"], ["Add a contact", "/contacts/new"], ["Events", "/events"],
    ["Introductions", "/introductions"], ["Network", "/network"], ["Dashboard", "/dashboard"],
    ["Import", "/import"], ["Export", "/export"], ["Settings", "/settings"], ["Style guide", "/styleguide"],
    ["API documentation", "/docs"],
    ["Goals", "/goals"],  // issue 15
    ["Opportunities", "/opportunities"], ["Networking ROI", "/roi"],  // issue 16
    ["Call list", "/call-list"], ["Companies", "/companies"]  // issue 16
  ];
  var KINDS = ["coffee", "meeting", "call", "video", "message", "email", "event", "informational-interview", "intro", "other"];
  var LOG = /^\s*log\s+([a-z-]+)\s+with\s+(.+?)\s*$/i;
  var palette = { results: [], chosen: 0, asked: 0 };

  function openPalette() {
    var dialog = $("#palette");
    if (!dialog || dialog.open) { return; }
    dialog.showModal();
    var input = $("#palette-input");
    input.value = "";
    find("");
    input.focus();
  }
  function closePalette() { var dialog = $("#palette"); if (dialog && dialog.open) { dialog.close(); } }

  function fuzzy(text, query) {  // every letter of the query, in order
    var t = text.toLowerCase(), at = 0;
    for (var i = 0; i < query.length; i += 1) {
      if (query[i] === " ") { continue; }
      at = t.indexOf(query[i], at);
      if (at < 0) { return false; }
      at += 1;
    }
    return true;
  }

  function show(results) {
    palette.results = results;
    palette.chosen = 0;
    var list = $("#palette-results");
    list.innerHTML = "";
    results.forEach(function (result, index) {
      var li = document.createElement("li");
      li.id = "palette-option-" + index;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", index === 0 ? "true" : "false");
      var what = document.createElement("span");
      what.className = "badge";
      what.textContent = result.type;
      var label = document.createElement("span");
      label.textContent = result.label;
      li.appendChild(what);
      li.appendChild(label);
      li.addEventListener("click", function () { run(result); });
      list.appendChild(li);
    });
    if (!results.length) {
      var none = document.createElement("li");
      none.setAttribute("role", "option");
      none.setAttribute("aria-disabled", "true");
      none.textContent = "Nothing matches; try part of a name";
      list.appendChild(none);
    }
    $("#palette-input").setAttribute("aria-activedescendant", results.length ? "palette-option-0" : "");
  }
  function choose(step) {
    if (!palette.results.length) { return; }
    palette.chosen = (palette.chosen + step + palette.results.length) % palette.results.length;
    $all("#palette-results li").forEach(function (li, index) { li.setAttribute("aria-selected", index === palette.chosen ? "true" : "false"); });
    var chosen = $("#palette-option-" + palette.chosen);
    chosen.scrollIntoView({ block: "nearest" });
    $("#palette-input").setAttribute("aria-activedescendant", chosen.id);
  }

  function find(text) {
    var query = text.trim().toLowerCase();
    var command = LOG.exec(text);
    var who = command ? command[2] : text.trim();
    var kind = command ? command[1].toLowerCase() : null;
    var pages = command ? [] : PAGES.filter(function (p) { return fuzzy(p[0], query); })
      .map(function (p) { return { type: "page", label: p[0], href: p[1] }; });
    if (command && KINDS.indexOf(kind) < 0) {
      show([]);
      $("#palette-results li").textContent = "“" + kind + "” is not a kind of touch; use one of: " + KINDS.join(", ");
      return;
    }
    show(pages);  // at once; the people follow
    if (!who) { return; }
    var asked = palette.asked += 1;
    fetch("/palette/people?q=" + encodeURIComponent(who), { headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        if (asked !== palette.asked) { return; }  // a later keystroke asked again
        var people = $all("li", new DOMParser().parseFromString(html, "text/html")).map(function (li) {
          return { id: li.dataset.id, name: li.dataset.name, company: li.dataset.company };
        });
        var found = people.map(function (p) {
          var label = p.name + (p.company ? " (" + p.company + ")" : "");
          return command
            ? { type: "log", label: "Log " + kind + " with " + label, person: p, kind: kind }
            : { type: "person", label: label, href: "/contacts/" + p.id };
        });
        show(command ? found : pages.slice(0, 3).concat(found, pages.slice(3)));
      });
  }

  function run(result) {
    if (!result) { return; }
    if (result.href) { window.location.href = result.href; return; }
    closePalette();
    logTouch(result.person.id, result.kind, "", result.person.name);
  }

  // Log through the page's own form route; the answer carries the toast (and the Today row).
  function logTouch(contactId, kind, note) {
    var row = document.getElementById("item-" + contactId);
    window.htmx.ajax("POST", "/touches", {
      values: { contact_id: String(contactId), kind: kind, note: note || "", row: row ? row.id : "" },
      headers: { "X-CSRF-Token": csrf() },
      target: row || "#toasts",
      swap: row ? "outerHTML" : "none"
    });
  }
  window.netgarden.logTouch = logTouch;

  // ---- Today: one shared action bar for the current line ----
  function bar() { return $("#action-bar"); }
  function rowOf(el) { return el && el.id && $("form[data-act], [data-act]", el) ? el : null; }
  function fillBar(row) {
    var shared = bar();
    if (!shared || !rowOf(row)) { return; }
    $all("input[name=contact_id]", shared).forEach(function (input) { input.value = row.dataset.contact; });
    $all("input[name=row]", shared).forEach(function (input) { input.value = row.id; });
    $("#bar-log", shared).setAttribute("hx-target", "#" + row.id);
    $("#bar-snooze", shared).setAttribute("action", "/contacts/" + row.dataset.contact + "/snooze");
    var open = $("#bar-open", shared);
    open.textContent = row.dataset.name;
    open.setAttribute("href", "/contacts/" + row.dataset.contact);
  }
  function snoozeRow(row) {
    var form = row && $("form[data-row]", row);
    if (form) { form.requestSubmit(); }
  }
  // a line's Snooze, in place: Today's list is hx-disable (htmx's start-up skips its forms),
  // so one listener posts them; without JavaScript the form posts and the page comes back
  document.addEventListener("submit", function (event) {
    var form = event.target.closest && event.target.closest("form[data-row]");
    if (!form || !window.htmx) { return; }
    event.preventDefault();
    var row = form.dataset.row;
    window.htmx.ajax("POST", form.getAttribute("action"),
      { source: form, target: "#" + row, swap: "outerHTML", values: { row: row } });
  });
  function nextAfter(id) {
    var done = document.getElementById(id);
    if (!done) { return; }
    var after = items().filter(function (el) { return done.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING; });
    if (after.length) { select(after[0]); }
  }
  document.addEventListener("netgarden:select", function (event) { fillBar(event.detail); });
  document.addEventListener("netgarden:log", function (event) {
    if (!bar() || !rowOf(event.detail)) { act("open"); return; }
    fillBar(event.detail);
    $("#bar-note").focus();
  });
  document.addEventListener("netgarden:snooze", function (event) { snoozeRow(event.detail); });

  // ---- keys ----
  function typing(event) {
    var el = event.target;
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  document.addEventListener("keydown", function (event) {
    var dialog = $("#palette");
    if (dialog && dialog.open && event.target.id === "palette-input") {
      if (event.key === "ArrowDown") { event.preventDefault(); choose(1); }
      if (event.key === "ArrowUp") { event.preventDefault(); choose(-1); }
      if (event.key === "Enter") { event.preventDefault(); run(palette.results[palette.chosen]); }
      return;
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") { event.preventDefault(); openPalette(); return; }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) { return; }
    if ($("dialog[open]")) { return; }
    var handled = true;
    switch (event.key) {
      case "/": openPalette(); break;
      case "?": $("#shortcuts").showModal(); break;
      case "j": move(1); break;
      case "k": move(-1); break;
      case "l": act("log"); break;
      case "s": act("snooze"); break;
      case "o": act("open"); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    showTheme();
    armToasts();
    var theme = $("#theme-switch");
    if (theme) {
      theme.addEventListener("click", function () { setTheme(THEMES[(THEMES.indexOf(currentTheme()) + 1) % THEMES.length]); });
    }
    $all("[data-set-theme]").forEach(function (button) {
      button.addEventListener("click", function () { setTheme(button.dataset.setTheme); });
    });
    var trigger = $("#palette-open");
    if (trigger) { trigger.addEventListener("click", openPalette); }
    var input = $("#palette-input");
    if (input) { input.addEventListener("input", function () { find(input.value); }); }
    document.addEventListener("click", function (event) {
      var close = event.target.closest("[data-dismiss]");
      if (close) { close.closest(".toast").remove(); }
    });
    document.addEventListener("focusin", function (event) {
      var item = event.target.closest && event.target.closest("[data-item]");
      if (item && !item.classList.contains("current")) { select(item); }
    });
    document.addEventListener("click", function (event) {
      var log = event.target.closest("[data-act=log]");
      if (log && bar()) { event.preventDefault(); select(log.closest("[data-item]")); act("log"); return; }
      var row = event.target.closest("[data-item]");
      if (row && !event.target.closest("a, button, input, select, textarea")) { select(row); }
    });
    var shared = bar();
    if (shared) {
      $("#bar-snooze", shared).addEventListener("submit", function (event) {
        event.preventDefault();
        snoozeRow(document.getElementById($("input[name=row]", event.target).value));
      });
    }
    document.body.addEventListener("htmx:afterRequest", function (event) {
      var elt = event.detail.elt;
      if (elt.closest && elt.closest(".toast")) { elt.closest(".toast").remove(); return; }
      if (!event.detail.successful || !elt.closest) { return; }
      var row = elt.id === "bar-log" ? $("input[name=row]", elt).value : (elt.closest("[data-item]") || {}).id;
      if (elt.id === "bar-log") { $("#bar-note").value = ""; }
      if (row && event.detail.xhr.status === 200) { setTimeout(function () { nextAfter(row); }, 0); }
    });
    document.body.addEventListener("htmx:afterSettle", armToasts);
    document.body.addEventListener("htmx:oobAfterSwap", armToasts);
  });

  // ---- the dashboard's charts and the network graph ----
  function drawCharts() {
    if (!window.Chart || !document.getElementById("chart-circles")) { return; }
    var accent = tokenColor("accent-bg"), soft = tokenColor("line-strong"), danger = tokenColor("text-danger");
    fetch("/api/v1/stats", { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (stats) {
        var circles = ["inner", "middle", "outer"];
        new window.Chart(document.getElementById("chart-circles"), {
          type: "bar",
          data: { labels: circles, datasets: [
            { label: "people", data: circles.map(function (c) { return stats.circles[c] || 0; }), backgroundColor: accent },
            { label: "target", data: circles.map(function (c) { return stats.targets[c]; }), backgroundColor: soft }
          ] }
        });
        var months = Object.keys(stats.touches_per_month);
        new window.Chart(document.getElementById("chart-months"), {
          type: "line",
          data: { labels: months, datasets: [{ label: "touches", data: months.map(function (m) { return stats.touches_per_month[m]; }), borderColor: accent, tension: 0.25 }] }
        });
        var all = Object.keys(stats.overdue_by_circle);
        new window.Chart(document.getElementById("chart-overdue"), {
          type: "bar",
          data: { labels: all, datasets: [{ label: "overdue or lapsed", data: all.map(function (c) { return stats.overdue_by_circle[c]; }), backgroundColor: danger }] }
        });
      });
  }
  function drawGraph() {
    var box = document.getElementById("graph");
    if (!window.cytoscape || !box) { return; }
    fetch(box.dataset.url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (graph) {
        if (!graph) { return; }  // the list below the graph still shows every link
        var colors = { me: tokenColor("text"), inner: tokenColor("circle-inner-fg"), middle: tokenColor("circle-middle-fg"),
                       outer: tokenColor("circle-outer-fg"), none: tokenColor("circle-none-fg") };
        var width = { strong: 4, medium: 2, weak: 1, inner: 3, middle: 2, outer: 1 };
        var elements = graph.nodes.map(function (n) { return { data: n }; })
          .concat(graph.edges.map(function (e) { return { data: e }; }));
        window.cytoscape({
          container: box, elements: elements,
          layout: { name: "cose", animate: false },
          style: [
            { selector: "node", style: { label: "data(label)", "font-size": 9, width: 14, height: 14, color: tokenColor("text"),
              "background-color": function (n) { return colors[n.data("circle")] || colors.none; } } },
            { selector: "edge", style: { width: function (e) { return width[e.data("strength")] || 1; },
              "line-color": tokenColor("line-strong"), "curve-style": "haystack" } }
          ]
        }).on("tap", "node", function (event) {
          var id = event.target.id();
          if (id !== "me") { window.location.href = "/contacts/" + id; }
        });
      });
  }
  // issue 11: the graph library loads only when the user asks for the drawing (a page stays
  // under 150 KB); the page's lists show the network without it
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-graph-load]") : null;
    if (!button) { return; }
    var box = document.getElementById(button.dataset.graphLoad);
    button.disabled = true;
    function drawn() {
      if (box) { box.hidden = false; box.style.display = ""; }
      button.parentNode.hidden = true;
      button.parentNode.style.display = "none";
      document.dispatchEvent(new Event("netgarden:graph"));
    }
    if (window.cytoscape) { drawn(); return; }
    var script = document.createElement("script");
    script.src = button.dataset.src;
    script.onload = drawn;
    script.onerror = function () { button.disabled = false; };
    document.head.appendChild(script);
  });
  window.addEventListener("load", drawCharts);
  document.addEventListener("netgarden:graph", drawGraph);
})();
