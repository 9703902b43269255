/* Live filtering of a disease page's symptom table. Without JavaScript the same box
   submits ?filter=... and the server filters the table. */
(function () {
  "use strict";
  var input = document.getElementById("symptom-filter");
  var table = document.getElementById("symptom-table");
  if (!input || !table) return;
  var status = document.getElementById("filter-status");
  var empty = document.getElementById("filter-empty");
  var total = table.querySelectorAll("tr.feature").length;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^0-9a-z]+/g, " ").trim();
  }

  function apply() {
    var words = fold(input.value).split(" ").filter(Boolean);
    var shown = 0;
    table.querySelectorAll("tbody").forEach(function (group) {
      var inGroup = 0;
      group.querySelectorAll("tr.feature").forEach(function (row) {
        var text = fold(row.getAttribute("data-text"));
        var ok = words.every(function (w) { return text.indexOf(w) !== -1; });
        row.hidden = !ok;
        if (ok) inGroup++;
      });
      group.hidden = inGroup === 0;
      shown += inGroup;
    });
    table.hidden = shown === 0;
    if (empty) empty.hidden = shown !== 0;
    if (status) status.textContent = words.length ? "Showing " + shown + " of " + total + " symptoms." : "";
  }

  input.addEventListener("input", apply);
  if (input.value) apply();
})();
