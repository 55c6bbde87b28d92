// A campaign's phases on a time axis, with a point per dated document (ECharts, served from the webjar).
(function () {
  'use strict';

  function day(iso) {
    // 2008 → 2008-01-01, 2008-11 → 2008-11-01: a document dated by month sits at the month's start
    var parts = iso.split('-');
    return new Date(Number(parts[0]), parts.length > 1 ? Number(parts[1]) - 1 : 0, parts.length > 2 ? Number(parts[2]) : 1).getTime();
  }

  function draw(el, campaign) {
    var phases = campaign.phases.map(function (p) { return p.name; });
    var spans = [];
    var points = [];
    campaign.phases.forEach(function (p, i) {
      if (p.from && p.to) {
        spans.push({name: p.name, data: [[day(p.from), i], [day(p.to) + 86400000, i]]});
      }
      p.entries.forEach(function (e) {
        if (e.date) {
          points.push({value: [day(e.date), i], id: e.id, title: e.title, date: e.date, type: e.type || ''});
        }
      });
    });
    var series = spans.map(function (s) {
      return {type: 'line', name: s.name, data: s.data, symbol: 'none', silent: true,
              lineStyle: {width: 14, opacity: 0.35}, z: 1};
    });
    series.push({type: 'scatter', name: '文档', data: points, symbolSize: 12, z: 3,
                 itemStyle: {color: '#b3261e'}});
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: {trigger: 'item', formatter: function (p) {
        if (!p.data || !p.data.title) { return ''; }
        var div = document.createElement('div');   // text only: titles are escaped by the DOM
        div.textContent = p.data.date + ' ' + p.data.title + (p.data.type ? '（' + p.data.type + '）' : '');
        return div.innerHTML;
      }},
      // the grid makes room for the phase names (containLabel), which wrap rather than run off the left edge
      grid: {left: 8, right: 24, top: 20, bottom: 40, containLabel: true},
      xAxis: {type: 'time', axisLabel: {hideOverlap: true}},
      yAxis: {type: 'category', data: phases, inverse: true,
              axisLabel: {width: Math.max(64, Math.min(180, Math.round(el.clientWidth * 0.3))), overflow: 'break'}},
      title: points.length > 0 ? {show: false} : {text: '这些文档都没有日期，无法放到时间轴上', left: 'center', top: 'middle',
        textStyle: {color: '#666', fontSize: 14, fontWeight: 'normal'}},
      series: series
    });
    chart.on('click', function (p) {
      if (p.data && p.data.id) {
        window.location.href = '/document?id=' + encodeURIComponent(p.data.id);
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-ready', String(points.length));
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('timeline');
    if (!el || typeof echarts === 'undefined') { return; }
    fetch('/api/campaigns/timeline?name=' + encodeURIComponent(el.getAttribute('data-campaign')))
      .then(function (r) { return r.json(); })
      .then(function (c) { draw(el, c); });
  });
})();
