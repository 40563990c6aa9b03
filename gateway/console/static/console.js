// The gateway console. Plain JavaScript, no build step. Every text from the server is put in the
// page with textContent (never as HTML). The admin key lives in this tab's sessionStorage only.
"use strict";

const KEY = "gatewayConsoleKey";
const $ = (sel) => document.querySelector(sel);
let chainsData = null;
let liveTimer = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path, options = {}) {
  const headers = { "Api-Key": sessionStorage.getItem(KEY) || "", ...(options.headers || {}) };
  if (options.body) headers["Content-Type"] = "application/json";
  const resp = await fetch("/console/api/" + path, { ...options, headers });
  if (resp.status === 401 || resp.status === 403) {
    const data = await resp.json().catch(() => ({}));
    const err = new Error((data.error && data.error.message) || resp.statusText);
    err.status = resp.status;
    throw err;
  }
  return resp;
}

async function apiJson(path, options) {
  const resp = await api(path, options);
  const data = await resp.json();
  if (!resp.ok) {
    const err = new Error((data.error && data.error.message) || resp.statusText);
    err.status = resp.status;
    throw err;
  }
  return data;
}

// ---- login ------------------------------------------------------------------------------------

async function login(key) {
  sessionStorage.setItem(KEY, key);
  try {
    const me = await apiJson("whoami");
    $("#login").hidden = true;
    $("#tabs").hidden = false;
    $("#who").hidden = false;
    $("#who-text").textContent = `project ${me.project} · key id ${me.key_id}`;
    show("chains");
  } catch (e) {
    sessionStorage.removeItem(KEY);
    $("#login-error").textContent = e.status === 403 ? "This key has no admin role: " + e.message
      : "Login failed: " + e.message;
  }
}

function logout() {
  sessionStorage.removeItem(KEY);
  location.reload();
}

function show(view) {
  for (const b of document.querySelectorAll("#tabs button")) b.classList.toggle("active", b.dataset.view === view);
  for (const s of document.querySelectorAll(".view")) s.hidden = s.id !== "view-" + view;
  clearInterval(liveTimer);
  if (view === "chains") loadChains();
  if (view === "playground") loadModels();
  if (view === "live") { refreshLive(); liveTimer = setInterval(refreshLive, 3000); }
  if (view === "audit") loadAudit();
}

// ---- models and chains ------------------------------------------------------------------------

function healthDot(health) {
  const cls = health === "ok" ? "ok" : health && health.startsWith("external") ? "ext" : "bad";
  return el("span", { class: "dot " + cls, title: health });
}

function interceptorNode(name, info, { global = false, tools = null } = {}) {
  const known = !!info;
  const down = known && info.health !== "ok";
  return el("div", { class: `node interceptor ${global ? "global" : ""} ${known ? "" : "unknown"} ${down ? "down" : ""}`,
                     "data-name": name },
    el("div", { class: "name" }, known ? healthDot(info.health) : null, name,
       global ? el("span", { class: "tag" }, "global") : null),
    known ? el("div", { class: "muted" }, info.description || "") : el("div", { class: "error" }, "not defined"),
    known && info.health !== "ok" ? el("div", { class: "error" }, info.health) : null,
    known && info.settings ? el("div", { class: "settings", title: "settings override (defaults)" },
                                JSON.stringify(info.settings)) : null,
    tools);
}

function drawFlow(dep, chain, onEdit) {
  const flow = el("div", { class: "flow" });
  const arrow = () => el("span", { class: "arrow" }, "→");
  flow.append(el("div", { class: "node client" }, el("div", { class: "name" }, "client")));
  for (const name of dep.global) { flow.append(arrow(), interceptorNode(name, chainsData.interceptors[name], { global: true })); }
  chain.forEach((name, i) => {
    const tools = onEdit ? el("div", { class: "tools" },
      el("button", { class: "small secondary", title: "move earlier", "data-act": "left", disabled: i === 0,
                     onclick: () => onEdit("left", i) }, "◀"),
      el("button", { class: "small secondary", title: "move later", "data-act": "right",
                     disabled: i === chain.length - 1, onclick: () => onEdit("right", i) }, "▶"),
      el("button", { class: "small secondary", title: "remove", "data-act": "remove",
                     onclick: () => onEdit("remove", i) }, "✕")) : null;
    flow.append(arrow(), interceptorNode(name, chainsData.interceptors[name], { tools }));
  });
  const ups = (dep.upstreams || []).map((u) => el("div", { class: "settings" }, `${u.endpoint} (tier ${u.tier}, weight ${u.weight})`));
  flow.append(arrow(), el("div", { class: `node model ${dep.health === "unreachable" ? "down" : ""}` },
    el("div", { class: "name" }, healthDot(dep.health), dep.name),
    el("div", { class: "muted" }, dep.type + (dep.endpoint ? " · " + dep.endpoint : "")),
    dep.health !== "ok" ? el("div", { class: dep.health === "unreachable" ? "error" : "muted" }, dep.health) : null,
    ups.length ? el("div", { class: "label muted" }, "upstreams:") : null, ups));
  return flow;
}

