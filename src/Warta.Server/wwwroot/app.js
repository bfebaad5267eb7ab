// Warta dashboard: plain script over the /v1 API, hash routes (#/timeline, #/network, #/map, #/claims,
// #/quotes, #/search?q=, #/article/<id>?ev=<event id>). Libraries are vendored (vendor/), nothing loads from elsewhere.
"use strict";

const QUADS = {
  1: { name: "Verbal cooperation", color: "#5fae7b" },
  2: { name: "Material cooperation", color: "#1f7a4d" },
  3: { name: "Verbal conflict", color: "#f0a43a" },
  4: { name: "Material conflict", color: "#d2453d" },
};
// CAMEO 1.1b3 root categories (labels for the filter and event cards).
const ROOTS = {
  "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
  "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid", "08": "Yield",
  "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten", "14": "Protest",
  "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight",
  "20": "Use unconventional mass violence",
};

const view = document.getElementById("view");
const tip = document.createElement("div");
tip.className = "tip";
document.body.appendChild(tip);
let chart = null;

// ------------------------------------------------------------------ helpers

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(`${body.code || r.status}: ${body.detail || body.title}`);
  return body;
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") p.set(k, v);
  const s = p.toString();
  return s ? "?" + s : "";
}

function route() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, query] = h.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { name: parts[0] || "timeline", arg: parts[1], params: new URLSearchParams(query || "") };
}

function actors(list) {
  if (!list || list.length === 0) return '<span class="muted">—</span>';
  return list.map(a => `<span class="actor" title="${esc(a.name)} (${esc(a.code)})">${esc(a.name)}</span>`).join(", ");
}

function actorKeys(list) {
  return (list || []).map(a => a.key).filter((v, i, all) => all.indexOf(v) === i).join(", ") || "—";
}

function quadDot(q) {
  return `<span class="quad q${q}" title="${esc(QUADS[q]?.name)}"></span>`;
}

function eventDate(e) {
  if (!e.date) return '<span class="muted">undated</span>';
  return esc(e.date.value || `${e.date.from} – ${e.date.to}`);
}

function claimPills(e) {
  let s = "";
  if (e.modality && e.modality !== "asserted") s += `<span class="pill mod">${esc(e.modality)}</span>`;
  if (e.claimed_by.length) s += `<span class="pill claim">claimed by ${esc(e.claimed_by.map(a => a.name).join(", "))}</span>`;
  if (e.denied_by.length) s += `<span class="pill deny">denied by ${esc(e.denied_by.map(a => a.name).join(", "))}</span>`;
  return s;
}

function articleLink(e) {
  return `#/article/${encodeURIComponent(e.article.id)}?ev=${encodeURIComponent(e.id)}`;
}

function showTip(ev, html) {
  tip.innerHTML = html;
  tip.style.display = "block";
  tip.style.left = (ev.clientX + 14) + "px";
  tip.style.top = (ev.clientY + 14) + "px";
}
function hideTip() { tip.style.display = "none"; }

function svgEl(name, attrs, parent) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  if (parent) parent.appendChild(el);
  return el;
}

function quadMix(coop, conflict) {
  // Green for cooperation, red for conflict, amber between.
  const t = coop + conflict === 0 ? 0.5 : conflict / (coop + conflict);
  const a = [31, 122, 77], m = [240, 164, 58], b = [210, 69, 61];
  const mix = (x, y, u) => x.map((v, i) => Math.round(v + (y[i] - v) * u));
  const c = t < 0.5 ? mix(a, m, t * 2) : mix(m, b, (t - 0.5) * 2);
  return `rgb(${c.join(",")})`;
}

// ------------------------------------------------------------------ stats strip

async function loadStats() {
  try {
    const s = await api("v1/stats");
    const langs = Object.entries(s.languages).map(([k, v]) => `${k} ${v}`).join(" · ");
    document.getElementById("stats").innerHTML = [
      [s.articles, "articles"], [s.events, "events"], [s.multi_article_events, "in 2+ articles"], [s.quotes, "quotes"],
      [s.duplicates, "near-duplicates"], [s.first_event_date && s.last_event_date ? `${s.first_event_date} → ${s.last_event_date}` : "—", "event dates"],
      [langs || "—", "languages"],
    ].map(([v, l]) => `<div class="stat"><b>${esc(v)}</b><span>${esc(l)}</span></div>`).join("");
  } catch (e) {
    document.getElementById("stats").innerHTML = `<div class="stat"><b>!</b><span>${esc(e.message)}</span></div>`;
  }
}

