// "Copy link" under a story or profile: an enhancement only; the link is also shown in a
// field to select by hand. A file rather than an inline script: the Content-Security-Policy
// of public pages runs scripts from the site's own files only.
(function () {
  "use strict";
  var button = document.querySelector("[data-copy-button]");
  if (!button || !navigator.clipboard) { return; }
  var source = document.querySelector("[data-copy-source]");
  var status = document.querySelector("[data-copy-status]");
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(source.value).then(function () {
      status.textContent = status.dataset.copiedText;
    }, function () { source.select(); });
  });
})();
