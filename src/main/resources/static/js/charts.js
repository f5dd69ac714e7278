// Renders every <canvas data-chart="bar|line|doughnut" data-labels="a|b" data-values="1|2" [data-label="..."]>;
// with data-links="/url-a|/url-b" a click on a bar or slice opens the list behind it (drill-down).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  // numbers on axes and tooltips in the page's language, as the cards write them (3.000 in Indonesian, 3,000 in English)
  var locale = document.documentElement.lang === 'en' ? 'en-US' : 'id-ID';
  var palette = ['#0b5d4b', '#2a9d8f', '#e9c46a', '#f4a261', '#e76f51', '#264653', '#8ab17d', '#6c757d'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var labels = (canvas.dataset.labels || '').split('|');
    var series = (canvas.dataset.series || canvas.dataset.values || '').split(';').map(function (s) {
      return s.split('|').map(Number);
    });
    var names = (canvas.dataset.seriesNames || canvas.dataset.label || '').split('|');
    var type = canvas.dataset.chart;
    var counts = series.every(function (values) { return values.every(Number.isInteger); });
    var links = (canvas.dataset.links || '').split('|');
    new Chart(canvas, {
      type: type,
      data: {
        labels: labels,
        datasets: series.map(function (values, i) {
          return {
            label: names[i] || '',
            data: values,
            backgroundColor: type === 'doughnut' ? palette : palette[i % palette.length],
            borderColor: type === 'line' ? palette[i % palette.length] : undefined
          };
        })
      },
      options: {
        locale: locale,
        responsive: true,
        onClick: function (event, elements) {
          if (elements.length && links[elements[0].index]) { window.location.href = links[elements[0].index]; }
        },
        onHover: function (event, elements) {
          if (event.native) { event.native.target.style.cursor = elements.length && links[elements[0].index] ? 'pointer' : 'default'; }
        },
        plugins: { legend: { display: type === 'doughnut' || series.length > 1 } },
        scales: type === 'doughnut' ? {} : { y: { beginAtZero: true, ticks: counts ? { precision: 0 } : {} } }
      }
    });
  });
})();
