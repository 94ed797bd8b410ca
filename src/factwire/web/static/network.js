// Actor network: cytoscape (vendored); nodes are actors, edges typed and weighted by count.
(async function () {
  "use strict";
  const box = document.getElementById("graph");
  const say = (cls, text) => {
    const p = document.createElement("p"); p.className = cls; p.textContent = text;
    box.replaceChildren(p);
  };
  let data;
  try {
    const r = await fetch("/api/network" + location.search);
    if (!r.ok) throw new Error((await r.json()).detail || r.statusText);
    data = await r.json();
  } catch (err) { return say("error", "Could not load the network: " + err.message); }
  if (!data.edges.length) {
    return say("empty", location.search.length > 1 ? "No events between actors match these filters."
                                                   : "No events between actors yet.");
  }
  box.replaceChildren();
  const maxCount = Math.max(...data.edges.map((e) => e.count));
  const maxEvents = Math.max(...data.nodes.map((n) => n.events));
  const cy = cytoscape({
    container: box,
    elements: [
      ...data.nodes.map((n) => ({ data: { ...n, size: 18 + 30 * Math.sqrt(n.events / maxEvents) } })),
      ...data.edges.map((e) => ({ data: { ...e, width: 1.5 + 6 * (e.count / maxCount),
                                          label: e.type + (e.count > 1 ? " ×" + e.count : "") } })),
    ],
    style: [
      { selector: "node", style: { "background-color": "#1f2933", label: "data(label)",
        width: "data(size)", height: "data(size)", color: "#1f2933", "font-size": 14,
        "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": 120,
        "text-background-color": "#fff", "text-background-opacity": 0.8,
        "text-background-padding": 2 } },
      { selector: "node:active, node:selected", style: { "background-color": "#1d4ed8" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)",
        "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
        "curve-style": "bezier", label: "data(label)", "font-size": 11, color: "data(colour)",
        "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.85, "text-background-padding": 1 } },
    ],
    layout: { name: "cose", animate: false, randomize: false, padding: 40, nodeOverlap: 40,
              idealEdgeLength: () => 90, nodeRepulsion: () => 60000, edgeElasticity: () => 100,
              gravity: 1, componentSpacing: 60, numIter: 2500,
              boundingBox: { x1: 0, y1: 0, w: box.clientWidth, h: box.clientHeight } },
    wheelSensitivity: 0.3,
  });
  cy.on("tap", "node", (e) => { location.href = e.target.data("url"); });
  cy.on("mouseover", "node", () => { box.style.cursor = "pointer"; });
  cy.on("mouseout", "node", () => { box.style.cursor = "default"; });
  window.factwireGraph = cy;  // for tests and the curious
})();
