// The Reviews page: diversity bars and the value matrix's 2x2 scatter (vendored Chart.js).
// The page reads without it: every chart has its table or lists beside it.
(function () {
  "use strict";
  function color(name, fallback) {
    var ng = window.netgarden;
    return (ng && ng.tokenColor && ng.tokenColor(name)) || fallback;
  }
  function draw() {
    var data = document.getElementById("reviews-data");
    if (!window.Chart || !data) { return; }
    var found = JSON.parse(data.textContent);
    var accent = color("accent-bg", "#2f6f4f");
    document.querySelectorAll("canvas.diversity-chart").forEach(function (canvas) {
      var rows = found.diversity[canvas.dataset.dimension] || [];
      new window.Chart(canvas, {
        type: "bar",
        data: { labels: rows.map(function (r) { return r[0]; }),
                datasets: [{ label: "people", data: rows.map(function (r) { return r[1]; }),
                             backgroundColor: accent }] },
        options: { indexAxis: "y", animation: false, plugins: { legend: { display: false } } }
      });
    });
    var matrix = document.getElementById("matrix-chart");
    if (!matrix) { return; }
    var hues = { golden: color("band-strong-bg", "#b8860b"), aspirational: color("accent-bg", "#2f6f4f"),
                 peer: color("band-medium-bg", "#4a7ab8"), avoid: color("band-dormant-bg", "#888") };
    var points = found.points.map(function (p, i) {
      // a little spread so people on the same grid point stay apart (fixed, not random)
      return { x: p.x + ((i * 37) % 11 - 5) / 20, y: p.y + ((i * 53) % 11 - 5) / 20, id: p.id,
               name: p.name, quadrant: p.quadrant };
    });
    new window.Chart(matrix, {
      type: "scatter",
      data: { datasets: Object.keys(hues).map(function (q) {
        return { label: q, data: points.filter(function (p) { return p.quadrant === q; }),
                 backgroundColor: hues[q], pointRadius: 4 };
      }) },
      options: {
        animation: false,
        scales: { x: { min: 0.5, max: 5.5, title: { display: true, text: "accessibility" } },
                  y: { min: 0.5, max: 5.5, title: { display: true, text: "influence" } } },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.raw.name; } } } },
        onClick: function (event, elements) {
          if (!elements.length) { return; }
          var hit = elements[0];
          var p = this.data.datasets[hit.datasetIndex].data[hit.index];
          window.location.href = "/contacts/" + p.id;
        }
      }
    });
  }
  window.addEventListener("load", draw);
})();
