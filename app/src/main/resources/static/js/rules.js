// The strategy page's rule editor: the rules of the strategy file as rows (order, conditions, action), written back to
// the file's text so that the plain-words preview and saving work on exactly what is shown.
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    var textarea = document.getElementById("rules");
    var editor = document.getElementById("rule-editor");
    if (!textarea || !editor) {
      return;
    }
    var text = editor.dataset;
    var strategy = null;
    var writing = false;

    function read() {
      try {
        var parsed = JSON.parse(textarea.value);
        return parsed && Array.isArray(parsed.rules) ? parsed : null;
      } catch (e) {
        return null;
      }
    }

    function write() {
      writing = true;
      textarea.value = JSON.stringify(strategy, null, 2);
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
      writing = false;
    }

    function list(value) {
      return value.split(",").map(function (s) { return s.trim(); }).filter(function (s) { return s.length > 0; });
    }

    function labelled(control, label) {
      var wrap = document.createElement("label");
      wrap.className = "rule-field";
      var span = document.createElement("span");
      span.textContent = label;
      wrap.appendChild(span);
      wrap.appendChild(control);
      return wrap;
    }

    function button(label, name, action) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "small";
      b.textContent = label;
      b.setAttribute("aria-label", name);
      b.addEventListener("click", action);
      return b;
    }

    function row(rule, index) {
      var item = document.createElement("li");
      item.className = "rule";
      var when = rule.when || (rule.when = {});
      var name = rule.id || String(index + 1);

      var id = document.createElement("input");
      id.value = rule.id || "";
      id.addEventListener("input", function () { rule.id = id.value; write(); });
      item.appendChild(labelled(id, text.id));

      var categories = document.createElement("input");
      categories.value = (when.categories || []).join(", ");
      categories.addEventListener("input", function () {
        var values = list(categories.value);
        if (values.length) { when.categories = values; } else { delete when.categories; }
        write();
      });
      item.appendChild(labelled(categories, text.categories));

      var signals = document.createElement("input");
      signals.value = (when.signals || []).join(", ");
      signals.addEventListener("input", function () {
        var values = list(signals.value);
        if (values.length) { when.signals = values; } else { delete when.signals; }
        write();
      });
      item.appendChild(labelled(signals, text.signals));

      var action = document.getElementById("rule-actions").cloneNode(true);
      action.removeAttribute("id");
      action.hidden = false;
      action.value = rule.action;
      var meetings = document.createElement("input");
      meetings.type = "number";
      meetings.min = "1";
      meetings.max = "10";
      meetings.value = rule.meetings || 2;
      var meetingsField = labelled(meetings, text.meetings);
      meetingsField.hidden = rule.action !== "invite_to_event";
      action.addEventListener("change", function () {
        rule.action = action.value;
        if (rule.action === "invite_to_event") { rule.meetings = Number(meetings.value) || 2; } else { delete rule.meetings; }
        meetingsField.hidden = rule.action !== "invite_to_event";
        write();
      });
      meetings.addEventListener("input", function () { rule.meetings = Number(meetings.value) || 2; write(); });
      item.appendChild(labelled(action, text.action));
      item.appendChild(meetingsField);

      var moves = document.createElement("div");
      moves.className = "actions";
      moves.appendChild(button("↑", text.up + " " + name, function () { move(index, -1); }));
      moves.appendChild(button("↓", text.down + " " + name, function () { move(index, 1); }));
      moves.appendChild(button(text.remove, text.remove + " " + name, function () {
        strategy.rules.splice(index, 1);
        write();
        render();
      }));
      item.appendChild(moves);
      return item;
    }

    function move(index, by) {
      var to = index + by;
      if (to < 0 || to >= strategy.rules.length) {
        return;
      }
      var rule = strategy.rules.splice(index, 1)[0];
      strategy.rules.splice(to, 0, rule);
      write();
      render();
    }

    function render() {
      strategy = read();
      editor.textContent = "";
      if (!strategy) {
        var note = document.createElement("p");
        note.className = "small muted";
        note.textContent = text.invalid;
        editor.appendChild(note);
        return;
      }
      var rules = document.createElement("ol");
      rules.className = "rules";
      strategy.rules.forEach(function (rule, index) { rules.appendChild(row(rule, index)); });
      editor.appendChild(rules);
      editor.appendChild(button(text.add, text.add, function () {
        strategy.rules.push({ id: "rule-" + (strategy.rules.length + 1), when: {}, action: "review" });
        write();
        render();
      }));
    }

    textarea.addEventListener("input", function () {
      if (!writing) {
        render();
      }
    });
    render();
  });
})();
