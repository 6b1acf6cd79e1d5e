// Draws every element's data-chart (an ECharts option built by the server); the page says the same in a table.
document.querySelectorAll('[data-chart]').forEach(function (element) {
    var chart = echarts.init(element, null, {renderer: 'svg'});
    chart.setOption(JSON.parse(element.dataset.chart));
    window.addEventListener('resize', function () { chart.resize(); });
});