function deploymentCard(dep) {
  let draft = [...dep.interceptors];
  const card = el("div", { class: "card deployment", "data-deployment": dep.name });
  const flowBox = el("div");
  const error = el("p", { class: "error", role: "alert" });
  const textChain = el("input", { class: "text-chain", "aria-label": "chain as text" });
  const saveBtn = el("button", { class: "save" }, "Save chain");
  const redraw = () => {
    flowBox.replaceChildren(drawFlow(dep, draft, chainsData.editable ? edit : null));
    textChain.value = draft.join(", ");
    saveBtn.disabled = JSON.stringify(draft) === JSON.stringify(dep.interceptors);
  };
  const edit = (act, i) => {
    if (act === "left" && i > 0) [draft[i - 1], draft[i]] = [draft[i], draft[i - 1]];
    if (act === "right" && i < draft.length - 1) [draft[i + 1], draft[i]] = [draft[i], draft[i + 1]];
    if (act === "remove") draft.splice(i, 1);
    error.textContent = "";
    redraw();
  };
  const save = async (chain, method = "PUT") => {
    error.textContent = "";
    try {
      const body = method === "PUT" ? JSON.stringify({ interceptors: chain, before: dep.interceptors }) : undefined;
      await apiJson(`chains/${dep.section}/${encodeURIComponent(dep.name)}`, { method, body });
      await loadChains();
    } catch (e) {
      error.textContent = `Refused (${e.status}): ${e.message}`;
    }
  };
  const header = el("h3", {}, dep.name, " ", el("span", { class: "muted" }, dep.display_name || ""),
    dep.edited ? el("span", { class: "tag warn", title: "chain set in the console's settings file" }, "edited in console") : null,
    dep.unknown.length ? el("span", { class: "tag bad" }, "unknown interceptors") : null);
  card.append(header, dep.description ? el("div", { class: "muted" }, dep.description) : "", flowBox);
  if (chainsData.editable) {
    const add = el("select", { class: "add-select", "aria-label": "interceptor to add" },
      Object.keys(chainsData.interceptors).sort().map((n) => el("option", { value: n }, n)));
    card.append(el("div", { class: "edit" },
      add, el("button", { class: "secondary add", onclick: () => { draft.push(add.value); redraw(); } }, "Add"),
      saveBtn, el("button", { class: "secondary reset", onclick: () => { draft = [...dep.interceptors]; error.textContent = ""; redraw(); } }, "Undo"),
      dep.edited ? el("button", { class: "secondary revert", onclick: () => save(null, "DELETE") }, "Back to the files' chain") : null,
      textChain, el("button", { class: "secondary save-text",
        onclick: () => save(textChain.value.split(",").map((s) => s.trim()).filter(Boolean)) }, "Save as typed")),
      error);
    saveBtn.addEventListener("click", () => save(draft));
  }
  redraw();
  return card;
}

async function loadChains() {
  try {
    chainsData = await apiJson("chains");
  } catch (e) { return fail(e); }
  $("#chains-note").textContent = chainsData.editable
    ? "Edits are checked by the settings loader, written to the console's own settings file and take effect on the next request."
    : "Read only: set GATEWAY_CONSOLE_FILE to let the console edit chains.";
  $("#deployments").replaceChildren(...chainsData.deployments.map(deploymentCard));
}

// ---- playground -------------------------------------------------------------------------------

async function loadModels() {
  if (!chainsData) { try { chainsData = await apiJson("chains"); } catch (e) { return fail(e); } }
  const select = $("#play-model");
  const current = select.value;
  select.replaceChildren(...chainsData.deployments.filter((d) => d.type === "chat" || d.type === "application")
    .map((d) => el("option", { value: d.name }, d.name)));
  if (current) select.value = current;
}

