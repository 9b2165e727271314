// "No time to read? Get a summary": turns the summary links of an article page into buttons that open the
// summary in place, and links each summary sentence to the sentence it came from. Without this script the
// links lead to the summary page, so nothing here is needed to read a summary.
(() => {
  "use strict";
  const article = document.querySelector("[data-article]");
  if (!article) return;
  const slug = article.dataset.slug;
  const loads = new Map();
  // Requests answered: a choice whose answer is still on its way shows that it is loading.
  const settled = new Set();
  const renders = new WeakMap();
  let length = "medium";
  // "default" (the article's sentences) or "llm" (written by a model), when the site offers it.
  let method = "default";
  // From here on the script marks sentences itself; the :target style is only for pages without it.
  document.documentElement.classList.add("js");

  const toggles = [...document.querySelectorAll("[data-summary-toggle]")];
  for (const toggle of toggles) {
    toggle.setAttribute("role", "button");
    toggle.setAttribute("aria-expanded", "false");
    toggle.addEventListener("click", (event) => {
      // Ctrl/Cmd/Shift-click still opens the summary page in a new tab or window.
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      toggleFrom(toggle);
    });
    toggle.addEventListener("keydown", (event) => {
      if (event.key === " ") {
        event.preventDefault();
        if (!event.repeat) toggleFrom(toggle);
      }
    });
    // Start the request as soon as a reader shows intent, so the click usually finds it done.
    toggle.addEventListener("pointerenter", () => load(length, method).catch(() => {}), { once: true });
    toggle.addEventListener("focus", () => load(length, method).catch(() => {}), { once: true });
  }

  for (const button of document.querySelectorAll("[data-length]")) {
    button.addEventListener("click", () => {
      length = button.dataset.length;
      for (const toggle of toggles) {
        if (toggle.getAttribute("aria-expanded") === "true") render(panelOf(toggle));
      }
    });
  }

  for (const button of document.querySelectorAll("[data-method]")) {
    button.addEventListener("click", () => {
      method = button.dataset.method;
      for (const toggle of toggles) {
        if (toggle.getAttribute("aria-expanded") === "true") render(panelOf(toggle));
      }
    });
  }

  function panelOf(toggle) {
    return document.getElementById(toggle.getAttribute("aria-controls"));
  }

  function toggleFrom(toggle) {
    const panel = panelOf(toggle);
    const open = toggle.getAttribute("aria-expanded") === "true";
    toggle.setAttribute("aria-expanded", open ? "false" : "true");
    panel.hidden = open;
    if (!open) render(panel);
  }

  function load(len, kind) {
    const key = `${kind}:${len}`;
    if (!loads.has(key)) {
      const query = kind === "default" ? "" : `&method=${encodeURIComponent(kind)}`;
      const url = `/api/articles/${encodeURIComponent(slug)}/summary?length=${encodeURIComponent(len)}${query}`;
      // A model may take the server's whole timeout (at most ten minutes) before it falls back to the article's sentences.
      const wait = kind === "default" ? 10000 : 630000;
      const request = fetch(url, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(wait) }).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        // An answer the server did not keep (a model that was slow or away) is asked again on the next click.
        if ((response.headers.get("Cache-Control") || "").includes("no-store")) loads.delete(key);
        return response.json();
      });
      // A failed request is forgotten so that the next click tries again.
      request.then(() => settled.add(key), () => loads.delete(key));
      loads.set(key, request);
    }
    return loads.get(key);
  }

  async function render(panel) {
    const list = panel.querySelector("[data-summary-list]");
    const status = panel.querySelector("[data-summary-status]");
    const want = length;
    const kind = method;
    // Only the newest request may fill the panel: a slow answer for an earlier length is dropped.
    const ticket = (renders.get(panel) || 0) + 1;
    renders.set(panel, ticket);
    for (const button of panel.querySelectorAll("[data-length]")) {
      button.setAttribute("aria-pressed", String(button.dataset.length === want));
    }
    for (const button of panel.querySelectorAll("[data-method]")) {
      button.setAttribute("aria-pressed", String(button.dataset.method === kind));
    }
    panel.setAttribute("aria-busy", "true");
    // The page's words, in its language (data-text-* on the panel).
    const text = panel.dataset;
    if (!list.childElementCount || !settled.has(`${kind}:${want}`)) status.textContent = text.textLoading;
    try {
      const summary = await load(want, kind);
      if (renders.get(panel) !== ticket) return;
      list.replaceChildren(...summary.sentences.map(item));
      // Whoever wrote the sentences says so: a model (named), or the article itself, also when a model's
      // summary was asked for and could not be shown.
      const note = panel.querySelector("[data-summary-note]");
      let said = "";
      if (note) {
        const written = summary.method === "llm";
        note.textContent = written ? note.dataset.textWritten.replace("{0}", summary.model || "") : summary.fallback ? note.dataset.textFallback : note.dataset.textExtract;
        note.dataset.kind = written ? "written" : summary.fallback ? "fallback" : "extract";
        if (note.dataset.kind !== "extract") said = ` ${note.textContent}`;
      }
      status.textContent = summary.sentences.length ? "" : text.textShort;
      // Outside the panel, so screen readers hear it even as the panel appears.
      const announce = panel.parentElement.querySelector("[data-summary-announce]");
      const n = summary.sentences.length;
      if (announce) announce.textContent = (n === 1 ? text.textShownOne : text.textShownMany.replace("{0}", String(n))) + said;
    } catch {
      if (renders.get(panel) !== ticket) return;
      status.textContent = text.textFailed;
    }
    panel.removeAttribute("aria-busy");
  }

  function item(sentence) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    // A sentence of the article points at itself; a written one at the article sentences that support it.
    const starts = sentence.sources ? sentence.sources.map((source) => source.start) : [sentence.start];
    link.href = `#s${starts[0]}`;
    link.textContent = sentence.text;
    link.dataset.start = String(starts[0]);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      highlight(starts, link);
    });
    li.append(link);
    return li;
  }

  function highlight(starts, link) {
    for (const old of document.querySelectorAll(".s.highlight")) old.classList.remove("highlight");
    for (const current of document.querySelectorAll('.summary-list a[aria-current="true"]')) current.removeAttribute("aria-current");
    for (const start of starts) {
      for (const piece of document.querySelectorAll(`[data-s="${start}"]`)) piece.classList.add("highlight");
    }
    if (link) link.setAttribute("aria-current", "true");
    const start = starts[0];
    const first = document.getElementById(`s${start}`);
    if (!first) return;
    history.replaceState(null, "", `#s${start}`);
    first.setAttribute("tabindex", "-1");
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    first.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
    first.focus({ preventScroll: true });
  }

  // Arriving from the summary page with #s123: mark the whole sentence, not only its first piece.
  const arrived = /^#s(\d+)$/.exec(location.hash);
  if (arrived) highlight([Number(arrived[1])], null);
})();
