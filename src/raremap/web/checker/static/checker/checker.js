/* Symptom checker: suggestions for the "Add a symptom" box. Choosing one puts its HPO id in
   the box and submits the form; the server adds it to the URL state and redirects, so the
   page works the same without JavaScript. Other scripts (the "describe your symptoms" box)
   add terms the same way: a hidden input named "present" or "absent" in #checker-form. */
(function () {
  "use strict";
  // Arriving from "Rank" (the address ends in #results): move to the ranking and focus its
  // heading, so a phone shows the results and a screen reader reads them next.
  // The browser does it for the fragment; this repeats it once the page has loaded, in case
  // the layout moved the heading meanwhile.
  window.addEventListener("load", function () {
    var heading = window.location.hash === "#results" && document.getElementById("results");
    if (heading) { heading.focus({ preventScroll: true }); heading.scrollIntoView({ block: "start" }); }
  });
  var input = document.getElementById("checker-add");
  if (!input) return;
  var form = input.form, url = input.getAttribute("data-terms");
  var list = document.createElement("ul");
  list.className = "suggest-list"; list.id = "checker-suggest"; list.setAttribute("role", "listbox"); list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute("role", "combobox"); input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-autocomplete", "list"); input.setAttribute("aria-expanded", "false");
  var items = [], active = -1, timer = null;

  function close() { list.hidden = true; list.innerHTML = ""; items = []; active = -1; input.setAttribute("aria-expanded", "false"); }
  function choose(s) { input.value = s.id; close(); form.submit(); }
  function mark(i) {
    Array.prototype.forEach.call(list.children, function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
    active = i;
    if (i >= 0) input.setAttribute("aria-activedescendant", list.children[i].id);
  }
  function render(data) {
    list.innerHTML = ""; items = data.suggestions || []; active = -1;
    if (!items.length) { close(); return; }
    items.forEach(function (s, i) {
      var li = document.createElement("li");
      li.id = "checker-suggest-" + i; li.setAttribute("role", "option");
      li.textContent = s.label + (s.lay.length ? " (" + s.lay.join(", ") + ")" : "");
      var kind = document.createElement("span"); kind.className = "kind"; kind.textContent = s.id; li.appendChild(kind);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(s); });
      list.appendChild(li);
    });
    list.hidden = false; input.setAttribute("aria-expanded", "true");
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      fetch(url + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (d) { if (input.value.trim() === q) render(d); })
        .catch(function () {});
    }, 120);
  });
  input.addEventListener("keydown", function (e) {
    if (list.hidden) return;
    if (e.key === "ArrowDown") { e.preventDefault(); mark(Math.min(active + 1, items.length - 1)); }
    else if (e.key === "ArrowUp") { e.preventDefault(); mark(Math.max(active - 1, 0)); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(items[active]); }
    else if (e.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
})();
