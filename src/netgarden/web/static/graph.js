// The network page's graph by clusters (issue 13): every cluster as one node first (sized by
// its people, coloured by cluster); a click opens that cluster's people, sized by betweenness
// with only the most central labelled. The list below the graph reads without JavaScript.
(function () {
  "use strict";
  var HUES = 8;
  function color(name, fallback) {
    var ng = window.netgarden;
    return (ng && ng.tokenColor && ng.tokenColor(name)) || fallback;
  }
  function hue(cluster) { return color("avatar-" + (cluster % HUES) + "-bg", "#4a7ab8"); }
  function draw(box, url, back) {
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (graph) {
        if (!graph) { return; }
        box.dataset.shown = graph.cluster === null ? "clusters" : "cluster-" + graph.cluster;
        back.hidden = graph.cluster === null;
        back.style.display = back.hidden ? "none" : "";  // a styled button ignores [hidden]
        var elements = graph.nodes.map(function (n) { return { data: n }; })
          .concat(graph.edges.map(function (e) { return { data: e }; }));
        // the clusters: the biggest in the middle, the others on a ring around it (the same
        // picture every time); one cluster's people: a force layout
        var biggest = Math.max.apply(null, graph.nodes.map(function (n) { return n.size || 0; }));
        var layout = graph.cluster === null
          ? { name: "concentric", animate: false, minNodeSpacing: 60, levelWidth: function () { return 1; },
              concentric: function (n) { return n.data("size") >= biggest ? 2 : 1; } }
          : { name: "cose", animate: false, randomize: false };
        var cy = window.cytoscape({
          container: box, elements: elements, layout: layout,
          style: [
            { selector: "node", style: {
              label: "data(label)", "font-size": 10, color: color("text", "#222"),
              "text-wrap": "ellipsis", "text-max-width": 120,
              width: "data(size)", height: "data(size)",
              "background-color": function (n) { return hue(n.data("cluster")); } } },
            { selector: "edge", style: {
              width: function (e) { return Math.min(8, 1 + Math.log(1 + (e.data("links") || 1))); },
              "line-color": color("line-strong", "#999"), "curve-style": "haystack" } }
          ]
        });
        cy.on("tap", "node", function (event) {
          var node = event.target;
          if (graph.cluster === null) {
            draw(box, "/api/v1/reviews/graph?cluster=" + node.data("cluster") +
                 (box.dataset.circle ? "&circle=" + box.dataset.circle : ""), back);
          } else {
            window.location.href = "/contacts/" + node.id();
          }
        });
      });
  }
  function start() {
    var box = document.getElementById("cluster-graph");
    var back = document.getElementById("cluster-back");
    if (!window.cytoscape || !box || !back) { return; }
    var circle = new URL(box.dataset.url, window.location.href).searchParams.get("circle");
    box.dataset.circle = circle || "";
    back.addEventListener("click", function () { draw(box, box.dataset.url, back); });
    draw(box, box.dataset.url, back);
  }
  document.addEventListener("netgarden:graph", start);  // drawn when asked (app.js loads it)
})();
