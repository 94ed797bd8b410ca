// Timeline: events per bin on a true time axis (Chart.js + the date-fns adapter, vendored).
// Bars: events whose date falls in one bin, stacked by type; grey when the publication day
// stands in for a date. Lines: events whose own date is coarser than a bin (a year-only date
// when binning by month), drawn across their whole period. Drag across the chart to zoom in.
(async function () {
  "use strict";
  const state = document.getElementById("chart-state");
  const note = document.getElementById("chart-note");
  const canvas = document.getElementById("timeline-chart");
  const box = document.getElementById("timeline-box");
  const brush = document.getElementById("brush");
  const say = (cls, text) => { state.className = cls; state.textContent = text; state.hidden = false; };
  let data, plover;
  try {
    const [r1, r2] = await Promise.all([fetch("/api/timeline" + location.search), fetch("/static/plover.json")]);
    if (!r1.ok) throw new Error((await r1.json()).detail || r1.statusText);
    data = await r1.json(); plover = await r2.json();
  } catch (err) {
    canvas.hidden = true;
    return say("error", "Could not load the timeline: " + err.message);
  }
  const query = new URLSearchParams(location.search);
  const filtered = [...query.entries()].some(([k, v]) => v && !["bucket", "view"].includes(k));
  if (!data.items.length && !data.spans.length) {
    canvas.hidden = true;
    return say("empty", filtered ? "No dated events match these filters."
                                 : "No dated events yet. Ingest articles, or run factwire demo.");
  }
  state.hidden = true;
  const bucket = data.bucket;
  const DAY = 86400000;
  const ms = (day) => Date.parse(day + "T00:00:00Z");
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const next = (t) => {  // the start of the following bin
    const d = new Date(t);
    if (bucket === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (bucket === "week") d.setUTCDate(d.getUTCDate() + 7);
    else if (bucket === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCFullYear(d.getUTCFullYear() + 1);
    return d.getTime();
  };
  // every bin from the first to the last, so gaps show as gaps and bars keep one width
  const seen = [...new Set(data.items.map((r) => ms(r.period)))].sort((a, b) => a - b);
  let bins = [];
  if (seen.length) {
    for (let t = seen[0]; t <= seen[seen.length - 1] && bins.length <= 400; t = next(t)) bins.push(t);
    if (bins.length > 400) bins = seen;
  }
  const types = [...new Set(data.items.filter((r) => !r.stands_in).map((r) => r.type))].sort();
  const own = new Map(), standIn = new Map();
  for (const r of data.items) {
    const m = r.stands_in ? standIn : own, k = ms(r.period) + "|" + (r.stands_in ? "" : r.type);
    m.set(k, (m.get(k) || 0) + r.count);
  }
  const datasets = types.map((t) => ({
    type: "bar", label: t, stack: "bars", backgroundColor: plover.type_colours[t] || "#6b7280",
    data: bins.map((b) => ({ x: b, y: own.get(b + "|" + t) || 0 })), meta: { type: t },
  }));
  if (standIn.size) {
    datasets.push({
      type: "bar", label: "no date: publication day", stack: "bars", backgroundColor: "#cbd5e1",
      borderColor: "#94a3b8", borderWidth: 1, meta: { standIn: true },
      data: bins.map((b) => ({ x: b, y: standIn.get(b + "|") || 0 })),
    });
  }
  // coarse dates: one horizontal segment per period, at the height of its count
  for (const precision of [...new Set(data.spans.map((s) => s.precision))]) {
    const points = [];
    for (const s of data.spans.filter((x) => x.precision === precision)) {
      points.push({ x: ms(s.first), y: s.count, span: s }, { x: ms(s.last) + DAY - 1, y: s.count, span: s },
                  { x: ms(s.last) + DAY, y: null });
    }
    datasets.push({
      type: "line", label: `${precision}-only dates`, stack: "spans-" + precision, data: points,
      borderColor: precision === "year" ? "#111827" : "#b45309", backgroundColor: "#fff",
      borderWidth: 3, borderDash: precision === "year" ? [8, 4] : [3, 3], pointRadius: 3,
      spanGaps: false, meta: { spans: true },
    });
  }
  const xs = [...bins, ...data.spans.flatMap((s) => [ms(s.first), ms(s.last) + DAY])];
  const minX = Math.min(...xs), maxX = Math.max(...xs.map((x) => (bins.includes(x) ? next(x) : x)));
  note.textContent = `Bars per ${bucket}` + (data.first ? `, ${data.first} to ${data.last}` : "") + ".";
  if (query.get("since") || query.get("until")) {
    const reset = document.createElement("a");
    const q = new URLSearchParams(query); q.delete("since"); q.delete("until");
    reset.href = "?" + q; reset.textContent = " Show the whole range"; reset.id = "zoom-reset";
    note.append(reset);
  }
  const chart = new Chart(canvas, {
    data: { datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, parsing: true,
      scales: {
        x: { type: "time", min: minX, max: maxX, offset: false, stacked: true,
             time: { unit: bucket === "day" ? "day" : bucket === "week" ? "week" : bucket === "month" ? "month" : "year",
                     tooltipFormat: bucket === "year" ? "yyyy" : bucket === "month" ? "MMM yyyy" : "d MMM yyyy" },
             ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } },
      },
      datasets: { bar: { barPercentage: 0.95, categoryPercentage: 1, grouped: false } },
      plugins: { legend: { position: "bottom" } },
      onHover: (e, els) => { e.native.target.style.cursor = els.length ? "pointer" : "crosshair"; },
    },
  });
  window.factwireTimeline = chart;  // for tests and the curious

  // Brush: drag to choose a range (reloads with since/until, re-binned); a click opens events.
  const scale = () => chart.scales.x;
  let start = null;
  const xOf = (e) => e.clientX - canvas.getBoundingClientRect().left;
  canvas.addEventListener("pointerdown", (e) => { start = xOf(e); });
  canvas.addEventListener("pointermove", (e) => {
    if (start === null || Math.abs(xOf(e) - start) < 6) return;
    const [a, b] = [start, xOf(e)].sort((p, q) => p - q);
    Object.assign(brush.style, { left: canvas.offsetLeft + a + "px", width: b - a + "px",
                                 top: canvas.offsetTop + "px", height: canvas.clientHeight + "px" });
    brush.hidden = false;
  });
  window.addEventListener("pointerup", (e) => {
    if (start === null) return;
    const end = xOf(e), from = start;
    start = null; brush.hidden = true;
    if (Math.abs(end - from) >= 6) {
      const [a, b] = [from, end].sort((p, q) => p - q).map((px) => scale().getValueForPixel(px));
      const q = new URLSearchParams(location.search);
      q.set("since", iso(Math.max(a, minX))); q.set("until", iso(Math.min(b, maxX - 1)));
      q.set("bucket", "auto");
      location.search = "?" + q;
      return;
    }
    const els = chart.getElementsAtEventForMode(e, "nearest", { intersect: true }, false);
    if (!els.length) return;
    const ds = chart.data.datasets[els[0].datasetIndex], point = ds.data[els[0].index];
    const q = new URLSearchParams(location.search);
    ["bucket", "view"].forEach((k) => q.delete(k));
    let first, last;
    if (ds.meta.spans) { first = point.span.first; last = point.span.last; }
    else { first = iso(point.x); last = iso(next(point.x) - DAY); }
    // the bin's own days, narrowed further by any day range already chosen
    q.set("since", q.get("since") > first ? q.get("since") : first);
    q.set("until", q.get("until") && q.get("until") < last ? q.get("until") : last);
    if (ds.meta.type) q.set("type", ds.meta.type);
    location.href = (query.get("view") === "merged" ? "/merged-events?" : "/events?") + q;
  });
})();
