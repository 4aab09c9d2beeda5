// Shared by the citizen and officer pages: language, sign-in and GraphQL calls. The pages hold no
// data of their own; everything comes from /graphql with the signed-in person's token.
"use strict";
window.Portal = (() => {
  // One token per page: the citizen's token must never ride along on the officer page (and be
  // logged there as a DENIED attempt in the citizen's name), nor the officer's on the citizen's.
  const tokenKey = "graphregistry.token" + location.pathname.replace(/[^a-z]+/g, ".");
  const langKey = "graphregistry.lang";
  let lang = localStorage.getItem(langKey) === "ar" ? "ar" : "fr";

  const t = (key) => (window.PortalText[lang] && window.PortalText[lang][key]) || window.PortalText.fr[key] || key;
  // A registry code in the page's language ("agency.", "CNSS"); an unknown code is shown as the
  // code itself, never as the English words the API sends beside it.
  const term = (prefix, code) => (window.PortalText[lang][prefix + code] ? t(prefix + code) : code);

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach((element) => { element.textContent = t(element.dataset.i18n); });
    document.querySelectorAll("[data-lang]").forEach((button) => button.setAttribute("aria-pressed", String(button.dataset.lang === lang)));
  }

  function setLanguage(next, rerender) {
    lang = next === "ar" ? "ar" : "fr";
    localStorage.setItem(langKey, lang);
    applyLanguage();
    if (rerender) rerender();
  }

  async function graphql(query, variables) {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "Authorization": "Bearer " + sessionStorage.getItem(tokenKey) },
      body: JSON.stringify({ query, variables: variables || {} }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      const error = new Error(body.errors.map((e) => (e.extensions && e.extensions.code) || e.message).join(", "));
      error.codes = body.errors.map((e) => e.extensions && e.extensions.code);
      throw error;
    }
    return body.data;
  }

  // Builds an element with text content only: values from the registry are never parsed as HTML.
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === undefined || value === null) return;
      if (name === "class") element.className = value;
      else if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
      else element.setAttribute(name, value);
    });
    children.flat().forEach((child) => element.append(child instanceof Node ? child : document.createTextNode(child === null || child === undefined ? "" : String(child))));
    return element;
  }

  function formatDate(value) {
    if (!value) return "";
    return new Date(value).toLocaleString(lang === "ar" ? "ar-MA" : "fr-MA", { dateStyle: "medium", timeStyle: value.length > 10 ? "short" : undefined });
  }

  function showError(target, error) {
    target.textContent = t("error.generic") + " : " + error.message;
  }

  function start(load) {
    applyLanguage();
    // Switching language re-reads the page's data (dates and names are shown in the new language).
    document.querySelectorAll("[data-lang]").forEach((button) => button.addEventListener("click", () => setLanguage(button.dataset.lang, () => {
      if (sessionStorage.getItem(tokenKey)) load().then(rendered, (error) => showError(document.getElementById("page-error"), error));
    })));
    const form = document.getElementById("signin-form");
    const content = document.getElementById("content");
    const signin = document.getElementById("signin");
    const failure = document.getElementById("signin-error");
    const signOut = document.getElementById("signout");
    // Marks which language the data was last drawn in, once it is drawn (tests and screenshots wait for it).
    function rendered() {
      document.body.dataset.rendered = lang;
    }

    async function enter() {
      try {
        await load();
        rendered();
        signin.hidden = true;
        content.hidden = false;
        signOut.hidden = false;
        failure.textContent = "";
      } catch (error) {
        sessionStorage.removeItem(tokenKey);
        failure.textContent = t("signin.failed") + " (" + error.message + ")";
      }
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      sessionStorage.setItem(tokenKey, document.getElementById("token").value.trim());
      enter();
    });
    signOut.addEventListener("click", () => {
      sessionStorage.removeItem(tokenKey);
      location.reload();
    });
    if (sessionStorage.getItem(tokenKey)) enter();
  }

  return { t, term, graphql, el, formatDate, showError, start, get lang() { return lang; } };
})();
