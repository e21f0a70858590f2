// Draws the dashboard's charts from /dashboard/data with ECharts; the figures are on the page as text as well.
(function () {
  "use strict";
  var palette = ["#1f5f66", "#e0a526", "#3f8f6b", "#8a6bb8", "#c2573a", "#6b7f99", "#b7a58a"];

  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element || !window.echarts) {
      return null;
    }
    var instance = window.echarts.init(element, null, { renderer: "svg" });
    option.color = palette;
    option.textStyle = { fontFamily: "system-ui, sans-serif" };
    option.animation = false;
    instance.setOption(option);
    window.addEventListener("resize", function () { instance.resize(); });
    return instance;
  }

  function pie(id, slices) {
    chart(id, {
      tooltip: { trigger: "item" },
      legend: { bottom: 0 },
      series: [{
        type: "pie", radius: ["45%", "70%"], center: ["50%", "45%"], label: { show: false },
        data: slices.map(function (s) { return { name: s.label, value: s.value }; })
      }]
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var charts = document.getElementById("charts");
    if (!charts) {
      return;
    }
    fetch(charts.dataset.source, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        chart("chart-weeks", {
          tooltip: { trigger: "axis" },
          legend: { bottom: 0, type: "scroll" },
          grid: { left: 30, right: 10, top: 10, bottom: 60 },
          xAxis: { type: "category", data: data.weeks, axisLabel: { fontSize: 10 } },
          yAxis: { type: "value", minInterval: 1 },
          series: data.perWeek.map(function (s) {
            return { name: s.label, type: "bar", stack: "all", data: s.data, barMaxWidth: 28 };
          })
        });
        pie("chart-outcomes", data.outcomes);
        pie("chart-about", data.aboutMe);
        pie("chart-questions", data.questions);
        charts.setAttribute("data-drawn", "true");
      });
  });
})();
