/* Suggestions as you type, for every search box with data-suggest="<url>".
   An ARIA 1.2 combobox: arrow keys move through the list, Enter opens the chosen page,
   Escape closes the list. Without JavaScript the form simply submits to /search/. */
(function () {
  "use strict";
  var counter = 0;

  function setup(input) {
    var url = input.getAttribute("data-suggest");
    var form = input.form;
    var listId = "suggest-" + (++counter);
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    (input.closest(".combo, .header-search") || input.parentNode).appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    list.parentNode.appendChild(status);

    var items = [], active = -1, timer = null, controller = null, lastQuery = "";

    function close() {
      list.hidden = true; list.innerHTML = ""; items = []; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(i) {
      if (active >= 0 && list.children[active]) list.children[active].setAttribute("aria-selected", "false");
      active = i;
      if (i >= 0 && list.children[i]) {
        var el = list.children[i];
        el.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", el.id);
        el.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(data) {
      list.innerHTML = "";
      items = data.suggestions || [];
      active = -1;
      if (!items.length) { close(); status.textContent = "No suggestions."; return; }
      items.forEach(function (s, i) {
        var li = document.createElement("li");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var name = document.createElement("span");
        name.textContent = s.label;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = (s.kind === "disease" ? "Disease" : "Symptom") + " · " + s.id;
        li.appendChild(name); li.appendChild(kind);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); window.location.href = s.url; });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = items.length + " suggestion" + (items.length === 1 ? "" : "s") + ", use the arrow keys to choose.";
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) return;
      lastQuery = q;
      if (q.length < 2) { close(); return; }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(q), { signal: controller ? controller.signal : undefined, headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) render(data); })
        .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        if (list.hidden) { lastQuery = ""; fetchSuggestions(); return; }
        e.preventDefault(); highlight(Math.min(active + 1, items.length - 1));
      } else if (e.key === "ArrowUp") {
        if (list.hidden) return;
        e.preventDefault(); highlight(Math.max(active - 1, -1));
      } else if (e.key === "Enter") {
        if (!list.hidden && active >= 0) { e.preventDefault(); window.location.href = items[active].url; }
      } else if (e.key === "Escape") {
        if (!list.hidden) { e.preventDefault(); close(); }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    if (form) form.addEventListener("submit", close);
  }

  document.querySelectorAll("input[data-suggest]").forEach(setup);
})();