// ------------------------------------------------------------------ timeline + event list

// Days with no events are drawn as gaps; a long span is counted by month instead.
function timelineBuckets(days) {
  if (days.length === 0) return [];
  const toDate = s => new Date(s + "T00:00:00Z");
  const iso = d => d.toISOString().slice(0, 10);
  const first = toDate(days[0].day), last = toDate(days[days.length - 1].day);
  const span = (last - first) / 86400000;
  const byKey = new Map();
  const monthly = span > 120;
  const keyOf = s => monthly ? s.slice(0, 7) : s;
  // Every period from first to last, so the axis is proportional to time.
  for (let d = new Date(first); d <= last; d.setUTCDate(d.getUTCDate() + 1)) {
    const k = keyOf(iso(d));
    if (!byKey.has(k)) {
      const from = monthly ? k + "-01" : k;
      const end = monthly ? iso(new Date(Date.UTC(+k.slice(0, 4), +k.slice(5, 7), 0))) : k;
      byKey.set(k, { label: k, from, to: end, q: [0, 0, 0, 0, 0] });
    }
  }
  for (const d of days) {
    const b = byKey.get(keyOf(d.day));
    b.q[1] += d.quad1; b.q[2] += d.quad2; b.q[3] += d.quad3; b.q[4] += d.quad4;
  }
  return [...byKey.values()];
}

