// 问题台账：按状态统计的柱状图。数据在 #status-chart 的 data-counts 里，点击柱子按该状态筛选。
(function () {
  'use strict';
  var COLORS = { '未整改': '#b00000', '整改中': '#b7950b', '已整改': '#1e8449', '已销号': '#7f8c8d', '超期': '#d35400' };

  function draw() {
    var el = document.getElementById('status-chart');
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var counts = JSON.parse(el.dataset.counts || '{}');
    var names = Object.keys(counts);
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 12, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, hideOverlap: false } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        type: 'bar',
        data: names.map(function (n) { return { value: counts[n], itemStyle: { color: COLORS[n] || '#888' } }; }),
        label: { show: true, position: 'top' }
      }]
    });
    chart.on('click', function (params) {
      var base = el.dataset.base || '/ledger';
      var sep = base.indexOf('?') >= 0 ? '&' : '?';
      window.location.href = base + sep + 'status=' + encodeURIComponent(params.name);
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
