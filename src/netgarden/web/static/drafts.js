// The draft page (issue 14): "Copy to clipboard" copies the preview's text.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) { return; }
  var source = document.querySelector(button.dataset.copy);
  var said = document.getElementById("copy-said");
  if (!source || !navigator.clipboard) { said.textContent = "Select the text and copy it."; return; }
  navigator.clipboard.writeText(source.textContent).then(
    function () { said.textContent = "Copied."; },
    function () { said.textContent = "Select the text and copy it."; }
  );
});