async function timelineView(params) {
  const actor = params.get("actor") || "", cameo = params.get("cameo") || "", from = params.get("from") || "", to = params.get("to") || "";
  const actorList = await api("v1/actors?limit=200");
  view.innerHTML = `
    <div class="card" id="timeline-card">
      <h2>Events over time <small>distinct real-world events, by quad class; click a bar for its events</small></h2>
      <div class="filters">
        <label>Actor<select id="f-actor"><option value="">All actors</option>${actorList.filter(a => a.events > 0).map(a =>
          `<option value="${esc(a.key)}" ${a.key === actor ? "selected" : ""}>${esc(a.key)} — ${esc(a.name)} (${a.events})</option>`).join("")}</select></label>
        <label>CAMEO root<select id="f-cameo"><option value="">All event types</option>${Object.entries(ROOTS).map(([k, v]) =>
          `<option value="${k}" ${k === cameo ? "selected" : ""}>${k} ${esc(v)}</option>`).join("")}</select></label>
        ${from || to ? `<label>Period<button id="f-period" title="Show the whole period">${esc(from === to ? from : `${from} – ${to}`)} ✕</button></label>` : ""}
      </div>
      <div class="legend">${Object.entries(QUADS).map(([, q]) => `<span><i style="background:${q.color}"></i>${q.name}</span>`).join("")}</div>
      <div class="chart-box"><canvas id="timeline-chart" aria-label="Events over time by quad class"></canvas></div>
    </div>
    <div class="card"><h2>Events <small>${esc([actor, cameo && `${cameo} ${ROOTS[cameo] || ""}`, from && (from === to ? from : `${from} – ${to}`)].filter(Boolean).join(" · "))}</small></h2><div id="event-list"></div></div>`;
  const go = (p) => { location.hash = "#/timeline" + qs({ actor, cameo, from, to, ...p }); };
  document.getElementById("f-actor").onchange = e => go({ actor: e.target.value, from: "", to: "" });
  document.getElementById("f-cameo").onchange = e => go({ cameo: e.target.value, from: "", to: "" });
  if (from || to) document.getElementById("f-period").onclick = () => go({ from: "", to: "" });

  const tl = await api("v1/timeline" + qs({ actor, cameo }));
  const buckets = timelineBuckets(tl.days);
  if (chart) chart.destroy();
  chart = new Chart(document.getElementById("timeline-chart"), {
    type: "bar",
    data: {
      labels: buckets.map(b => b.label),
      datasets: [1, 2, 3, 4].map(q => ({
        label: QUADS[q].name, backgroundColor: QUADS[q].color, borderRadius: 3, maxBarThickness: 46,
        data: buckets.map(b => b.q[q]),
      })),
    },
    options: {
      animation: false, maintainAspectRatio: false, responsive: true,
      plugins: { legend: { display: false }, tooltip: { mode: "index", intersect: false } },
      scales: { x: { stacked: true, grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0 } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      onClick: (_, els) => { if (els.length) { const b = buckets[els[0].index]; go({ from: b.from, to: b.to }); } },
    },
  });
  await eventList(document.getElementById("event-list"), { actor, cameo, from, to });
}

async function eventList(box, filter, cursor) {
  const page = await api("v1/events" + qs({ ...filter, limit: 25, cursor }));
  if (!cursor) box.innerHTML = "";
  if (page.items.length === 0 && !cursor) { box.innerHTML = '<div class="empty">No events match.</div>'; return; }
  let table = box.querySelector("table");
  if (!table) {
    box.insertAdjacentHTML("beforeend", `<table class="list" id="events-table"><thead><tr><th>Date</th><th>Source → target</th><th>Event</th><th>Evidence</th><th>Reported by</th></tr></thead><tbody></tbody></table><div class="pager"></div>`);
    table = box.querySelector("table");
  }
  const tbody = table.querySelector("tbody");
  for (const e of page.items) {
    const tr = document.createElement("tr");
    tr.className = "clickable event-row";
    tr.dataset.event = e.id;
    tr.innerHTML = `<td>${eventDate(e)}</td>
      <td>${actors(e.source)}<span class="arrow">→</span>${actors(e.target)}</td>
      <td>${quadDot(e.quad)}<span class="code">${esc(e.cameo)}</span> ${esc(ROOTS[e.root] || "")}<div>${claimPills(e)}</div></td>
      <td class="evidence">${esc(e.evidence.text)}</td>
      <td>${esc(e.article.outlet || "")}<div class="muted">${e.cluster.articles > 1 ? `${e.cluster.articles} articles, ${e.cluster.sources} sources` : ""}</div></td>`;
    tr.onclick = () => { location.hash = articleLink(e); };
    tbody.appendChild(tr);
  }
  const pager = box.querySelector(".pager");
  pager.innerHTML = "";
  if (page.next_cursor) {
    const b = document.createElement("button");
    b.textContent = "More events";
    b.onclick = () => eventList(box, filter, page.next_cursor);
    pager.appendChild(b);
  }
}

// ------------------------------------------------------------------ actor network

async function networkView() {
  const net = await api("v1/network?limit=150");
  view.innerHTML = `<div class="card"><h2>Actor network <small>edge width: distinct events; colour: cooperation (green) to conflict (red); click an actor for its timeline</small></h2>
    <div class="legend"><span><i style="background:${quadMix(1, 0)}"></i>Cooperation</span><span><i style="background:${quadMix(1, 1)}"></i>Mixed</span><span><i style="background:${quadMix(0, 1)}"></i>Conflict</span></div>
    <div class="net-wrap" id="network"></div></div>`;
  const box = document.getElementById("network");
  if (net.nodes.length === 0) { box.innerHTML = '<div class="empty">No events with both a source and a target yet.</div>'; return; }
  const W = 1100, H = 620;
  const nodes = net.nodes.map(n => ({ ...n, id: n.key }));
  const links = net.edges.map(e => ({ source: e.source_key, target: e.target_key, ...e }));
  const maxEv = Math.max(...nodes.map(n => n.events));
  const radius = n => 9 + 22 * Math.sqrt(n.events / maxEv);
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id(d => d.id).distance(170).strength(0.5))
    .force("charge", d3.forceManyBody().strength(-900))
    .force("center", d3.forceCenter(W / 2, H / 2))
    .force("collide", d3.forceCollide().radius(d => radius(d) + 18))
    .force("x", d3.forceX(W / 2).strength(0.05)).force("y", d3.forceY(H / 2).strength(0.08))
    .stop();
  // Laid out once, ahead of drawing: the picture is the same on every load.
  for (let i = 0; i < 400; i++) sim.tick();
  // Fit the drawing to the laid-out graph (with room for labels), keeping the box's aspect ratio.
  const xs = nodes.map(n => n.x), ys = nodes.map(n => n.y);
  let x0 = Math.min(...xs) - 90, x1 = Math.max(...xs) + 90, y0 = Math.min(...ys) - 60, y1 = Math.max(...ys) + 70;
  const aspect = W / H;
  if ((x1 - x0) / (y1 - y0) < aspect) { const w = (y1 - y0) * aspect, cx = (x0 + x1) / 2; x0 = cx - w / 2; x1 = cx + w / 2; }
  else { const h = (x1 - x0) / aspect, cy = (y0 + y1) / 2; y0 = cy - h / 2; y1 = cy + h / 2; }
  const svg = svgEl("svg", { viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`, role: "img", "aria-label": "Actor network" }, box);
  const defs = svgEl("defs", {}, svg);
  const maxW = Math.max(...links.map(l => l.events));
  const gl = svgEl("g", {}, svg);
  links.forEach((l, i) => {
    const color = quadMix(l.cooperation, l.conflict);
    const m = svgEl("marker", { id: "arr" + i, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
    svgEl("path", { d: "M0,0L10,5L0,10z", fill: color }, m);
    const s = l.source, t = l.target;
    const dx = t.x - s.x, dy = t.y - s.y, len = Math.hypot(dx, dy) || 1;
    const rt = radius(t) + 3, rs = radius(s);
    // A slight curve keeps A→B and B→A apart.
    const mx = (s.x + t.x) / 2 - dy * 0.12, my = (s.y + t.y) / 2 + dx * 0.12;
    const ex = t.x - (t.x - mx) / Math.hypot(t.x - mx, t.y - my) * rt, ey = t.y - (t.y - my) / Math.hypot(t.x - mx, t.y - my) * rt;
    const sx = s.x + dx / len * rs, sy = s.y + dy / len * rs;
    const p = svgEl("path", {
      class: "edge", d: `M${sx},${sy}Q${mx},${my} ${ex},${ey}`, fill: "none", stroke: color,
      "stroke-width": 1.5 + 6 * l.events / maxW, "stroke-opacity": 0.75, "marker-end": `url(#arr${i})`,
    }, gl);
    p.addEventListener("mousemove", ev => showTip(ev, `<b>${esc(s.name)} → ${esc(t.name)}</b><br>${l.events} events: ${l.cooperation} cooperation, ${l.conflict} conflict<br>Goldstein sum ${l.goldstein_sum}`));
    p.addEventListener("mouseleave", hideTip);
  });
  const gn = svgEl("g", {}, svg);
  for (const n of nodes) {
    const g = svgEl("g", { class: "node", transform: `translate(${n.x},${n.y})` }, gn);
    const c = svgEl("circle", { r: radius(n), fill: quadMix(n.cooperation, n.conflict) }, g);
    const label = svgEl("text", { y: radius(n) + 14, "text-anchor": "middle" }, g);
    label.textContent = n.name === n.key ? n.key : `${n.name} (${n.key})`;
    c.addEventListener("mousemove", ev => showTip(ev, `<b>${esc(n.name)}</b> ${esc(n.key)}<br>${n.events} events: ${n.cooperation} cooperation, ${n.conflict} conflict`));
    c.addEventListener("mouseleave", hideTip);
    c.addEventListener("click", () => { hideTip(); location.hash = "#/timeline" + qs({ actor: n.key }); });
  }
}

