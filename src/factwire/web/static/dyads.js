// Dyads: actor country x recipient country counts (a table) and, for the busiest pairs, one
// small chart each of their events over a shared time axis (Chart.js, vendored).
(async function () {
  "use strict";
  const state = document.getElementById("dyads-state");
  const say = (cls, text) => { state.className = cls; state.textContent = text; };
  let data, plover;
  try {
    const [r1, r2] = await Promise.all([fetch("/api/dyads" + location.search), fetch("/static/plover.json")]);
    if (!r1.ok) throw new Error((await r1.json()).detail || r1.statusText);
    data = await r1.json(); plover = await r2.json();
  } catch (err) { return say("error", "Could not load the dyads: " + err.message); }
  const note = document.getElementById("dyads-note");
  note.textContent = `${data.total} pair${data.total === 1 ? "" : "s"}` +
    (data.uncoded ? `; ${data.uncoded} selected event${data.uncoded === 1 ? " has" : "s have"} no country on a side and ${data.uncoded === 1 ? "is" : "are"} not counted here.` : ".");
  if (!data.items.length) return say("empty", "No events between countries match these filters.");
  state.hidden = true;
  document.getElementById("dyads-wrap").hidden = false;
  const body = document.querySelector("#dyads-table tbody");
  const kind = (t) => Object.entries(plover.groups).find(([, g]) => g.types.includes(t))?.[0] || "other";
  const cell = (row, text, href) => {
    const td = row.insertCell();
    if (href) { const a = document.createElement("a"); a.href = href; a.textContent = text; td.append(a); }
    else td.textContent = text;
    return td;
  };
  for (const d of data.items) {
    const row = body.insertRow();
    row.dataset.dyad = d.actor_country + ">" + d.recipient_country;
    cell(row, `${d.actor_name} (${d.actor_country})`, d.events_url);
    cell(row, `${d.recipient_name} (${d.recipient_country})`, d.events_url);
    cell(row, d.count, d.events_url).className = "num";
    const types = row.insertCell();
    for (const [t, n] of Object.entries(d.types)) {
      const b = document.createElement("span");
      b.className = "badge " + kind(t); b.textContent = n > 1 ? `${t} ×${n}` : t;
      types.append(b, " ");
    }
  }
  // small multiples over one shared range, so the pairs compare at a glance
  const withSeries = data.items.filter((d) => d.series);
  if (!withSeries.length || !data.first) return;
  document.getElementById("multiples-title").hidden = false;
  const grid = document.getElementById("multiples");
  const ms = (day) => Date.parse(day + "T00:00:00Z");
  const unit = data.bucket;
  const pad = { day: 86400000, week: 7 * 86400000, month: 31 * 86400000, year: 366 * 86400000 }[unit];
  const min = ms(data.first) - pad / 2, max = ms(data.last) + pad / 2;
  const top = Math.max(1, ...withSeries.flatMap((d) => d.series.map((p) => p.count)));
  window.factwireDyadCharts = [];
  for (const d of withSeries) {
    const card = document.createElement("a");
    card.className = "multiple card"; card.href = d.events_url;
    card.dataset.dyad = d.actor_country + ">" + d.recipient_country;
    const title = document.createElement("div");
    title.className = "multiple-title"; title.textContent = `${d.actor_name} → ${d.recipient_name} · ${d.count}`;
    const holder = document.createElement("div"); holder.className = "multiple-chart";
    const canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", `Events from ${d.actor_name} to ${d.recipient_name} per ${unit}`);
    holder.append(canvas); card.append(title, holder); grid.append(card);
    const drawn = d.series.reduce((n, p) => n + p.count, 0);
    if (drawn < d.count) {  // a year-only date is not put on one bar of a finer axis
      const small = document.createElement("div"); small.className = "multiple-note";
      small.textContent = `${d.count - drawn} not drawn: dated only to a coarser period than a ${unit}`;
      card.append(small);
    }
    window.factwireDyadCharts.push(new Chart(canvas, {
      type: "bar",
      data: { datasets: [{ data: d.series.map((p) => ({ x: ms(p.period), y: p.count })),
                           backgroundColor: "#1d4ed8", barThickness: 6, minBarLength: 2 }] },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, events: [],
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: { x: { type: "time", min, max, ticks: { maxTicksLimit: 3, maxRotation: 0 },
                      time: { unit, displayFormats: { day: "d MMM", week: "d MMM yy", month: "MMM yy", year: "yyyy" } } },
                  y: { beginAtZero: true, max: top, ticks: { precision: 0, maxTicksLimit: 3 } } },
      },
    }));
  }
})();
