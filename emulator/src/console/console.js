// The emulator's console: reads and changes the emulator through its admin endpoints, with
// the session cookie the sign-in page set. Everything a request contains is written as text.
"use strict";

const API = "/_emulator/";
const ROWS = 1000; // rows kept on the page; the journal itself may hold more
const $ = (id) => document.getElementById(id);
let catalog = { vendors: [] };
let newest = 0;
let following = null;
let selected = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function say(text, error) {
  const status = $("status");
  status.textContent = text;
  status.className = error ? "error" : "";
}

async function call(method, path, body) {
  const init = { method, headers: { "X-Emulator-Console": "1" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(API + path, init);
  const text = await response.text();
  let value = null;
  try { value = JSON.parse(text); } catch (_) { value = text; }
  if (response.status === 401) { location.reload(); }
  if (!response.ok) throw new Error((value && value.error) || response.status + " " + response.statusText);
  return value;
}

// ---- journal ----

function filterQuery(after) {
  const params = new URLSearchParams();
  for (const id of ["vendor", "operation", "app", "outcome", "code"]) {
    const value = $("filter-" + id).value.trim();
    if (value) params.set(id, value);
  }
  if (after) params.set("after", String(after));
  params.set("limit", String(ROWS));
  return params.toString();
}

function time(ms) {
  const d = new Date(ms);
  return d.toLocaleTimeString([], { hour12: false }) + "." + String(d.getMilliseconds()).padStart(3, "0");
}

function row(e) {
  const tr = el("tr", { class: "entry", "data-seq": e.seq, "data-outcome": e.outcome, "data-operation": e.operation },
    el("td", {}, e.seq),
    el("td", {}, time(e.time_ms)),
    el("td", {}, e.vendor),
    el("td", {}, e.operation),
    el("td", {}, e.app ?? ""),
    el("td", {}, e.caller ?? ""),
    el("td", {}, e.auth.replace("_", " ")),
    el("td", { class: "outcome-" + e.outcome }, e.outcome),
    el("td", {}, e.status || "-"),
    el("td", {}, e.code ?? ""),
    el("td", {}, (e.latency_us / 1000).toFixed(1)),
    el("td", {}, e.fault ? "rule " + e.fault.rule : ""));
  tr.addEventListener("click", () => show(e, tr));
  return tr;
}

function show(e, tr) {
  if (selected) selected.classList.remove("selected");
  selected = tr;
  tr.classList.add("selected");
  const dl = el("dl");
  const add = (name, value) => { if (value !== null && value !== undefined && value !== "") dl.append(el("dt", {}, name), el("dd", {}, value)); };
  add("Request", "#" + e.seq + " at " + new Date(e.time_ms).toISOString());
  add("Vendor", e.vendor);
  add("Operation", e.operation + (e.known_operation ? "" : " (no such operation)"));
  add("HTTP", e.method + " " + e.path);
  add("App", e.app);
  add("Caller", e.caller);
  add("Authentication", e.auth.replace("_", " "));
  add("Outcome", e.outcome + (e.status ? ", HTTP " + e.status : ", no answer"));
  add("Code", e.code);
  add("Vendor's message", e.message);
  add("Why", e.reason);
  add("Latency", (e.latency_us / 1000).toFixed(2) + " ms");
  if (e.fault) add("Fault rule", "#" + e.fault.rule + ": " + JSON.stringify(e.fault.answer));
  const body = e.body === null ? "(not read)" : pretty(e.body) + (e.body_cut ? "\n… cut at the journal's body size (" + e.body_bytes + " bytes in all)" : "");
  $("detail").replaceChildren(el("h3", {}, e.operation), dl, el("h3", {}, "Body"), el("pre", { id: "detail-body" }, body));
}

function pretty(text) {
  try { return JSON.stringify(JSON.parse(text), null, 2); } catch (_) { return text; }
}

async function loadJournal(more) {
  const page = await call("GET", "journal?" + filterQuery(more ? newest : 0));
  const rows = $("journal-rows");
  if (!more) { rows.replaceChildren(); selected = null; }
  const fresh = page.entries.map(row);
  rows.prepend(...fresh);
  while (rows.children.length > ROWS) rows.lastElementChild.remove();
  if (page.entries.length) newest = Math.max(newest, page.entries[0].seq);
  else if (!more) newest = page.recorded;
  $("journal-count").textContent = rows.children.length + " shown; the journal holds " + page.held + " of at most " + page.capacity + " (" + page.recorded + " recorded since start)";
}

function follow() {
  clearInterval(following);
  following = $("follow").checked ? setInterval(() => loadJournal(true).catch((e) => say(e.message, true)), 1000) : null;
}

// ---- state ----

let stateTree = null;

function apps(sections) {
  const found = new Set();
  for (const items of Object.values(sections)) {
    if (Array.isArray(items)) for (const item of items) if (item && item.app_id !== undefined) found.add(String(item.app_id));
  }
  return [...found].sort((a, b) => Number(a) - Number(b));
}

async function loadState() {
  stateTree = await call("GET", "state");
  const vendor = $("state-vendor");
  const was = vendor.value;
  vendor.replaceChildren(...Object.keys(stateTree).map((v) => el("option", { value: v }, v)));
  if (was && stateTree[was]) vendor.value = was;
  fillApps();
}

function fillApps() {
  const sections = stateTree[$("state-vendor").value] || {};
  const list = apps(sections);
  const app = $("state-app");
  const was = app.value;
  app.replaceChildren(...(list.length ? list : ["the app"]).map((a) => el("option", { value: list.length ? a : "" }, a)));
  if (list.includes(was)) app.value = was;
  drawState();
}

function scalar(v) { return v === null || typeof v !== "object"; }

function drawState() {
  const sections = stateTree[$("state-vendor").value] || {};
  const app = $("state-app").value;
  const out = [];
  for (const [name, value] of Object.entries(sections)) {
    out.push(el("h3", {}, name.replaceAll("_", " ")));
    if (!Array.isArray(value)) { out.push(el("pre", {}, JSON.stringify(value, null, 2))); continue; }
    const items = value.filter((item) => app === "" || item === null || item.app_id === undefined || String(item.app_id) === app);
    if (!items.length) { out.push(el("p", { class: "muted" }, "none")); continue; }
    const columns = [];
    for (const item of items) for (const [k, v] of Object.entries(item || {})) if (!columns.includes(k)) columns.push(k);
    const table = el("table", {}, el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", {}, c)))));
    const body = el("tbody");
    for (const item of items) {
      body.append(el("tr", {}, ...columns.map((c) => {
        const v = (item || {})[c];
        if (v === undefined) return el("td");
        if (scalar(v)) return el("td", {}, String(v));
        const n = Array.isArray(v) ? v.length + " items" : Object.keys(v).length + " keys";
        return el("td", {}, el("details", {}, el("summary", {}, n), el("pre", {}, JSON.stringify(v, null, 2))));
      })));
    }
    table.append(body);
    out.push(el("div", { class: "table-wrap" }, table));
  }
  $("state").replaceChildren(...out);
}

// ---- faults ----

let rules = [];

function describe(answer) {
  if (typeof answer === "string") return answer;
  const [kind, detail] = Object.entries(answer)[0];
  return kind + " " + JSON.stringify(detail);
}

async function loadRules() {
  rules = (await call("GET", "faults")).rules || [];
  $("rule-rows").replaceChildren(...rules.map((r, i) => {
    const remove = el("button", { type: "button", class: "remove" }, "Remove");
    remove.addEventListener("click", () => saveRules(rules.filter((_, j) => j !== i), "rule " + i + " removed"));
    return el("tr", { class: "rule", "data-index": i },
      el("td", {}, i), el("td", {}, r.vendor), el("td", {}, r.operation ?? "any"), el("td", {}, r.app ?? "any"),
      el("td", {}, r.probability), el("td", {}, describe(r.answer)), el("td", {}, remove));
  }));
}

async function saveRules(next, what) {
  try {
    await call("PUT", "faults", { rules: next });
    say(what);
  } catch (e) {
    say(e.message, true);
  }
  await loadRules();
}

function fillFaultForm() {
  const vendor = catalog.vendors.find((v) => v.name === $("fault-vendor").value) || { operations: [], codes: [] };
  $("fault-operation").replaceChildren(el("option", { value: "" }, "any"), ...vendor.operations.map((o) => el("option", { value: o }, o)));
  $("fault-code").replaceChildren(...vendor.codes.map((c) => el("option", { value: c }, c)));
}

function showAnswerFields() {
  const kind = $("fault-answer").value;
  for (const label of document.querySelectorAll("#fault-form [data-for]")) label.hidden = label.dataset.for !== kind;
}

function number(id) {
  const text = $(id).value.trim();
  return text === "" ? undefined : Number(text);
}

function ruleFromForm() {
  const rule = { vendor: $("fault-vendor").value, probability: number("fault-probability") ?? 1 };
  if ($("fault-operation").value) rule.operation = $("fault-operation").value;
  if (number("fault-app") !== undefined) rule.app = number("fault-app");
  switch ($("fault-answer").value) {
    case "error": rule.answer = { error: { code: $("fault-code").value, message: $("fault-message").value } }; break;
    case "status": rule.answer = { status: { status: number("fault-status") ?? 503, retry_after: number("fault-retry") } }; break;
    case "latency": rule.answer = { latency: { ms: number("fault-ms") ?? 0 } }; break;
    default: rule.answer = $("fault-answer").value;
  }
  return rule;
}

// ---- wiring ----

function view(name) {
  for (const tab of document.querySelectorAll(".tab")) tab.classList.toggle("active", tab.dataset.view === name);
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== "view-" + name;
  const load = { journal: () => loadJournal(false), state: loadState, faults: loadRules }[name];
  load().catch((e) => say(e.message, true));
}

async function start() {
  for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => view(tab.dataset.view));
  catalog = await call("GET", "catalog");
  const names = catalog.vendors.map((v) => v.name);
  $("filter-vendor").append(...names.map((n) => el("option", { value: n }, n)));
  $("fault-vendor").replaceChildren(...names.map((n) => el("option", { value: n }, n)));
  $("operations").replaceChildren(...catalog.vendors.flatMap((v) => v.operations).map((o) => el("option", { value: o })));
  fillFaultForm();
  showAnswerFields();
  $("fault-vendor").addEventListener("change", fillFaultForm);
  $("fault-answer").addEventListener("change", showAnswerFields);
  $("fault-form").addEventListener("submit", (event) => {
    event.preventDefault();
    saveRules(rules.concat([ruleFromForm()]), "rule added");
  });
  $("journal-filter").addEventListener("submit", (event) => event.preventDefault());
  $("journal-filter").addEventListener("change", () => loadJournal(false).catch((e) => say(e.message, true)));
  $("follow").addEventListener("change", follow);
  $("clear-journal").addEventListener("click", async () => {
    const cleared = await call("DELETE", "journal");
    say(cleared.cleared + " requests cleared from the journal");
    await loadJournal(false);
  });
  $("reset").addEventListener("click", async () => {
    await call("POST", "reset");
    say("state reset to the start state");
    if (!$("view-state").hidden) await loadState();
  });
  $("state-vendor").addEventListener("change", fillApps);
  $("state-app").addEventListener("change", drawState);
  $("state-reload").addEventListener("click", () => loadState().catch((e) => say(e.message, true)));
  await loadJournal(false);
  follow();
}

start().catch((e) => say(e.message, true));
