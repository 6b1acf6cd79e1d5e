// HR analytics charts, drawn with ECharts from the numbers the page embeds; each chart has a table with the same numbers beside it.
window.careerLedgerCharts = (function () {
    const ink = '#1b1b1f', accent = '#0b4f9c', bad = '#a1120b', good = '#176b2c';
    const percent = value => Math.round(value * 1000) / 10;

    function chart(id, option) {
        const element = document.getElementById(id);
        if (!element) {
            return;
        }
        const instance = echarts.init(element);
        instance.setOption(Object.assign({animation: false, textStyle: {color: ink}}, option));
        window.addEventListener('resize', () => instance.resize());
    }

    function headCount(grid) {
        const cells = [];
        grid.people.forEach((row, y) => row.forEach((people, x) => cells.push([x, y, people])));
        chart('head-count-chart', {
            tooltip: {position: 'top'},
            grid: {left: 110, right: 20, top: 20, bottom: 70},
            xAxis: {type: 'category', data: grid.levels.map(level => 'Level ' + level), splitArea: {show: true}},
            yAxis: {type: 'category', data: grid.tracks, inverse: true, splitArea: {show: true}},
            visualMap: {min: 0, max: Math.max(1, ...cells.map(cell => cell[2])), calculable: true, orient: 'horizontal',
                left: 'center', bottom: 0, inRange: {color: ['#f3f4f7', accent]}},
            series: [{type: 'heatmap', data: cells, label: {show: true}}]
        });
    }

    function parity(parity) {
        const overall = percent(parity.overallRate);
        chart('parity-chart', {
            tooltip: {trigger: 'axis'},
            legend: {data: ['Promotion rate (%)', 'Median days to promotion']},
            grid: {left: 50, right: 60, top: 40, bottom: 40},
            xAxis: {type: 'category', data: parity.tracks.map(track => track.trackId), axisLabel: {interval: 0}},
            yAxis: [{type: 'value', name: '%'}, {type: 'value', name: 'days'}],
            series: [
                {name: 'Promotion rate (%)', type: 'bar', data: parity.tracks.map(track => ({
                        value: percent(track.rate), itemStyle: {color: track.rate < parity.overallRate ? bad : accent}})),
                    markLine: {symbol: 'none', data: [{yAxis: overall, name: 'overall'}], label: {position: 'insideStartTop', formatter: 'overall ' + overall + ' %'},
                        lineStyle: {color: ink, type: 'dashed'}}},
                {name: 'Median days to promotion', type: 'scatter', yAxisIndex: 1, symbolSize: 14, itemStyle: {color: good},
                    data: parity.tracks.map(track => track.medianDaysToPromotion),
                    markLine: parity.overallMedianDaysToPromotion == null ? undefined : {symbol: 'none',
                        data: [{yAxis: parity.overallMedianDaysToPromotion, name: 'overall median'}],
                        label: {position: 'insideEndTop', formatter: 'overall median ' + Math.round(parity.overallMedianDaysToPromotion) + ' days'},
                        lineStyle: {color: good, type: 'dotted'}}}
            ]
        });
    }

    function ratings(ratings, names, proficiencies) {
        const label = (assessor, i) => names[i] + (assessor.outlier === 'LENIENT' ? '\n▲ lenient' : assessor.outlier === 'SEVERE' ? '\n▼ severe' : '');
        chart('ratings-chart', {
            tooltip: {trigger: 'axis'},
            legend: {data: proficiencies.map(p => 'Rated ' + p)},
            grid: {left: 40, right: 20, top: 40, bottom: 60},
            xAxis: {type: 'category', data: ratings.assessors.map(label),
                axisLabel: {interval: 0, color: (value) => value.includes('▲') || value.includes('▼') ? bad : ink}},
            yAxis: {type: 'value', name: 'ratings', minInterval: 1},
            series: proficiencies.map(p => ({name: 'Rated ' + p, type: 'bar', stack: 'ratings',
                data: ratings.assessors.map(assessor => assessor.distribution[p] || 0)}))
        });
    }

    function completion(cycles) {
        const share = progress => progress.expected === 0 ? 0 : percent(progress.done / progress.expected);
        chart('completion-chart', {
            tooltip: {trigger: 'axis'},
            legend: {data: ['Self', 'Manager', 'Calibration']},
            grid: {left: 50, right: 20, top: 40, bottom: 40},
            xAxis: {type: 'category', data: cycles.map(cycle => cycle.name)},
            yAxis: {type: 'value', name: '%', max: 100},
            series: [['Self', 'selfAssessments'], ['Manager', 'managerAssessments'], ['Calibration', 'calibrations']]
                .map(([name, kind]) => ({name: name, type: 'bar', data: cycles.map(cycle => share(cycle[kind]))}))
        });
    }

    return {
        draw(data) {
            headCount(data.headCount);
            parity(data.parity);
            ratings(data.ratings, data.assessorNames, data.proficiencies);
            completion(data.completion);
        }
    };
})();