// ------------------------------------------------------------------ map

async function mapView(params) {
  const [world, places] = await Promise.all([fetch("vendor/countries-110m.json").then(r => r.json()), api("v1/places")]);
  const whole = params.get("world") === "1" || places.places.length === 0;
  view.innerHTML = `<div class="card"><h2>Where events happened <small>circle area: distinct events; colour: cooperation (green) to conflict (red)</small></h2>
    <div class="filters"><a href="#/map${whole ? "" : "?world=1"}"><button id="map-zoom">${whole ? "Zoom to the events" : "Whole world"}</button></a></div>
    <div class="map-wrap" id="map"></div><div id="place-list"></div></div>`;
  const W = 1100, H = 560;
  const countries = topojson.feature(world, world.objects.countries);
  const projection = d3.geoNaturalEarth1();
  if (whole) projection.fitExtent([[10, 10], [W - 10, H - 10]], { type: "Sphere" });
  else {
    // The events' region, at least 50° wide and 30° high, so a lone place keeps its surroundings.
    let lon0 = Math.min(...places.places.map(p => p.lon)), lon1 = Math.max(...places.places.map(p => p.lon));
    let lat0 = Math.min(...places.places.map(p => p.lat)), lat1 = Math.max(...places.places.map(p => p.lat));
    const grow = (a, b, min) => { const pad = Math.max(0, (min - (b - a)) / 2) + (b - a) * 0.15; return [a - pad, b + pad]; };
    [lon0, lon1] = grow(lon0, lon1, 50);
    [lat0, lat1] = grow(lat0, lat1, 30);
    lat0 = Math.max(-85, lat0); lat1 = Math.min(85, lat1);
    projection.fitExtent([[20, 20], [W - 20, H - 20]], { type: "MultiPoint", coordinates: [[lon0, lat0], [lon1, lat0], [lon0, lat1], [lon1, lat1]] });
  }
  const path = d3.geoPath(projection);
  const svg = svgEl("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Map of event places" }, document.getElementById("map"));
  const clip = svgEl("clipPath", { id: "map-clip" }, svgEl("defs", {}, svg));
  svgEl("rect", { x: 0, y: 0, width: W, height: H }, clip);
  const root = svgEl("g", { "clip-path": "url(#map-clip)" }, svg);
  svgEl("path", { class: "sphere", d: path({ type: "Sphere" }) }, root);
  const g = svgEl("g", {}, root);
  for (const f of countries.features) {
    const p = svgEl("path", { class: "country", d: path(f) || "" }, g);
    p.addEventListener("mousemove", ev => showTip(ev, esc(f.properties.name)));
    p.addEventListener("mouseleave", hideTip);
  }
  const max = Math.max(1, ...places.places.map(p => p.events));
  const gp = svgEl("g", {}, root);
  const sorted = [...places.places].sort((a, b) => b.events - a.events);
  sorted.forEach((pl, i) => {
    const xy = projection([pl.lon, pl.lat]);
    if (!xy) return;
    const r = 5 + 18 * Math.sqrt(pl.events / max);
    const c = svgEl("circle", { class: "place", cx: xy[0], cy: xy[1], r, fill: quadMix(pl.cooperation, pl.conflict) }, gp);
    c.addEventListener("mousemove", ev => showTip(ev, `<b>${esc(pl.name)}</b> ${esc(pl.country || "")}<br>${pl.events} events: ${pl.cooperation} cooperation, ${pl.conflict} conflict`));
    c.addEventListener("mouseleave", hideTip);
    if (i < 15) {
      const t = svgEl("text", { class: "place-label", x: xy[0] + r + 3, y: xy[1] + 4 }, gp);
      t.textContent = pl.name;
    }
  });
  const list = document.getElementById("place-list");
  list.innerHTML = sorted.length === 0 ? '<div class="empty">No event has a place with coordinates yet.</div>'
    : `<table class="list"><thead><tr><th>Place</th><th>Country</th><th>Events</th><th>Cooperation</th><th>Conflict</th></tr></thead><tbody>${sorted.map(p =>
      `<tr><td>${esc(p.name)}</td><td>${esc(p.country || "")}</td><td>${p.events}</td><td>${p.cooperation}</td><td>${p.conflict}</td></tr>`).join("")}</tbody></table>`;
}

