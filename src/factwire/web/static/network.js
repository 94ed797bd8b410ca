// Actor network: cytoscape (vendored); nodes are countries (or country + sector, or actors),
// edges typed and weighted by count. At 600 px and narrower a table of the edges replaces the
// graph (a graph cannot be read on a phone).
(async function () {
  "use strict";
  const box = document.getElementById("graph");
  const list = document.getElementById("graph-list");
  const say = (cls, text) => {
    const p = document.createElement("p"); p.className = cls; p.textContent = text;
    box.replaceChildren(p); list.replaceChildren(p.cloneNode(true));
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
  const byId = new Map(data.nodes.map((n) => [n.id, n]));

  // the list: every edge, heaviest first, each side linking where the node does
  const table = document.createElement("table");
  table.className = "edges";
  table.innerHTML = "<thead><tr><th>Who</th><th>Did</th><th>To whom</th><th class='num'>Events</th></tr></thead>";
  const body = table.createTBody();
  const link = (node) => {
    const a = document.createElement("a"); a.href = node.url; a.textContent = node.label; return a;
  };
  for (const e of data.edges) {
    const row = body.insertRow();
    row.insertCell().append(link(byId.get(e.source)));
    const badge = document.createElement("span");
    badge.className = "badge " + e.kind; badge.textContent = e.type;
    row.insertCell().append(badge);
    row.insertCell().append(link(byId.get(e.target)));
    const n = row.insertCell(); n.className = "num"; n.textContent = e.count;
  }
  const wrap = document.createElement("div"); wrap.className = "table-wrap"; wrap.append(table);
  list.replaceChildren(wrap);

  const narrow = window.matchMedia("(max-width: 600px)");
  let cy = null;
  const draw = () => {
    if (cy || narrow.matches) return;
    box.replaceChildren();
    const maxCount = Math.max(...data.edges.map((e) => e.count));
    const maxEvents = Math.max(...data.nodes.map((n) => n.events));
    cy = cytoscape({
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
          "text-background-opacity": 0.85, "text-background-padding": 1,
          "loop-direction": "0deg", "loop-sweep": "-60deg" } },
      ],
      layout: { name: "cose", animate: false, randomize: false, padding: 40, nodeOverlap: 40,
                idealEdgeLength: () => 110, nodeRepulsion: () => 80000, edgeElasticity: () => 100,
                gravity: 1, componentSpacing: 80, numIter: 2500,
                boundingBox: { x1: 0, y1: 0, w: box.clientWidth, h: box.clientHeight } },
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "node", (e) => { location.href = e.target.data("url"); });
    cy.on("mouseover", "node", () => { box.style.cursor = "pointer"; });
    cy.on("mouseout", "node", () => { box.style.cursor = "default"; });
    window.factwireGraph = cy;  // for tests and the curious
  };
  draw();
  narrow.addEventListener("change", draw);
  window.factwireNetwork = data;
})();
