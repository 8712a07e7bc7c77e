// Suggestions under the search box as you type: an enhancement only; the form works
// without it. Uses a <datalist>, so the browser draws the list and handles the keys.
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.createElement("datalist");
    var timer = null;
    var last = "";
    list.id = input.id + "-goi-y";
    input.setAttribute("list", list.id);
    input.after(list);
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = input.value.trim();
        if (text.length < 2 || text === last) { return; }
        last = text;
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(text), {credentials: "omit"})
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) {
            list.replaceChildren.apply(list, items.map(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              return option;
            }));
          })
          .catch(function () {});
      }, 200);
    });
  });
})();
