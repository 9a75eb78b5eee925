// The ROI page's charts (vendored Chart.js): interview rate by channel against the 1% of
// cold applications (seeds/004), and quality connections per month against 200 a year.
// The page reads without it: each chart's figures are in the table beside it.
(function () {
  "use strict";
  function color(name, fallback) {
    var ng = window.netgarden;
    return (ng && ng.tokenColor && ng.tokenColor(name)) || fallback;
  }
  function draw() {
    var data = document.getElementById("roi-data");
    if (!window.Chart || !data) { return; }
    var found = JSON.parse(data.textContent);
    var accent = color("accent-bg", "#2f6f4f");
    var muted = color("text-muted", "#666");
    var channels = document.getElementById("channel-chart");
    if (channels && found.channels.length) {
      new window.Chart(channels, {
        data: { labels: found.channels, datasets: [
          { type: "bar", label: "interview rate %", data: found.channel_rates, backgroundColor: accent },
          { type: "line", label: "cold applications ~1% (seeds/004)",
            data: found.channels.map(function () { return found.cold; }),
            borderColor: muted, borderDash: [6, 4], pointRadius: 0 }
        ] },
        options: { animation: false, scales: { y: { beginAtZero: true, title: { display: true, text: "%" } } } }
      });
    }
    var growth = document.getElementById("growth-chart");
    if (growth) {
      new window.Chart(growth, {
        data: { labels: found.months, datasets: [
          { type: "bar", label: "new quality connections", data: found.quality_new, backgroundColor: accent },
          { type: "line", label: "so far", data: found.quality_total, borderColor: accent },
          { type: "line", label: "pace of 200 a year (seeds/004)", data: found.quality_target,
            borderColor: muted, borderDash: [6, 4], pointRadius: 0 },
          { type: "bar", label: "new contacts", data: found.contacts_new, backgroundColor: muted }
        ] },
        options: { animation: false, scales: { y: { beginAtZero: true } } }
      });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