function messagesText(msgs) {
  if (!msgs) return null;
  return msgs.map((m) => (msgs.length > 1 ? m.role + ": " : "") + m.content).join("\n");
}

function hopCard(hop) {
  const badges = el("span", { class: "badges" },
    hop.status ? el("span", { class: "tag" + (hop.status >= 400 ? " bad" : "") }, "status " + hop.status) : null,
    hop.x_cache ? el("span", { class: "tag", "data-x-cache": hop.x_cache }, "X-Cache: " + hop.x_cache) : null,
    hop.x_toxicity_flagged ? el("span", { class: "tag bad" }, "X-Toxicity-Flagged: " + hop.x_toxicity_flagged) : null,
    hop.ms_own !== undefined && hop.ms_own !== null ? el("span", { class: "tag" }, hop.ms_own + " ms"
      + (hop.kind === "interceptor" && hop.ms_total !== hop.ms_own ? ` (${hop.ms_total} ms with what follows)` : "")) : null);
  const col = (label, text, cls) => el("div", { class: "col" }, el("div", { class: "label" }, label),
    el("pre", { class: cls }, text === null || text === undefined ? "—" : text));
  const ans = (a) => (a ? (a.error ? "error: " + a.error : a.text) : null);
  let cols;
  if (!hop.reached) {
    cols = [el("div", { class: "col muted" }, "Not reached: an earlier hop answered (a block or a cache hit)."), el("div")];
  } else if (hop.kind === "model") {
    cols = [col("the model received", messagesText(hop.received), "received"), col("the model answered", ans(hop.answered), "answered")];
  } else {
    cols = [
      el("div", {}, col("received", messagesText(hop.received), "received"),
        col("passed on", hop.passed_on ? messagesText(hop.passed_on) : "(nothing: it answered itself)", "passed-on")),
      el("div", {}, col("was answered", ans(hop.was_answered), "was-answered"), col("answered", ans(hop.answered), "answered")),
    ];
  }
  return el("div", { class: `card hop-card ${hop.kind}`, "data-hop": hop.name },
    el("h3", {}, (hop.kind === "model" ? "model " : "") + hop.name, badges),
    el("div", { class: "hop" }, el("div", { class: "muted" }, hop.kind === "model" ? "The deployment" : "Interceptor"), ...cols));
}

async function runPlayground(ev) {
  ev.preventDefault();
  const answer = $("#play-answer");
  answer.textContent = "";
  $("#play-status").replaceChildren();
  $("#play-hops").replaceChildren();
  $("#play-send").disabled = true;
  try {
    const resp = await api("playground", { method: "POST", body: JSON.stringify({
      model: $("#play-model").value, prompt: $("#play-prompt").value, conversation_id: $("#play-conversation").value }) });
    if (!resp.ok) {
      const data = await resp.json().catch(() => ({}));
      throw Object.assign(new Error((data.error && data.error.message) || resp.statusText), { status: resp.status });
    }
    const reader = resp.body.getReader();
    const decoder = new TextDecoder();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buf.indexOf("\n\n")) >= 0) {
        const raw = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const kind = (raw.match(/^event: (.*)$/m) || [])[1];
        const data = JSON.parse((raw.match(/^data: (.*)$/m) || [])[1] || "{}");
        if (kind === "delta") answer.textContent += data.content;
        if (kind === "error") $("#play-status").append(el("span", { class: "tag bad" }, data.message || "error"));
        if (kind === "trace") {
          $("#play-status").append(el("span", { class: "tag" + (data.status >= 400 ? " bad" : "") }, "status " + data.status),
            data.x_cache ? el("span", { class: "tag" }, "X-Cache: " + data.x_cache) : "",
            data.x_toxicity_flagged ? el("span", { class: "tag bad" }, "X-Toxicity-Flagged: " + data.x_toxicity_flagged) : "",
            el("span", { class: "tag" }, data.ms + " ms"));
          $("#play-hops").replaceChildren(...data.hops.map(hopCard));
          $("#play-hops").dataset.done = "1";
        }
      }
    }
  } catch (e) {
    if (e.status === 401 || e.status === 403) return fail(e);
    $("#play-status").append(el("span", { class: "tag bad" }, e.message));
  } finally {
    $("#play-send").disabled = false;
  }
}

// ---- live view --------------------------------------------------------------------------------

