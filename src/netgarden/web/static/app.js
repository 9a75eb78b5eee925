// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  function drawCharts() {
    if (!window.Chart || !document.getElementById("chart-circles")) { return; }
    fetch("/api/v1/stats", { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (stats) {
        var circles = ["inner", "middle", "outer"];
        new window.Chart(document.getElementById("chart-circles"), {
          type: "bar",
          data: { labels: circles, datasets: [
            { label: "people", data: circles.map(function (c) { return stats.circles[c] || 0; }), backgroundColor: "#2f6b4f" },
            { label: "target", data: circles.map(function (c) { return stats.targets[c]; }), backgroundColor: "#c9d8cd" }
          ] }
        });
        var months = Object.keys(stats.touches_per_month);
        new window.Chart(document.getElementById("chart-months"), {
          type: "line",
          data: { labels: months, datasets: [{ label: "touches", data: months.map(function (m) { return stats.touches_per_month[m]; }), borderColor: "#2f6b4f", tension: 0.25 }] }
        });
        var all = Object.keys(stats.overdue_by_circle);
        new window.Chart(document.getElementById("chart-overdue"), {
          type: "bar",
          data: { labels: all, datasets: [{ label: "overdue or lapsed", data: all.map(function (c) { return stats.overdue_by_circle[c]; }), backgroundColor: "#a4322a" }] }
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
        var colors = { me: "#1d2521", inner: "#2f6b4f", middle: "#4f8a6b", outer: "#8ab59c", none: "#b9c4bc" };
        var width = { strong: 4, medium: 2, weak: 1, inner: 3, middle: 2, outer: 1 };
        var elements = graph.nodes.map(function (n) { return { data: n }; })
          .concat(graph.edges.map(function (e) { return { data: e }; }));
        window.cytoscape({
          container: box, elements: elements,
          layout: { name: "cose", animate: false },
          style: [
            { selector: "node", style: { label: "data(label)", "font-size": 9, width: 14, height: 14,
              "background-color": function (n) { return colors[n.data("circle")] || "#b9c4bc"; } } },
            { selector: "edge", style: { width: function (e) { return width[e.data("strength")] || 1; },
              "line-color": "#c9d8cd", "curve-style": "haystack" } }
          ]
        }).on("tap", "node", function (event) {
          var id = event.target.id();
          if (id !== "me") { window.location.href = "/contacts/" + id; }
        });
      });
  }
  window.addEventListener("load", drawCharts);
  window.addEventListener("load", drawGraph);
})();
