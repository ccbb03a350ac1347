/* Assay report page: draws every chart from its embedded JSON option with ECharts (SVG). */
(function () {
  'use strict';

  /* Whiskers with end caps for series marked "assayRender": "errorbar"; item = [index, low, high]. */
  function errorBar(horizontal) {
    return function (params, api) {
      var at = api.value(0), low = api.value(1), high = api.value(2);
      var a = horizontal ? api.coord([low, at]) : api.coord([at, low]);
      var b = horizontal ? api.coord([high, at]) : api.coord([at, high]);
      var band = horizontal ? api.size([0, 1])[1] : api.size([1, 0])[0];
      var half = Math.max(3, Math.min(8, band * 0.18));
      var segments = horizontal
        ? [[a[0], a[1], b[0], b[1]], [a[0], a[1] - half, a[0], a[1] + half], [b[0], b[1] - half, b[0], b[1] + half]]
        : [[a[0], a[1], b[0], b[1]], [a[0] - half, a[1], a[0] + half, a[1]], [b[0] - half, b[1], b[0] + half, b[1]]];
      var style = { stroke: api.visual('color'), lineWidth: 1.5, fill: null };
      return {
        type: 'group',
        children: segments.map(function (s) {
          return { type: 'line', shape: { x1: s[0], y1: s[1], x2: s[2], y2: s[3] }, style: style };
        })
      };
    };
  }

  /* On a narrow screen, category labels may take at most 35% of the chart's width. */
  function fitLabels(option, width) {
    var most = Math.max(72, Math.floor(width * 0.35));
    [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
      if (axis.axisLabel && axis.axisLabel.width > most) {
        axis.axisLabel.width = most;
      }
    });
  }

  function prepare(option, width) {
    (option.series || []).forEach(function (series) {
      if (series.assayRender === 'errorbar') {
        series.renderItem = errorBar(series.assayHorizontal === true);
      }
    });
    fitLabels(option, width);
    return option;
  }

  var charts = [];
  var containers = document.querySelectorAll('[data-assay-chart]');
  Array.prototype.forEach.call(containers, function (el) {
    try {
      var source = document.getElementById(el.getAttribute('data-assay-chart'));
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(prepare(JSON.parse(source.textContent), el.clientWidth));
      charts.push(chart);
      el.setAttribute('data-assay-drawn', 'true');
    } catch (e) {
      el.textContent = 'This chart could not be drawn; its data is in the table below.';
      el.className += ' chart-error';
      console.error('assay chart ' + el.id + ': ' + e);
    }
  });

  /* 'auto': back to the container's size, also after a fixed print width was set. */
  function resizeAll() {
    charts.forEach(function (c) { c.resize({ width: 'auto', height: 'auto' }); });
  }
  window.addEventListener('resize', resizeAll);

  /* Print: open every data table and fit the charts to the paper (A4 or Letter, portrait,
     default margins: about 720 CSS pixels); restore both afterwards. */
  var PRINT_WIDTH = 680;
  var opened = [];
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details:not([open])'), function (d) {
      d.open = true;
      opened.push(d);
    });
    charts.forEach(function (c) {
      c.resize({ width: Math.min(PRINT_WIDTH, c.getDom().clientWidth) });
      /* ECharts repaints on the next animation frame, which never comes before the page is
         printed: paint now. */
      c.getZr().refreshImmediately();
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
    resizeAll();
  });

  window.assayReportReady = true;
})();
