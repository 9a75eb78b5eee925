// The period reviews (issue 15): done against target, and the period's touches (vendored
// Chart.js). The page reads without it: the practices' table and the touches' table hold
// the same numbers.
(function () {
  "use strict";
  function color(name, fallback) {
    var ng = window.netgarden;
    return (ng && ng.tokenColor && ng.tokenColor(name)) || fallback;
  }
  function draw() {
    var data = document.getElementById("period-data");
    if (!window.Chart || !data) { return; }
    var found = JSON.parse(data.textContent);
    var accent = color("accent-bg", "#2f6f4f");
    var muted = color("band-dormant-bg", "#bbb");
    var bars = document.getElementById("period-bars");
    if (bars) {
      new window.Chart(bars, {
        type: "bar",
        data: { labels: found.bars.map(function (b) { return b.label; }),
                datasets: [{ label: "done", data: found.bars.map(function (b) { return b.done; }),
                             backgroundColor: accent },
                           { label: "target", data: found.bars.map(function (b) { return b.target; }),
                             backgroundColor: muted }] },
        options: { indexAxis: "y", animation: false }
      });
    }
    var series = document.getElementById("period-series");
    if (series) {
      new window.Chart(series, {
        type: "bar",
        data: { labels: found.series.map(function (s) { return s[0]; }),
                datasets: [{ label: "touches", data: found.series.map(function (s) { return s[1]; }),
                             backgroundColor: accent }] },
        options: { animation: false, aspectRatio: 3, plugins: { legend: { display: false } } }
      });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
