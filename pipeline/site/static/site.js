// The review site's only script: sorting and filtering tables, the side panel, kind toggles.
// Everything works from the file system; nothing is fetched.
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    var numeric = a !== "" && b !== "" && !isNaN(x) && !isNaN(y) &&
      String(x) === a.replace(/\.0+$/, "") && String(y) === b.replace(/\.0+$/, "");
    if (numeric) { return x - y; }
    if (a === "" && b !== "") { return 1; }
    if (b === "" && a !== "") { return -1; }
    return a.localeCompare(b);
  }

  function makeSortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, index) {
      th.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c = compare(cellValue(r1, index), cellValue(r2, index));
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function setUpFilters() {
    var table = document.getElementById("reports");
    var input = document.getElementById("filter");
    if (!table || !input) { return; }
    var selects = document.querySelectorAll(".filters select");
    var count = document.getElementById("shown-count");
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var ok = words.every(function (w) { return text.indexOf(w) >= 0; });
        Array.prototype.forEach.call(selects, function (s) {
          if (!s.value) { return; }
          var cell = row.querySelector('td[data-col="' + s.getAttribute("data-col") + '"]');
          var value = cell ? cell.textContent.trim().split(/\s+/)[0] : "";
          if (value !== s.value) { ok = false; }
        });
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      count.textContent = shown + " of " + table.tBodies[0].rows.length + " shown";
    }
    input.addEventListener("input", apply);
    Array.prototype.forEach.call(selects, function (s) { s.addEventListener("change", apply); });
    apply();
  }

  function setUpPanel() {
    var dataNode = document.getElementById("rows-data");
    var panel = document.getElementById("panel");
    var text = document.getElementById("text");
    if (!dataNode || !panel || !text) { return; }
    var rows = JSON.parse(dataNode.textContent);
    var selected = null;

    function owner(node) {
      var el = node.closest ? node.closest(".hl") : null;
      if (!el) { return null; }
      if (el.hasAttribute("data-part-of")) {
        var part = el.getAttribute("data-part-of").split(" ");
        return document.getElementById("hl-" + part[0] + "-" + part[1]);
      }
      return el;
    }

    function show(el) {
      var id = el.getAttribute("data-table") + ":" + el.getAttribute("data-row");
      var row = rows[id];
      if (!row) { return; }
      panel.textContent = "";
      var h = document.createElement("h3");
      h.textContent = row.kind + " " + row.key;
      panel.appendChild(h);
      var table = document.createElement("table");
      row.fields.forEach(function (f) {
        if (f[1] === "") { return; }
        var tr = table.insertRow();
        var th = document.createElement("th");
        th.textContent = f[0];
        tr.appendChild(th);
        tr.insertCell().textContent = f[1];
      });
      panel.appendChild(table);
      if (row.evaluation) {
        var p = document.createElement("p");
        p.className = "eval";
        p.textContent = "Evaluation: " + row.evaluation;
        panel.appendChild(p);
      }
      var a = document.createElement("a");
      a.href = "#row-" + el.getAttribute("data-table") + "-" + el.getAttribute("data-row");
      a.textContent = "its row in the table below";
      panel.appendChild(a);
    }

    function select(el) {
      if (selected) { selected.classList.remove("selected"); }
      selected = el;
      el.classList.add("selected");
      show(el);
    }

    text.addEventListener("mouseover", function (e) {
      var el = owner(e.target);
      if (el && !selected) { show(el); }
    });
    document.addEventListener("click", function (e) {
      var el = owner(e.target);
      if (el) { select(el); }
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && document.activeElement) {
        var el = owner(document.activeElement);
        if (el) { select(el); }
      }
    });
    if (location.hash.indexOf("#hl-") === 0) {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) { select(target); }
    }
  }

  function setUpLegend() {
    Array.prototype.forEach.call(document.querySelectorAll(".legend input[data-kind]"), function (box) {
      box.addEventListener("change", function () {
        document.body.classList.toggle("hide-" + box.getAttribute("data-kind"), !box.checked);
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), makeSortable);
  setUpFilters();
  setUpPanel();
  setUpLegend();
}());
