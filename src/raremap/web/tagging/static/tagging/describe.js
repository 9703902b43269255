/* "Describe your symptoms": text -> editable term chips (present / absent) -> ranking.
   Enhances every [data-describe] box; without JavaScript its form goes to /tagging/.
   The terms come from the JSON API (data-api: POST /api/v1/text-to-terms).
   Before navigating to the checker it dispatches a cancelable "raremap:terms" event
   ({present: [...], absent: [...]}) so a page can take the terms itself. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  function enc(id) { return encodeURIComponent(id).replace(/%3A/gi, ":"); }

  function splitIds(value) {
    return (value || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function setup(box) {
    var api = box.getAttribute("data-api");
    var checker = box.getAttribute("data-checker") || "/checker/";
    var form = box.querySelector("form");
    var textarea = form.querySelector("textarea");
    var result = box.querySelector(".describe-result");
    var chips = box.querySelector(".chips");
    var questions = box.querySelector(".questions");
    var empty = box.querySelector(".describe-empty");
    var rankButton = box.querySelector(".describe-rank");
    var errorBox = box.querySelector(".describe-error");
    var language = box.querySelector(".describe-language");
    var terms = [];  // {hpo, label, words, negated}

    function state() {
      var present = [], absent = [];
      terms.forEach(function (t) { (t.negated ? absent : present).push(t.hpo); });
      return { present: present, absent: absent };
    }

    function render() {
      chips.innerHTML = "";
      terms.forEach(function (t, i) {
        var li = el("li", { "class": "chip" + (t.negated ? " absent" : "") });
        var toggle = el("button", { type: "button", "class": "chip-toggle", "aria-pressed": t.negated ? "false" : "true",
          "aria-label": t.label + (t.negated ? ": you do not have this. Click if you do." : ": you have this. Click if you do not.") });
        toggle.appendChild(el("span", { "class": "chip-state" }, t.negated ? "I do not have" : "I have"));
        toggle.appendChild(el("span", { "class": "chip-label" }, t.label));
        if (t.words) toggle.appendChild(el("span", { "class": "chip-words" }, "“" + t.words + "”"));
        toggle.addEventListener("click", function () { t.negated = !t.negated; render(); focusChip(i, ".chip-toggle"); });
        var remove = el("button", { type: "button", "class": "chip-remove", "aria-label": "Remove " + t.label }, "×");
        remove.addEventListener("click", function () { terms.splice(i, 1); render(); focusChip(Math.min(i, terms.length - 1), ".chip-remove"); });
        li.appendChild(toggle);
        li.appendChild(remove);
        chips.appendChild(li);
      });
      rankButton.disabled = terms.length === 0;
    }

    function focusChip(i, selector) {
      var li = chips.children[i];
      if (li) li.querySelector(selector).focus(); else textarea.focus();
    }

    function add(term) {
      var existing = terms.filter(function (t) { return t.hpo === term.hpo; })[0];
      if (existing) { existing.negated = term.negated; } else { terms.push(term); }
      render();
    }

    function renderQuestions(list) {
      questions.innerHTML = "";
      list.forEach(function (q) {
        var fs = el("fieldset");
        fs.appendChild(el("legend", {}, "Which of these do you mean by “" + q.phrase + "”?"));
        q.choices.forEach(function (c) {
          var b = el("button", { type: "button", "class": "choice-add", "aria-pressed": "false" });
          b.appendChild(el("strong", {}, c.label));
          if (c.lay_names && c.lay_names.length) b.appendChild(document.createTextNode(" (" + c.lay_names.join(", ") + ")"));
          if (c.definition) b.appendChild(el("span", { "class": "choice-def" }, c.definition));
          b.addEventListener("click", function () {
            var on = b.getAttribute("aria-pressed") !== "true";
            b.setAttribute("aria-pressed", on ? "true" : "false");
            if (on) add({ hpo: c.hpo, label: c.label, words: q.phrase, negated: false });
            else { terms = terms.filter(function (t) { return t.hpo !== c.hpo; }); render(); }
          });
          fs.appendChild(b);
        });
        questions.appendChild(fs);
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      errorBox.hidden = true;
      var text = textarea.value;
      if (!text.trim()) { textarea.focus(); return; }
      fetch(api, { method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" },
                   body: JSON.stringify({ text: text }), credentials: "same-origin" })
        .then(function (r) { return r.json().then(function (data) { return { ok: r.ok, data: data }; }); })
        .then(function (res) {
          // Failures come as {"error": {"code", "message"}} (the API's one error shape).
          if (!res.ok) throw new Error((res.data.error && res.data.error.message) || "Something went wrong.");
          res.data.terms.forEach(function (t) {
            add({ hpo: t.hpo, label: t.label, words: text.slice(t.start, t.end), negated: t.negated });
          });
          renderQuestions(res.data.questions);
          // Not (all) English: say so, since the tagger reads English only.
          language.textContent = res.data.language ? res.data.language.notice : "";
          language.hidden = !res.data.language;
          result.hidden = false;
          empty.hidden = res.data.terms.length > 0 || res.data.questions.length > 0;
          var foreign = res.data.language && !res.data.language.partly;
          empty.textContent = foreign ? empty.dataset.foreign : empty.dataset.english;
        })
        .catch(function (err) {
          errorBox.textContent = err.message || "We could not reach the server. Please try again.";
          errorBox.hidden = false;
        });
    });

    rankButton.addEventListener("click", function () {
      var s = state();
      var event = new CustomEvent("raremap:terms", { detail: s, bubbles: true, cancelable: true });
      if (!box.dispatchEvent(event)) return;  // the page took the terms itself
      // On the checker itself, keep its state (terms, onset, sex, method) and add the new terms.
      var here = new URLSearchParams(window.location.pathname === checker ? window.location.search : "");
      var present = [], absent = [];
      here.getAll("present").forEach(function (v) { present = present.concat(splitIds(v)); });
      here.getAll("absent").forEach(function (v) { absent = absent.concat(splitIds(v)); });
      s.present.forEach(function (h) { if (present.indexOf(h) < 0) present.push(h); absent = absent.filter(function (a) { return a !== h; }); });
      s.absent.forEach(function (h) { if (absent.indexOf(h) < 0 && present.indexOf(h) < 0) absent.push(h); });
      var params = [];
      here.forEach(function (value, key) {
        if (key !== "present" && key !== "absent" && key !== "add" && key !== "add_as" && value) {
          params.push(encodeURIComponent(key) + "=" + encodeURIComponent(value));
        }
      });
      if (present.length) params.push("present=" + present.map(enc).join(","));
      if (absent.length) params.push("absent=" + absent.map(enc).join(","));
      // "#results": the checker moves to the ranking (on a phone it starts far down the page).
      window.location.href = checker + (params.length ? "?" + params.join("&") : "") + "#results";
    });
  }

  document.querySelectorAll("[data-describe]").forEach(setup);
})();
