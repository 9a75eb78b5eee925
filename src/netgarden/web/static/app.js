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
          data: { labels: all, datasets: [{ label: "overdue or dormant", data: all.map(function (c) { return stats.overdue_by_circle[c]; }), backgroundColor: "#a4322a" }] }
        });
      });
  }
  window.addEventListener("load", drawCharts);
})();
