// The citizen's page: their household as the API lets them see it, their score and its
// explanation, eligibility, consents (grant and withdraw), enrolments and who read their data.
"use strict";
(() => {
  const { t, term, graphql, el, formatDate, showError, start } = window.Portal;

  const query = `query CitizenPage {
    me {
      household {
        id region { code nameLatin nameArabic } milieu registeredAt
        members { relationship person { firstNameLatin lastNameLatin firstNameArabic lastNameArabic birthDate } }
        score { finalScore modelVersion illustrative contributions { variable contribution } }
        eligibility { program eligible reasonCodes scoreUsed threshold comparator }
        consents { id agencyCode purposes status expiresAt }
        enrollments { program status effectiveOn }
        changeRequests { id field status requestedAt }
      }
      accessLog(first: 50) { edges { node { occurredAt principalKind agencyCode purpose fields { field partlyHidden } outcome } } }
    }
    consentChoices { agencyCode purpose }
  }`;

  const arabic = () => window.Portal.lang === "ar";
  const name = (person) => arabic() && person.firstNameArabic
    ? `${person.firstNameArabic} ${person.lastNameArabic}`
    : `${person.firstNameLatin} ${person.lastNameLatin}`;

  function fill(id, items, empty) {
    const target = document.getElementById(id);
    target.replaceChildren(...(items.length ? items : [el("li", { class: "empty" }, t(empty))]));
  }

  function renderHousehold(household) {
    document.getElementById("household").replaceChildren(
      el("dt", {}, t("household.region")), el("dd", {}, arabic() ? household.region.nameArabic : household.region.nameLatin),
      el("dt", {}, t("household.milieu")), el("dd", {}, t("enum." + household.milieu)),
      el("dt", {}, t("household.registeredAt")), el("dd", {}, formatDate(household.registeredAt)));
    document.querySelector("#members tbody").replaceChildren(...household.members.map((m) =>
      el("tr", {}, el("td", {}, name(m.person)), el("td", {}, t("enum." + m.relationship)), el("td", {}, m.person.birthDate || ""))));
  }

  function renderScore(score) {
    const target = document.getElementById("score");
    if (!score) {
      target.replaceChildren();
      document.getElementById("contributions").replaceChildren();
      return;
    }
    target.replaceChildren(
      el("dt", {}, t("score.value")), el("dd", { id: "score-value" }, score.finalScore.toFixed(6)),
      el("dt", {}, t("score.model")), el("dd", {}, score.modelVersion));
    fill("contributions", score.contributions.slice(0, 5).map((c) =>
      el("li", {}, el("span", { class: "variable", "data-variable": c.variable }, term("variable.", c.variable)), " ", el("span", { class: c.contribution < 0 ? "negative" : "positive" }, (c.contribution > 0 ? "+" : "") + c.contribution.toFixed(3)))), "log.none");
  }

  // The comparison that holds, as the registry states it: "9.41 ≤ 9.743001" when met under LESS_OR_EQUAL.
  const symbols = { LESS_OR_EQUAL: ["≤", ">"], LESS_THAN: ["<", "≥"], GREATER_THAN: [">", "≤"], GREATER_OR_EQUAL: ["≥", "<"] };

  // Reasons come as codes (reasonCodes) and are worded here; the score's reason carries the numbers
  // the citizen may see, isolated left-to-right so that an Arabic line does not reorder them.
  function reason(decision, code) {
    if (code !== "THRESHOLD_MET" && code !== "THRESHOLD_NOT_MET") return el("li", { "data-reason": code }, t("reason." + code));
    const symbol = symbols[decision.comparator][code === "THRESHOLD_MET" ? 0 : 1];
    return el("li", { "data-reason": code }, t("score.value"), " ",
      el("bdi", { dir: "ltr", class: "comparison" }, `${decision.scoreUsed.toFixed(6)} ${symbol} ${decision.threshold}`), " : ", t("reason." + code));
  }

  function renderEligibility(decisions) {
    fill("eligibility", decisions.map((d) => el("li", { class: d.eligible ? "card eligible" : "card not-eligible" },
      el("strong", {}, term("program.", d.program), " ", el("bdi", {}, `(${d.program})`)),
      el("span", { class: "verdict" }, d.eligible ? t("eligibility.yes") : t("eligibility.no")),
      el("ul", {}, d.reasonCodes.map((code) => reason(d, code))))), "log.none");
  }

  function renderConsents(consents) {
    const rows = consents.map((c) => el("tr", { "data-agency": c.agencyCode, "data-status": c.status },
      el("td", {}, term("agency.", c.agencyCode)),
      el("td", {}, c.purposes.map((p) => term("purpose.", p)).join(t("list.separator"))),
      el("td", { class: "status", "data-code": c.status }, t("enum." + c.status)),
      el("td", {}, formatDate(c.expiresAt)),
      el("td", {}, c.status === "GIVEN"
        ? el("button", { type: "button", class: "danger", "aria-label": `${t("consents.withdrawLabel")} ${c.agencyCode}`, onclick: () => withdraw(c.id) }, t("consents.withdraw"))
        : "")));
    document.querySelector("#consents tbody").replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: "5" }, t("consents.none")))]));
  }

  function renderEnrollments(enrollments) {
    fill("enrollments", enrollments.map((e) => el("li", { "data-program": e.program }, term("program.", e.program), " — ", t("enum." + e.status), " — ", el("bdi", {}, e.effectiveOn))), "enrollments.none");
  }

  // Pending and past corrections: the field and where the request stands, never the values.
  function renderChangeRequests(requests) {
    fill("changes", requests.map((r) => el("li", { "data-status": r.status, "data-field": r.field },
      term("field.", r.field), " — ", el("strong", {}, t("changes.status." + r.status)), " — ", formatDate(r.requestedAt))), "changes.none");
  }

  // Who, what and why from the entry's codes: an agency by name, staff by role, fields in words.
  const who = (node) => (node.agencyCode ? term("agency.", node.agencyCode) : t(window.PortalText.fr["staff." + node.principalKind] ? "staff." + node.principalKind : "staff.other"));
  const what = (node) => node.fields.map((f) => term("field.", f.field) + (f.partlyHidden ? " " + t("field.partlyHidden") : "")).join(t("list.separator"));

  function renderAccesses(edges) {
    fill("accesses", edges.map(({ node }) => el("li", { class: node.outcome === "DENIED" ? "denied" : "allowed" },
      el("time", { datetime: node.occurredAt }, formatDate(node.occurredAt)),
      el("p", {}, el("strong", {}, who(node)), " ",
        // No field list (a refused attempt, a write) reads "consulted your record", never "consulted  for".
        node.outcome === "DENIED" ? el("span", { class: "badge" }, t("access.denied")) : t(node.fields.length ? "access.read" : "access.readRecord"), " ",
        what(node),
        node.purpose ? ` ${t("access.for")} ${term("purpose.", node.purpose)}` : ""))), "access.none");
  }

  async function load() {
    const data = await graphql(query);
    const household = data.me.household;
    renderHousehold(household);
    renderScore(household.score);
    renderEligibility(household.eligibility);
    renderConsents(household.consents);
    renderEnrollments(household.enrollments);
    renderAccesses(data.me.accessLog.edges);
    renderChangeRequests(household.changeRequests);
    window.ConsentForm.render(data.consentChoices);
  }

  async function withdraw(id) {
    try {
      await graphql("mutation Withdraw($id: ID!) { me { withdrawConsent(id: $id) { id status } } }", { id });
      await load();
    } catch (error) {
      showError(document.getElementById("page-error"), error);
    }
  }

  window.ConsentForm.onGrant(async (agency, purpose, expires) => {
    try {
      await graphql("mutation Grant($input: GrantConsentInput!) { me { grantConsent(input: $input) { id } } }", {
        input: { agency, purposes: [purpose], expiresAt: new Date(expires + "T23:59:59Z").toISOString() },
      });
      await load();
      return true;
    } catch (error) {
      showError(document.getElementById("page-error"), error);
      return false;
    }
  });

  start(load);
})();