// ------------------------------------------------------------------ article

function renderText(text, spans, activeEvent) {
  // displaCy-like: the text is cut at every span boundary; each piece carries the classes of the spans over it.
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const over = spans.filter(s => s.start <= a && s.end >= b);
    const piece = esc(text.slice(a, b));
    if (over.length === 0) { html += piece; continue; }
    const cls = ["seg"], evs = [];
    let label = "";
    for (const s of over) {
      if (s.kind === "quote") cls.push("q");
      else if (s.kind === "evidence") { cls.push("ev"); evs.push(s.ref); if (s.ref === activeEvent) cls.push("ev-active"); }
      else if (s.kind === "mention") {
        cls.push("m", "m-" + s.label);
        if (s.end === b) label = `<span class="m-lbl ${esc(s.label)}">${esc(s.label)}${s.ref ? " · " + esc(s.ref) : ""}</span>`;
      }
    }
    html += `<span class="${cls.join(" ")}"${evs.length ? ` data-ev="${esc(evs.join(" "))}"` : ""}>${piece}</span>${label}`;
  }
  return html;
}

async function articleView(id, params) {
  const a = await api("v1/articles/" + encodeURIComponent(id));
  let active = params.get("ev") || "";
  view.innerHTML = `
    <div class="grid2">
      <div class="card">
        <h2 id="article-title">${esc(a.title || "(untitled)")}</h2>
        <div class="article-meta">${[esc(a.outlet), esc(a.published), esc(a.language), a.url ? `<a href="${esc(a.url)}" rel="noreferrer">${esc(a.url)}</a>` : "",
          a.duplicate_of ? `near-duplicate of <a href="#/article/${encodeURIComponent(a.duplicate_of)}">${esc(a.duplicate_of)}</a>` : ""]
          .filter(Boolean).map(x => `<span>${x}</span>`).join("")}</div>
        <div class="legend"><span><i style="background:var(--per);border:1px solid var(--per-b)"></i>Person</span>
          <span><i style="background:var(--org);border:1px solid var(--org-b)"></i>Organisation</span>
          <span><i style="background:var(--loc);border:1px solid var(--loc-b)"></i>Place</span>
          <span><i style="background:var(--quote)"></i>Quote</span><span><i style="background:var(--ev);border-bottom:2px solid #f08c4a"></i>Event evidence</span></div>
        <div class="doc" id="doc"></div>
      </div>
      <div>
        <div class="card"><h2>Events <small>${a.events.length}</small></h2><div id="ev-cards"></div></div>
        <div class="card"><h2>Quotes <small>${a.quotes.length}</small></h2><div id="quote-cards"></div></div>
      </div>
    </div>`;
  const doc = document.getElementById("doc");
  const draw = () => {
    doc.innerHTML = renderText(a.text, a.spans, active);
    document.querySelectorAll(".ev-card").forEach(c => c.classList.toggle("active", c.dataset.event === active));
  };
  document.getElementById("ev-cards").innerHTML = a.events.length === 0 ? '<div class="empty">No events coded in this article.</div>'
    : a.events.map(e => `<div class="ev-card q${e.quad}" data-event="${esc(e.id)}">
        <div class="head"><div>${actors(e.source)}<span class="arrow">→</span>${actors(e.target)}</div><span class="code">${esc(e.cameo)}</span></div>
        <div>${quadDot(e.quad)}${esc(ROOTS[e.root] || "")} <span class="muted">Goldstein ${e.goldstein}</span></div>
        <div>${claimPills(e)}</div>
        <div class="meta">${eventDate(e)}${e.date && e.date.text ? ` (“${esc(e.date.text)}”)` : ""}${e.place ? " · " + esc(e.place.name) : ""} · ${esc(e.modality)} · confidence ${e.confidence.toFixed(2)}${e.cluster.articles > 1 ? ` · in ${e.cluster.articles} articles` : ""}</div>
      </div>`).join("");
  document.getElementById("quote-cards").innerHTML = a.quotes.length === 0 ? '<div class="empty">No quotes.</div>'
    : a.quotes.map(q => `<div class="quote-card">${q.direct ? "“" : ""}${esc(q.text)}${q.direct ? "”" : ""}
        <div class="who">${q.speaker ? esc(q.speaker.name || q.speaker.code) : "unattributed"}${q.cue ? " · " + esc(q.cue) : ""}${q.via.length ? " · via " + esc(q.via.join(", ")) : ""}</div></div>`).join("");
  document.querySelectorAll(".ev-card").forEach(c => c.addEventListener("click", () => {
    active = c.dataset.event;
    history.replaceState(null, "", `#/article/${encodeURIComponent(a.id)}?ev=${encodeURIComponent(active)}`);
    draw();
    doc.querySelector(".ev-active")?.scrollIntoView({ block: "center", behavior: "smooth" });
  }));
  draw();
  if (active) doc.querySelector(".ev-active")?.scrollIntoView({ block: "center" });
}

