/*
 * Draws the audit dashboard's charts with Apache ECharts from the figures the server put in the page
 * (<script type="application/json" id="auditor-chart-data">). The same figures are in the tables under each
 * chart, so nothing is lost without JavaScript. A bar or slice that has a drill-down link opens it on click.
 */
(function () {
  'use strict';

  var source = document.getElementById('auditor-chart-data');
  if (!source || typeof window.echarts === 'undefined') {
    return;
  }
  var data;
  try {
    data = JSON.parse(source.textContent);
  } catch (unreadable) {
    return;
  }
  var charts = [];

  function draw(id, option) {
    var container = document.getElementById(id);
    if (!container) {
      return;
    }
    container.classList.add('chart-drawn');
    var chart = window.echarts.init(container, null, { renderer: 'svg' });
    chart.setOption(option);
    chart.on('click', function (params) {
      var href = params.data && params.data.href;
      if (href) {
        window.location.assign(href);
      }
    });
    charts.push(chart);
  }

  function bars(chart, horizontal) {
    var category = { type: 'category', data: chart.categories, axisLabel: { interval: 0, hideOverlap: true } };
    var value = chart.percent
      ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }
      : { type: 'value', minInterval: 1 };
    return {
      aria: { enabled: true, label: { description: chart.label } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: chart.series.length > 1 ? { top: 0 } : undefined,
      grid: { left: 8, right: 32, top: chart.series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: chart.series.map(function (series) {
        return { type: 'bar', name: series.name, data: series.data, cursor: 'pointer' };
      })
    };
  }

  if (data.spend && data.spend.categories.length) {
    draw('chart-spend', bars(data.spend, false));
  }
  if (data.singleBid && data.singleBid.slices.some(function (slice) { return slice.value > 0; })) {
    draw('chart-single-bid', {
      aria: { enabled: true, label: { description: data.singleBid.label } },
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [{
        type: 'pie', radius: ['40%', '70%'], data: data.singleBid.slices, cursor: 'pointer',
        label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' }
      }]
    });
  }
  if (data.flags && data.flags.categories.length) {
    draw('chart-flags', bars(data.flags, false));
  }
  if (data.concentration && data.concentration.categories.length) {
    draw('chart-concentration', bars(data.concentration, true));
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
