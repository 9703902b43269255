/* After the personal-data warning: the button offers "Post as it is" only while the text is
   the one that was checked; once edited it says "Check again and post" (the server checks an
   edited text again either way). */
(function () {
  "use strict";
  document.querySelectorAll("form.post-form").forEach(function (form) {
    var button = form.querySelector("button[data-unchanged]");
    var text = form.querySelector("textarea");
    if (!button || !text) return;
    var original = text.value;
    text.addEventListener("input", function () {
      button.textContent = text.value.trim() === original.trim()
        ? button.getAttribute("data-unchanged") : button.getAttribute("data-changed");
    });
  });
})();
