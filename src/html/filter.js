// zhidu's HTML report: filters over the findings, and everything opened before printing.
// Without this script the page is a plain document: every finding is already in it.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.finding"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("#findings details"));
  var shown = document.getElementById("shown");
  var texts = null;
  function value(name) { return form.elements[name] ? form.elements[name].value : ""; }
  function apply() {
    var want = {
      severity: value("severity"), pack: value("pack"), unit: value("unit"),
      check: value("check"), change: value("change")
    };
    var q = value("q").trim().toLowerCase();
    if (q && !texts) { texts = rows.map(function (r) { return r.textContent.toLowerCase(); }); }
    var active = q !== "" || Object.keys(want).some(function (k) { return want[k] !== ""; });
    var count = 0;
    rows.forEach(function (row, i) {
      var ok = Object.keys(want).every(function (k) {
        return want[k] === "" || row.dataset[k] === want[k];
      }) && (q === "" || texts[i].indexOf(q) !== -1);
      row.hidden = !ok;
      if (ok) { count += 1; }
    });
    // Innermost groups first: a regulation is shown when any of its units is.
    groups.slice().reverse().forEach(function (group) {
      var visible = group.querySelectorAll("tr.finding:not([hidden])").length;
      var badge = group.querySelector(":scope > summary .count");
      if (badge) { badge.textContent = active ? visible + " / " + badge.dataset.total : badge.dataset.total; }
      group.hidden = visible === 0;
      if (active && visible > 0) { group.open = true; }
    });
    shown.textContent = count + " / " + rows.length;
  }
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("#findings details").forEach(function (d) { d.open = true; });
  });
  apply();
})();
