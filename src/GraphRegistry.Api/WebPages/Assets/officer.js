// The privacy officer's page: the access log with filters, denied attempts highlighted, charts
// per agency and purpose over time, and the hash chain's verification. Identifiers and field
// names only: the officer's token cannot read a personal value, and neither can this page.
"use strict";
(() => {
  const { t, term, graphql, el, formatDate, showError, start } = window.Portal;
  const svgNs = "http://www.w3.org/2000/svg";
  const pageLimit = 5;

  const logQuery = `query OfficerLog($filter: AccessLogFilterInput, $after: String) {
    accessLog(filter: $filter, first: 100, after: $after) {
      edges { node { sequence occurredAt principalKind agencyCode purpose outcome reason fields subjects } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  function filter() {
    const form = document.getElementById("filters");
    const value = (name) => form[name].value.trim() || undefined;
    return {
      agency: value("agency"),
      purpose: value("purpose"),
      outcome: value("outcome"),
      from: form.from.value ? new Date(form.from.value + "T00:00:00Z").toISOString() : undefined,
      to: form.to.value ? new Date(form.to.value + "T23:59:59Z").toISOString() : undefined,
    };
  }

  async function entries() {
    const all = [];
    let after = null;
    for (let page = 0; page < pageLimit; page++) {
      const data = await graphql(logQuery, { filter: filter(), after });
      all.push(...data.accessLog.edges.map((e) => e.node));
      if (!data.accessLog.pageInfo.hasNextPage) break;
      after = data.accessLog.pageInfo.endCursor;
    }
    return all;
  }

  // A code in words, with the code itself: the officer filters and reports by code.
  const coded = (prefix, code) => (!code ? "" : term(prefix, code) === code ? el("bdi", {}, code) : [term(prefix, code), " ", el("bdi", {}, `(${code})`)]);

  function renderLog(list) {
    const rows = list.map((entry) => el("tr", { class: entry.outcome === "DENIED" ? "denied" : "allowed", "data-sequence": entry.sequence },
      el("td", {}, el("time", { datetime: entry.occurredAt }, formatDate(entry.occurredAt))),
      el("td", {}, term("principal.", entry.principalKind), entry.agencyCode ? [" ", el("bdi", {}, entry.agencyCode)] : ""),
      el("td", {}, coded("purpose.", entry.purpose)),
      el("td", { class: "outcome" }, entry.outcome === "DENIED" ? el("strong", { class: "badge" }, t("outcome.DENIED")) : t("outcome.ALLOWED")),
      el("td", {}, coded("denial.", entry.reason)),
      el("td", { class: "fields" }, entry.fields.join(", ")),
      el("td", { class: "subjects" }, entry.subjects.join(", "))));
    document.querySelector("#log tbody").replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: "7" }, t("log.none")))]));
  }

  // Horizontal bars, one per series, split into allowed and denied; drawn as SVG with text labels.
  function barChart(targetId, series) {
    const target = document.getElementById(targetId);
    const max = Math.max(1, ...series.map((s) => s.allowed + s.denied));
    const rowHeight = 26;
    const svg = document.createElementNS(svgNs, "svg");
    svg.setAttribute("viewBox", `0 0 400 ${Math.max(1, series.length) * rowHeight}`);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", series.map((s) => `${s.label}: ${s.allowed} ${t("charts.allowed")}, ${s.denied} ${t("charts.deniedCount")}`).join("; "));
    series.forEach((s, i) => {
      const y = i * rowHeight;
      const allowedWidth = (s.allowed / max) * 140;
      const deniedWidth = (s.denied / max) * 140;
      const label = document.createElementNS(svgNs, "text");
      label.setAttribute("x", "0");
      label.setAttribute("y", String(y + 17));
      label.textContent = s.label;
      const allowed = document.createElementNS(svgNs, "rect");
      Object.entries({ x: 215, y: y + 4, width: allowedWidth, height: 18, class: "bar-allowed" }).forEach(([k, v]) => allowed.setAttribute(k, String(v)));
      const denied = document.createElementNS(svgNs, "rect");
      Object.entries({ x: 215 + allowedWidth, y: y + 4, width: deniedWidth, height: 18, class: "bar-denied" }).forEach(([k, v]) => denied.setAttribute(k, String(v)));
      const count = document.createElementNS(svgNs, "text");
      count.setAttribute("x", String(220 + allowedWidth + deniedWidth));
      count.setAttribute("y", String(y + 17));
      count.textContent = `${s.allowed} / ${s.denied}`;
      svg.append(label, allowed, denied, count);
    });
    target.replaceChildren(svg);
  }

  function tally(list, keyOf) {
    const map = new Map();
    list.forEach((entry) => {
      const key = keyOf(entry);
      const current = map.get(key) || { label: key, allowed: 0, denied: 0 };
      if (entry.outcome === "DENIED") current.denied++; else current.allowed++;
      map.set(key, current);
    });
    return [...map.values()].sort((a, b) => a.label.localeCompare(b.label));
  }

  // Operations agencies submitted for approval: the officer sees exactly which fields each reads.
  async function renderQueue() {
    const data = await graphql(`query Queue { trustedDocuments(status: "PENDING") { id agencyCode operationName hash fields submittedAt } }`);
    const items = data.trustedDocuments.map((d) => el("li", { class: "card", "data-document": d.id },
      el("strong", {}, `${d.agencyCode} — ${d.operationName || d.hash.slice(0, 12)}`), " ",
      el("time", { datetime: d.submittedAt }, formatDate(d.submittedAt)),
      el("p", {}, t("queue.reads"), " ", el("bdi", { class: "fields" }, d.fields.join(", "))),
      el("button", { type: "button", onclick: () => decide("mutation Approve($id: ID!) { approveDocument(id: $id) { id } }", { id: d.id }) }, t("queue.approve")), " ",
      el("label", { for: `reason-${d.id}`, class: "visually-hidden" }, t("queue.reason")),
      el("input", { id: `reason-${d.id}`, placeholder: t("queue.reason") }), " ",
      el("button", { type: "button", class: "danger", onclick: () => decide("mutation Reject($id: ID!, $reason: String!) { rejectDocument(id: $id, reason: $reason) { id } }", { id: d.id, reason: document.getElementById(`reason-${d.id}`).value || "-" }) }, t("queue.reject"))));
    document.getElementById("queue").replaceChildren(...(items.length ? items : [el("li", { class: "empty" }, t("queue.none"))]));
  }

  async function decide(mutation, variables) {
    try {
      await graphql(mutation, variables);
      await renderQueue();
    } catch (error) {
      showError(document.getElementById("page-error"), error);
    }
  }

  async function renderChain() {
    const data = await graphql("query Chain { verifyAccessLog { valid verifiedEntries firstBrokenSequence problem } }");
    const chain = data.verifyAccessLog;
    const target = document.getElementById("chain");
    target.className = chain.valid ? "chain-valid" : "chain-broken";
    target.textContent = chain.valid
      ? `✔ ${t("chain.valid")} — ${chain.verifiedEntries} ${t("chain.entries")}`
      : `✘ ${t("chain.broken")} ${chain.firstBrokenSequence} (${chain.problem}) — ${chain.verifiedEntries} ${t("chain.entries")}`;
  }

  async function load() {
    const list = await entries();
    renderLog(list);
    const day = (entry) => entry.occurredAt.slice(0, 10);
    barChart("chart-agency", tally(list, (e) => `${e.agencyCode || e.principalKind} ${day(e)}`));
    barChart("chart-purpose", tally(list, (e) => `${e.purpose || "—"} ${day(e)}`));
    document.getElementById("charts-basis").textContent = `${t("charts.basis")} ${list.length}`;
    await renderQueue();
  }

  document.getElementById("filters").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await load();
    } catch (error) {
      showError(document.getElementById("page-error"), error);
    }
  });

  // The chain is verified once per sign-in: walking it is the expensive part of the page.
  start(async () => {
    await load();
    await renderChain();
  });
})();
