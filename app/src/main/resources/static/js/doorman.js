// Doorman's pages: keyboard for the inbox. No inline script anywhere, so the Content-Security-Policy forbids it.
(function () {
  "use strict";

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("#inbox .row"));
  }

  var current = 0;

  function select(index, focus) {
    var all = rows();
    if (all.length === 0) {
      current = 0;
      return;
    }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (row, i) {
      row.classList.toggle("current", i === current);
      row.setAttribute("aria-selected", i === current ? "true" : "false");
    });
    if (focus) {
      all[current].focus();
    }
  }

  function act(kind) {
    var row = rows()[current];
    if (!row) {
      return;
    }
    var button = row.querySelector("button[data-key='" + kind + "']");
    if (button) {
      button.click();
    }
  }

  function typing(target) {
    var name = target && target.tagName;
    return name === "INPUT" || name === "TEXTAREA" || name === "SELECT" || (target && target.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (!document.getElementById("inbox") || typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.target && event.target.tagName === "BUTTON" && event.key === "Enter") {
      return;
    }
    switch (event.key) {
      case "j":
        select(current + 1, true);
        break;
      case "k":
        select(current - 1, true);
        break;
      case "a":
        act("a");
        break;
      case "d":
        act("d");
        break;
      case "Enter": {
        var row = rows()[current];
        if (row && row.dataset.href) {
          window.location.assign(row.dataset.href);
        }
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("#inbox .row");
    if (row) {
      select(rows().indexOf(row), false);
    }
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (document.getElementById("inbox")) {
      select(current, true);
      var left = rows().length;
      var empty = document.getElementById("inbox-empty");
      if (empty && left === 0) {
        empty.hidden = false;
      }
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    if (document.getElementById("inbox")) {
      select(0, false);
    }
  });
})();
