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
      if (i === current) {
        row.setAttribute("aria-current", "true");
      } else {
        row.removeAttribute("aria-current");
      }
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

  // A decided row is swapped or taken out of the list: keep the place, and say so when the list is empty.
  function changed() {
    select(current, true);
    var empty = document.getElementById("inbox-empty");
    if (empty) {
      empty.hidden = rows().length > 0;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var inbox = document.getElementById("inbox");
    if (inbox) {
      select(0, false);
      new MutationObserver(changed).observe(inbox, { childList: true });
    }
  });
})();