function spark(values, { max = null, fmt = (v) => v } = {}) {
  const pts = values.map((v, i) => [i, v]).filter(([, v]) => v !== null && v !== undefined);
  const w = 200, h = 30;
  const top = max ?? Math.max(1e-9, ...pts.map(([, v]) => v));
  const n = Math.max(values.length - 1, 1);
  const path = pts.map(([i, v], k) => `${k ? "L" : "M"}${(i / n * w).toFixed(1)},${(h - 2 - v / top * (h - 4)).toFixed(1)}`).join(" ");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.setAttribute("preserveAspectRatio", "none");
  const p = document.createElementNS("http://www.w3.org/2000/svg", "path");
  p.setAttribute("d", path || "M0,28 L200,28");
  p.setAttribute("fill", "none");
  p.setAttribute("stroke", "#2456a6");
  p.setAttribute("stroke-width", "1.5");
  p.setAttribute("vector-effect", "non-scaling-stroke");
  svg.append(p);
  const last = pts.length ? pts[pts.length - 1][1] : null;
  return [svg, last === null ? "—" : fmt(last)];
}

function chartRow(label, values, opts) {
  const [svg, last] = spark(values, opts);
  return el("div", { class: "chart" }, el("span", {}, label), svg, el("span", { class: "v" }, last));
}

function barOf(share) {
  const bar = el("div", { class: "bar" });
  bar.style.width = (share * 100).toFixed(1) + "%";  // CSSOM: allowed by the page's CSP (no inline styles)
  return bar;
}

function bars(title, counts) {
  const entries = Object.entries(counts || {}).sort((a, b) => b[1] - a[1]);
  const top = Math.max(1, ...entries.map(([, v]) => v));
  return el("div", { class: "bars" }, el("h3", {}, title),
    entries.length ? entries.map(([k, v]) => el("div", {}, el("span", {}, k),
      barOf(v / top), el("span", { class: "v" }, String(v))))
      : el("div", { class: "muted" }, "none yet"));
}

async function refreshLive() {
  let data;
  try { data = await apiJson("live"); } catch (e) { return fail(e); }
  const s = data.services || {};
  $("#live-services").replaceChildren(el("div", { class: "grid" },
    bars("PII entities found, by type", s.pii_entities), bars("Prompts blocked", s.blocked)));
  const pct = (v) => (v * 100).toFixed(0) + "%";
  const ms = (v) => v + " ms";
  $("#live-models").replaceChildren(...Object.entries(data.models).sort().map(([name, m]) =>
    el("div", { class: "card live-model", "data-model": name },
      el("h3", {}, name, el("span", { class: "muted" }, ` · ${m.total.requests} requests, ${m.total.errors} errors`
        + (m.total.hit_rate !== null ? `, cache hits ${pct(m.total.hit_rate)}` : ""))),
      chartRow("requests/s", m.rps, { fmt: (v) => v.toFixed(2) }),
      chartRow("errors/s", m.errors, { fmt: (v) => v.toFixed(2) }),
      chartRow("latency p50", m.p50, { fmt: ms }),
      chartRow("latency p99", m.p99, { fmt: ms }),
      chartRow("cache hit rate", m.hit_rate, { max: 1, fmt: pct }))));
}

// ---- audit ------------------------------------------------------------------------------------

async function loadAudit() {
  let data;
  try { data = await apiJson("audit"); } catch (e) { return fail(e); }
  $("#audit-table tbody").replaceChildren(...data.events.map((e) => el("tr", {},
    el("td", {}, e.time), el("td", {}, `${e.who.project} / ${e.who.key_id}`), el("td", {}, `${e.deployment} (${e.action})`),
    el("td", {}, e.before.join(" → ") || "—"), el("td", {}, e.after.join(" → ") || "—"))));
}

function fail(e) {
  if (e.status === 401 || e.status === 403) {
    sessionStorage.removeItem(KEY);
    $("#login").hidden = false;
    $("#tabs").hidden = true;
    for (const s of document.querySelectorAll(".view")) s.hidden = true;
    $("#login-error").textContent = e.message;
  } else {
    console.error(e);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("#login-form").addEventListener("submit", (ev) => { ev.preventDefault(); login($("#login-key").value); $("#login-key").value = ""; });
  $("#logout").addEventListener("click", logout);
  for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => show(b.dataset.view));
  $("#play-form").addEventListener("submit", runPlayground);
  if (sessionStorage.getItem(KEY)) login(sessionStorage.getItem(KEY));
});
