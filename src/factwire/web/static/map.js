// Map: a world outline from the vendored Natural Earth TopoJSON (world-atlas), drawn with
// d3-geo as SVG — no tile server — and one circle per geocoded place, sized by its events.
(async function () {
  "use strict";
  const box = document.getElementById("map");
  const say = (cls, text) => {
    const p = document.createElement("p"); p.className = cls; p.textContent = text; p.id = "map-state";
    box.replaceChildren(p);
  };
  let world, data;
  try {
    const [r1, r2] = await Promise.all([fetch("/static/vendor/world-atlas/countries-110m.json"),
                                        fetch("/api/map" + location.search)]);
    if (!r2.ok) throw new Error((await r2.json()).detail || r2.statusText);
    world = await r1.json(); data = await r2.json();
  } catch (err) { return say("error", "Could not load the map: " + err.message); }
  const skipped = [];
  if (data.not_located) skipped.push(`${data.not_located} with a place that could not be located`);
  if (data.no_place) skipped.push(`${data.no_place} without a place`);
  document.getElementById("map-note").textContent =
    `${data.total} event${data.total === 1 ? "" : "s"} at ${data.features.length} place${data.features.length === 1 ? "" : "s"}` +
    (skipped.length ? `; not drawn: ${skipped.join(", ")}.` : ".");

  const NS = "http://www.w3.org/2000/svg";
  const width = 960, height = 500;
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "World map of event places");
  const countries = topojson.feature(world, world.objects.countries);
  const projection = d3.geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const add = (parent, tag, attrs) => {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    parent.append(el); return el;
  };
  add(svg, "path", { d: path({ type: "Sphere" }), class: "sphere" });
  const land = add(svg, "g", { class: "countries" });
  for (const f of countries.features) {
    add(land, "path", { d: path(f) }).append(Object.assign(document.createElementNS(NS, "title"),
                                                           { textContent: f.properties.name }));
  }
  add(svg, "path", { d: path(topojson.mesh(world, world.objects.countries, (a, b) => a !== b)), class: "borders" });
  const points = add(svg, "g", { class: "points" });
  // area by count (a fixed scale, so one event is a small dot however few there are);
  // countries and the biggest first, so cities and small circles stay clickable on top
  const radius = (n) => Math.min(28, 3.5 + 3 * Math.sqrt(n));
  const order = (f) => (f.properties.level === "country" ? 1e9 : 0) + f.properties.count;
  for (const f of [...data.features].sort((a, b) => order(b) - order(a))) {
    const [x, y] = projection(f.geometry.coordinates);
    const p = f.properties;
    const link = add(points, "a", { href: p.events_url, class: "place " + p.level, "data-place": p.place });
    add(link, "circle", { cx: x, cy: y, r: radius(p.count) });
    link.append(Object.assign(document.createElementNS(NS, "title"), {
      textContent: `${p.place}${p.country_name && p.country_name !== p.place ? ", " + p.country_name : ""}: ` +
        `${p.count} event${p.count === 1 ? "" : "s"} (${p.types.join(", ")})`,
    }));
  }
  box.replaceChildren(svg);
  if (!data.features.length) {
    const p = document.createElement("p"); p.className = "empty"; p.id = "map-state";
    p.textContent = location.search.length > 1 ? "No located events match these filters." : "No located events yet.";
    box.append(p);
  }
  const body = document.querySelector("#places-table tbody");
  for (const f of data.features) {
    const p = f.properties, row = body.insertRow();
    const a = document.createElement("a"); a.href = p.events_url; a.textContent = p.place;
    row.insertCell().append(a);
    row.insertCell().textContent = [p.admin1, p.country_name].filter(Boolean).join(", ");
    const n = row.insertCell(); n.className = "num"; n.textContent = p.count;
    row.insertCell().textContent = p.types.join(", ");
  }
  window.factwireMap = data;  // for tests and the curious
})();
