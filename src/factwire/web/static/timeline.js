// Timeline: stacked bars of events per day/week by PLOVER type (Chart.js, vendored).
(async function () {
  "use strict";
  const bucket = document.getElementById("timeline-script").dataset.bucket;
  const state = document.getElementById("chart-state");
  const canvas = document.getElementById("timeline-chart");
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
  const rows = data.items.filter((r) => r.period);
  if (!rows.length) {
    canvas.hidden = true;
    return say("empty", location.search.length > 1 && location.search !== "?bucket=" + bucket
        ? "No dated events match these filters." : "No dated events yet. Ingest articles, or run factwire demo.");
  }
  state.hidden = true;
  const addDays = (day, n) => {
    const d = new Date(day + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  // every day (week) from the first to the last, so gaps show as gaps; sparse beyond 180
  const seen = [...new Set(rows.map((r) => r.period))].sort();
  const step = bucket === "week" ? 7 : 1;
  let periods = [];
  for (let p = seen[0]; p <= seen[seen.length - 1] && periods.length <= 180; p = addDays(p, step)) {
    periods.push(p);
  }
  if (periods.length > 180) periods = seen;
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const count = new Map(rows.map((r) => [r.period + "|" + r.type, r.count]));
  const datasets = types.map((t) => ({
    label: t, backgroundColor: plover.type_colours[t] || "#6b7280", maxBarThickness: 90,
    data: periods.map((p) => count.get(p + "|" + t) || 0),
  }));
  new Chart(canvas, {
    type: "bar",
    data: { labels: periods, datasets },
    options: {
      responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked: true, title: { display: true, text: bucket === "week" ? "week starting" : "day" } },
                y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } } },
      plugins: { legend: { position: "bottom" } },
      onHover: (e, els) => { e.native.target.style.cursor = els.length ? "pointer" : "default"; },
      onClick: (e, els) => {
        if (!els.length) return;
        const period = periods[els[0].index], type = datasets[els[0].datasetIndex].label;
        const until = bucket === "week" ? addDays(period, 6) : period;
        const query = new URLSearchParams(location.search);
        query.delete("bucket");
        // the bar's own days, narrowed further by any day range already chosen
        query.set("since", query.get("since") > period ? query.get("since") : period);
        query.set("until", query.get("until") && query.get("until") < until ? query.get("until") : until);
        query.set("type", type);
        location.href = "/events?" + query;
      },
    },
  });
})();
