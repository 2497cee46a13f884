// Progressive enhancement only: every page works without this file.
// After htmx swaps a page in, move the focus as a full page load would: to the error region when
// the server refused the form (role=alert, so it is also announced), else to the main content, so
// that keyboard and screen-reader users start from the message or the new question.
document.addEventListener("htmx:afterSettle", function () {
  var target = document.querySelector(".error-box[role=alert]") || document.getElementById("main");
  if (target) { target.focus(); }
});
