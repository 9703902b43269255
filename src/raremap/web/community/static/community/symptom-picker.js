/* "Find a symptom" on the My symptoms page: a combobox over the checker's term suggestions
   (medical name with everyday names). Typing lists terms; Arrow keys move through them, Enter
   or a click adds the chosen one: its HPO id goes into the hidden "extra" field and it is
   listed under the box with a button to take it back. Without JavaScript the ticked list
   still works. */
(function () {
  "use strict";
  var input = document.getElementById("extra-search");
  var list = document.getElementById("extra-suggestions");
  var hidden = document.querySelector("input[name=extra]");
  var chosen = document.getElementById("extra-list");
  var status = document.getElementById("extra-status");
  if (!input || !list || !hidden || !chosen) return;
  var url = input.getAttribute("data-terms");
  var timer = null, items = [], active = -1;

  function ids() { return hidden.value.split(/\s+/).filter(Boolean); }
  function say(text) { if (status) status.textContent = text; }
  function close() {
    list.hidden = true; list.textContent = ""; items = []; active = -1;
    input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant");
  }
  function mark(i) {
    Array.prototype.forEach.call(list.children, function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
    active = i;
    if (i >= 0) { input.setAttribute("aria-activedescendant", list.children[i].id); list.children[i].scrollIntoView({ block: "nearest" }); }
  }
  function label(s) { return s.label + (s.lay && s.lay.length ? " (" + s.lay.slice(0, 2).join(", ") + ")" : ""); }

  function add(s) {
    close(); input.value = "";
    var box = document.querySelector("input[name=symptoms][value='" + s.id + "']");
    if (box) { box.checked = true; say(s.label + " is in the list above and is now ticked."); return; }
    var current = ids();
    if (current.indexOf(s.id) !== -1) { say(s.label + " is already added."); return; }
    current.push(s.id); hidden.value = current.join(" ");
    var li = document.createElement("li");
    var text = document.createElement("span"); text.textContent = label(s) + " "; li.appendChild(text);
    var code = document.createElement("span"); code.className = "id"; code.textContent = s.id; li.appendChild(code);
    var undo = document.createElement("button");
    undo.type = "button"; undo.className = "link"; undo.textContent = "Remove";
    undo.setAttribute("aria-label", "Remove " + s.label);
    undo.addEventListener("click", function () {
      hidden.value = ids().filter(function (x) { return x !== s.id; }).join(" ");
      li.remove(); say(s.label + " removed."); input.focus();
    });
    li.appendChild(document.createTextNode(" ")); li.appendChild(undo);
    chosen.appendChild(li); chosen.hidden = false;
    say(s.label + " added. Save to keep it.");
  }

  function show(data) {
    list.textContent = ""; items = data.suggestions || []; active = -1;
    if (!items.length) { close(); say("No symptom found. Try other or fewer words."); return; }
    items.forEach(function (s, i) {
      var li = document.createElement("li");
      li.id = "extra-suggestion-" + i; li.setAttribute("role", "option"); li.setAttribute("aria-selected", "false");
      li.textContent = label(s);
      var kind = document.createElement("span"); kind.className = "kind"; kind.textContent = s.id; li.appendChild(kind);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); add(s); });
      list.appendChild(li);
    });
    list.hidden = false; input.setAttribute("aria-expanded", "true");
    say(items.length + " suggestions. Use the Up and Down keys, then Enter to add one.");
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(function () {
      fetch(url + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (d) { if (input.value.trim() === q) show(d); })
        .catch(close);
    }, 150);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter") e.preventDefault();  // never submits the form half-way
    if (list.hidden) return;
    if (e.key === "ArrowDown") { e.preventDefault(); mark(Math.min(active + 1, items.length - 1)); }
    else if (e.key === "ArrowUp") { e.preventDefault(); mark(Math.max(active - 1, 0)); }
    else if (e.key === "Enter" && active >= 0) { add(items[active]); }
    else if (e.key === "Escape") { close(); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
})();
