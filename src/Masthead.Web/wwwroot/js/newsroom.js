// The story form works without this script; it adds a live preview of the body, autosave of
// drafts and one-click insertion of media snippets.
(() => {
  "use strict";
  const form = document.getElementById("story-form");
  if (!form) return;

  const body = form.querySelector("textarea[name='Input.Body']");
  const previewSection = form.querySelector(".live-preview");
  const preview = document.getElementById("live-preview");
  const status = document.getElementById("autosave-status");
  const version = form.querySelector("input[name='Input.Version']");
  const token = () => form.querySelector("input[name='__RequestVerificationToken']").value;

  const post = (handler, data) => {
    const url = new URL(window.location.href);
    url.search = "?handler=" + handler;
    return fetch(url, {
      method: "POST",
      body: data,
      headers: { "RequestVerificationToken": token(), "Accept": "application/json, text/html" },
      credentials: "same-origin",
    });
  };

  const debounce = (fn, ms) => {
    let timer;
    return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  };

  const refreshPreview = async () => {
    const data = new FormData();
    data.append("Input.Body", body.value);
    const response = await post("Preview", data);
    if (!response.ok) return;
    // The server sanitizes the rendered body exactly as it does for readers.
    preview.innerHTML = await response.text();
    previewSection.hidden = false;
  };

  let stopped = false;
  let dirty = false;
  let inFlight = null;
  const autosave = () => {
    if (stopped || !dirty || form.dataset.autosave !== "on" || inFlight) return;
    dirty = false;
    inFlight = saveDraft().finally(() => { inFlight = null; });
  };
  const saveDraft = async () => {
    status.textContent = "Saving draft…";
    const response = await post("Autosave", new FormData(form));
    const answer = await response.json().catch(() => ({}));
    if (response.ok) {
      version.value = answer.version;
      if (!form.dataset.storyId) {
        // The story exists now: every button must post to it, not create another.
        form.dataset.storyId = answer.id;
        window.history.replaceState(null, "", answer.url);
        form.querySelectorAll("[formaction]").forEach((button) => {
          const target = new URL(button.formAction);
          target.pathname = answer.url;
          button.formAction = target.toString();
        });
      }
      // The newsroom speaks UTC everywhere; savedAt is an ISO instant such as 2026-11-26T14:05:09Z.
      status.textContent = "Draft saved at " + answer.savedAt.slice(11, 16) + " UTC.";
      return;
    }
    if (response.status === 409 || response.status === 403) stopped = true;
    const first = answer.errors ? Object.values(answer.errors)[0] : null;
    status.textContent = (answer.title || "Not saved.") + (first ? " " + first[0] : "");
  };

  const scheduleAutosave = debounce(autosave, 4000);
  form.addEventListener("input", () => { dirty = true; scheduleAutosave(); });
  body.addEventListener("input", debounce(refreshPreview, 500));
  if (body.value.trim() !== "") refreshPreview();

  // Submitting the form saves everything. An autosave already on its way must land first: it may
  // create the story (the buttons then point at it) and it moves the version the form carries.
  form.addEventListener("submit", (event) => {
    stopped = true;
    if (!inFlight) return;
    event.preventDefault();
    const submitter = event.submitter;
    inFlight.then(() => form.requestSubmit(submitter));
  });

  document.querySelectorAll(".media-insert code").forEach((code) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button button-quiet button-small";
    button.textContent = "Insert";
    button.setAttribute("aria-label", "Insert " + code.textContent + " into the body");
    button.addEventListener("click", () => {
      const snippet = "\n\n" + code.textContent + "\n\n";
      const at = body.selectionStart ?? body.value.length;
      body.setRangeText(snippet, at, body.selectionEnd ?? at, "end");
      body.focus();
      body.dispatchEvent(new Event("input", { bubbles: true }));
    });
    code.after(" ", button);
  });
})();
