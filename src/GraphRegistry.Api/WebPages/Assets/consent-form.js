// The citizen's consent form: the agency, then one of its purposes that needs consent, both from
// lists in the page's language (Query.consentChoices, worded through the message catalogue), so
// that nobody types a code. The codes only travel as the options' values.
"use strict";
window.ConsentForm = (() => {
  const { t, term, el } = window.Portal;
  const form = () => document.getElementById("grant-form");
  let choices = [];

  function options(select, items, chosen) {
    select.replaceChildren(el("option", { value: "" }, t("grant.choose")), ...items.map(([value, label]) => el("option", { value }, label)));
    // Set as the value, not as a selected attribute: resetting the form then empties it.
    select.value = items.some(([value]) => value === chosen) ? chosen : "";
  }

  // Purposes follow the chosen agency; a choice survives a redraw (a language switch, a reload).
  function fillPurposes(chosen) {
    const agency = form().agency.value;
    options(form().purpose, choices.filter((c) => c.agencyCode === agency).map((c) => [c.purpose, term("purpose.", c.purpose)]), chosen);
    form().purpose.disabled = !agency;
  }

  function render(list) {
    choices = list;
    const agencies = [...new Set(list.map((c) => c.agencyCode))];
    const purpose = form().purpose.value;
    options(form().agency, agencies.map((code) => [code, term("agency.", code)]), form().agency.value);
    fillPurposes(purpose);
  }

  function onGrant(grant) {
    form().agency.addEventListener("change", () => fillPurposes(""));
    form().addEventListener("submit", async (event) => {
      event.preventDefault();
      if (await grant(form().agency.value, form().purpose.value, form().expires.value)) {
        form().reset();
        fillPurposes("");
      }
    });
  }

  return { render, onGrant };
})();