// ------------------------------------------------------------------ claims, quotes, search

async function claimsView() {
  const rows = await api("v1/claims?limit=200");
  view.innerHTML = `<div class="card"><h2>Claims and denials <small>who claims what, who denies it</small></h2><div id="claims"></div></div>`;
  const box = document.getElementById("claims");
  if (rows.length === 0) { box.innerHTML = '<div class="empty">No event is reported as a claim yet.</div>'; return; }
  box.innerHTML = rows.map(c => {
    const e = c.event;
    return `<div class="claim-row" data-href="${esc(articleLink(e))}">
      <div class="side"><h4>Claimed by</h4>${actors(c.claimed_by)}</div>
      <div class="what"><div>${quadDot(e.quad)}${actors(e.source)}<span class="arrow">→</span>${actors(e.target)} <span class="code">${esc(e.cameo)}</span> ${esc(ROOTS[e.root] || "")}</div>
        <div class="evidence">${esc(e.evidence.text)}</div><div class="muted">${eventDate(e)} · ${esc(e.article.outlet || e.article.id)}</div></div>
      <div class="side"><h4>Denied by</h4>${actors(c.denied_by)}</div></div>`;
  }).join("");
  box.querySelectorAll(".claim-row").forEach(r => r.addEventListener("click", () => { location.hash = r.dataset.href; }));
}

