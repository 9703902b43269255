/* Adds symptoms outside the disease's list: search with /search/suggest, click a term to add
   its HPO id to the hidden "extra" field. Without JavaScript the ticked list still works. */
(function () {
  "use strict";
  var input = document.getElementById("extra-search");
  var list = document.getElementById("extra-suggestions");
  var hidden = document.querySelector("input[name=extra]");
  if (!input || !list || !hidden) return;
  var url = input.getAttribute("data-suggest-terms");
  var timer = null;

  function add(id, label) {
    var ids = hidden.value.split(/\s+/).filter(Boolean);
    if (ids.indexOf(id) === -1) ids.push(id);
    hidden.value = ids.join(" ");
    var chosen = document.getElementById("extra-list");
    if (!chosen) {
      chosen = document.createElement("ul");
      chosen.id = "extra-list";
      input.parentNode.insertBefore(chosen, input.previousElementSibling);
    }
    var li = document.createElement("li");
    li.textContent = label + " (" + id + ")";
    chosen.appendChild(li);
    list.textContent = "";
    input.value = "";
  }

  function show(data) {
    list.textContent = "";
    (data.suggestions || []).filter(function (s) { return s.kind === "term"; }).forEach(function (s) {
      var li = document.createElement("li");
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = s.label;
      b.addEventListener("click", function () { add(s.id, s.label); });
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) { list.textContent = ""; return; }
    timer = setTimeout(function () {
      fetch(url + "?q=" + encodeURIComponent(q) + "&limit=10", {headers: {"Accept": "application/json"}})
        .then(function (r) { return r.ok ? r.json() : {suggestions: []}; })
        .then(show)
        .catch(function () { list.textContent = ""; });
    }, 200);
  });
  input.addEventListener("keydown", function (e) { if (e.key === "Enter") e.preventDefault(); });
})();
