// Progressive enhancement only: every page works without this file.
// After htmx swaps a page in, move the focus to the main content so that keyboard and screen-reader
// users start from the new question, as they would after a full page load.
document.addEventListener("htmx:afterSettle", function () {
  var main = document.getElementById("main");
  if (main) { main.focus(); }
});