async function quotesView(params) {
  const speaker = params.get("speaker") || "";
  const rows = await api("v1/quotes" + qs({ speaker, limit: 300 }));
  view.innerHTML = `<div class="card"><h2>Quotes by speaker${speaker ? ` <small>${esc(speaker)} · <a href="#/quotes">all</a></small>` : ""}</h2>
    <table class="list"><thead><tr><th>Speaker</th><th>Quote</th><th>Published</th></tr></thead><tbody>${rows.map(q => `<tr>
      <td><a href="#/quotes?speaker=${encodeURIComponent(q.speaker || "")}">${esc(q.speaker)}</a> <span class="muted">${esc(q.speaker_key || "")}</span></td>
      <td>${q.direct ? "“" : ""}${esc(q.text)}${q.direct ? "”" : ""} <span class="muted">${esc(q.cue)}${q.via ? " · via " + esc(q.via) : ""}</span></td>
      <td><a href="#/article/${encodeURIComponent(q.article_id)}">${esc((q.published || "").slice(0, 10) || q.article_id)}</a></td></tr>`).join("")}</tbody></table>
    ${rows.length === 0 ? '<div class="empty">No attributed quotes.</div>' : ""}</div>`;
}

async function searchView(params) {
  const q = params.get("q") || "";
  document.getElementById("search-q").value = q;
  const hits = q ? await api("v1/search" + qs({ q, limit: 50 })) : [];
  view.innerHTML = `<div class="card"><h2>Search <small>${esc(q)}</small></h2>${hits.length === 0 ? '<div class="empty">No articles match.</div>' :
    `<table class="list"><tbody>${hits.map(h => `<tr class="clickable" data-id="${esc(h.article_id)}"><td><b>${esc(h.title || h.article_id)}</b>
      <div class="muted">${esc((h.published || "").slice(0, 10))} ${esc(h.url || "")}</div>
      <div>${esc(h.snippet).replace(/\[/g, '<mark class="hit">').replace(/\]/g, "</mark>")}</div></td></tr>`).join("")}</tbody></table>`}</div>`;
  view.querySelectorAll("tr[data-id]").forEach(r => r.addEventListener("click", () => { location.hash = "#/article/" + encodeURIComponent(r.dataset.id); }));
}

// ------------------------------------------------------------------ router

async function render() {
  const r = route();
  hideTip();
  document.querySelectorAll("#nav a").forEach(a => a.classList.toggle("active", a.dataset.view === r.name));
  document.body.dataset.view = r.name;
  document.body.dataset.ready = "false";
  try {
    switch (r.name) {
      case "network": await networkView(); break;
      case "map": await mapView(r.params); break;
      case "claims": await claimsView(); break;
      case "quotes": await quotesView(r.params); break;
      case "search": await searchView(r.params); break;
      case "article": await articleView(r.arg, r.params); break;
      default: await timelineView(r.params);
    }
  } catch (e) {
    view.innerHTML = `<div class="card"><div class="empty">Could not load this view: ${esc(e.message)}</div></div>`;
  }
  // Tests wait for these: the view has its data drawn, and how many times a view was drawn.
  document.body.dataset.ready = "true";
  document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
}

document.getElementById("search-form").addEventListener("submit", ev => {
  ev.preventDefault();
  location.hash = "#/search" + qs({ q: document.getElementById("search-q").value.trim() });
});
window.addEventListener("hashchange", render);
loadStats();
render();
