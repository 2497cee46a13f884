// Progressive enhancement only: every page works without this file.
// After htmx swaps a page in, move the focus as a full page load would: to the error region when
// the server refused the form (role=alert, so it is also announced), else to the confirmation of
// what was just done (role=status, read when it takes the focus), else to the main content, so
// that keyboard and screen-reader users start from the message or the new question.
document.addEventListener("htmx:afterSettle", function () {
  var target = document.querySelector(".error-box[role=alert]") ||
    document.querySelector(".confirmation[role=status]") || document.getElementById("main");
  if (target) { target.focus(); }
});

// "Copier le texte de l'e-mail": the button exists only where this file runs; the plain text is
// copied as shown, and the status beside it says so (announced: role=status).
function showCopyButtons() {
  document.querySelectorAll("button[data-copy]").forEach(function (button) { button.hidden = false; });
}
document.addEventListener("DOMContentLoaded", showCopyButtons);
document.addEventListener("htmx:afterSettle", showCopyButtons);
document.addEventListener("click", function (event) {
  var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
  if (!button) { return; }
  var source = document.getElementById(button.getAttribute("data-copy"));
  var status = button.parentNode.querySelector(".copy-status");
  if (!source) { return; }
  var done = function () { if (status) { status.textContent = button.getAttribute("data-copied"); } };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(source.value).then(done, function () { source.select(); });
  } else {
    source.select();
  }
});
