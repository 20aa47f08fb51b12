// Yiwang UI system: progressive enhancement only. Every page works without this file (static server rendering);
// with it, the navigation folds on phones, menus close when you click elsewhere, pickers suggest as you type, the
// first error gets focus, and charts are drawn with ECharts (loaded from this host only on pages that have charts).
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');
  var english = (root.lang || '').toLowerCase().indexOf('en') === 0;

  // ---- header: one menu button on narrow screens; dropdown groups close on outside click and Escape ----
  function initHeader() {
    var header = document.querySelector('.yw-header');
    if (!header) return;
    var toggle = header.querySelector('.yw-menu-toggle');
    if (toggle) {
      toggle.addEventListener('click', function () {
        var open = header.classList.toggle('is-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
    }
    var groups = Array.prototype.slice.call(document.querySelectorAll('.yw-nav__group, .yw-user'));
    groups.forEach(function (group) {
      group.addEventListener('toggle', function () {
        if (!group.open) return;
        groups.forEach(function (other) { if (other !== group) other.open = false; });
      });
    });
    document.addEventListener('click', function (event) {
      groups.forEach(function (group) { if (group.open && !group.contains(event.target)) group.open = false; });
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') return;
      groups.forEach(function (group) {
        if (group.open) { group.open = false; var s = group.querySelector('summary'); if (s) s.focus(); }
      });
    });
  }

  // ---- forms: focus the error summary after a failed post, so keyboard and screen-reader users land on it ----
  function initForms() {
    var summary = document.querySelector('[data-yw-focus]');
    if (summary) summary.focus();
  }

  // ---- pickers: region and industry suggestions from the public reference API as the user types ----
  function initPickers() {
    Array.prototype.forEach.call(document.querySelectorAll('input[data-yw-picker]'), function (input) {
      var list = document.getElementById(input.getAttribute('list'));
      if (!list) return;
      var timer = null;
      var last = '';
      input.addEventListener('input', function () {
        var q = input.value.trim();
        if (q === last || q.length === 0 || q.indexOf(' · ') >= 0) return;
        last = q;
        clearTimeout(timer);
        timer = setTimeout(function () {
          var url = '/api/v1/' + input.dataset.ywPicker + '?limit=30&q=' + encodeURIComponent(q);
          if (input.dataset.ywWithin) url += '&within=' + encodeURIComponent(input.dataset.ywWithin);
          if (input.dataset.ywLevel) url += '&level=' + encodeURIComponent(input.dataset.ywLevel);
          fetch(url, { headers: { 'Accept': 'application/json', 'Accept-Language': english ? 'en' : 'zh-CN' } })
            .then(function (r) { return r.ok ? r.json() : []; })
            .then(function (rows) {
              list.textContent = '';
              rows.forEach(function (row) {
                var option = document.createElement('option');
                option.value = row.display;
                list.appendChild(option);
              });
            })
            .catch(function () { /* suggestions are a convenience; the typed text still resolves on the server */ });
        }, 150);
      });
    });
  }

  // ---- charts: ECharts from this host, options built from the spec the server rendered into data-yw-spec ----
  var palette = ['#1849a9', '#e07b00', '#05603a', '#b42318', '#6941c6', '#0e7490', '#93370d', '#475467'];
  var loading = {};

  function loadScript(src) {
    if (!loading[src]) {
      loading[src] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = src;
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading[src];
  }

  function formatter(spec) {
    var nf = new Intl.NumberFormat(english ? 'en-GB' : 'zh-CN', { minimumFractionDigits: spec.decimals, maximumFractionDigits: spec.decimals });
    return function (v) {
      if (v === null || v === undefined || v === '-' || isNaN(v)) return english ? 'no data' : '无数据';
      return nf.format(v) + (spec.unit ? (english ? ' ' : '') + spec.unit : '');
    };
  }

  function axisFormatter(spec) {
    var nf = new Intl.NumberFormat(english ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2, notation: 'compact' });
    return function (v) { return nf.format(v); };
  }

  var textStyle = { fontFamily: getComputedStyle(document.body).fontFamily, fontSize: 13, color: '#1b2430' };

  function categoryOptions(spec) {
    var fmt = formatter(spec);
    var horizontal = spec.kind === 'horizontal-bar';
    var valueAxis = {
      type: 'value', name: spec.unit || '', nameTextStyle: { color: '#515d6b', fontSize: 13 },
      axisLabel: { formatter: axisFormatter(spec), fontSize: 13, color: '#515d6b' },
      splitLine: { lineStyle: { color: '#e4e9ef' } }
    };
    var categoryAxis = {
      type: 'category', data: spec.categories, axisTick: { alignWithLabel: true },
      axisLabel: { fontSize: 13, color: '#1b2430', hideOverlap: true, width: horizontal ? 110 : undefined, overflow: 'truncate' },
      axisLine: { lineStyle: { color: '#aab6c3' } }
    };
    var series = spec.series.map(function (s, i) {
      var out = {
        name: s.name, type: spec.kind === 'line' ? 'line' : 'bar', data: s.values,
        itemStyle: { color: s.color || palette[i % palette.length] },
        stack: spec.stacked ? 'total' : undefined, barMaxWidth: 36, symbolSize: 7, connectNulls: false,
        emphasis: { focus: 'series' }
      };
      if (spec.series.length === 1 && spec.kind !== 'line' && spec.categories.length <= 16) {
        out.label = { show: true, position: horizontal ? 'right' : 'top', formatter: function (p) { return fmt(p.value).replace(spec.unit || '\u0000', ''); }, fontSize: 13, color: '#1b2430' };
      }
      if (i === 0 && spec.target) {
        out.markLine = {
          symbol: 'none', silent: true, lineStyle: { color: '#b42318', type: 'dashed' },
          label: { formatter: spec.target.label, color: '#b42318', fontSize: 13, position: 'insideEndTop' },
          data: [horizontal ? { xAxis: spec.target.value } : { yAxis: spec.target.value }]
        };
      }
      return out;
    });
    return {
      textStyle: textStyle, animation: false, color: palette,
      aria: { enabled: true },
      grid: { left: 8, right: horizontal ? 56 : 16, top: spec.series.length > 1 ? 40 : 28, bottom: 8, containLabel: true },
      legend: spec.series.length > 1 ? { top: 0, textStyle: { fontSize: 13 } } : undefined,
      tooltip: { trigger: 'axis', axisPointer: { type: spec.kind === 'line' ? 'line' : 'shadow' }, valueFormatter: fmt, textStyle: { fontSize: 13 } },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? Object.assign({}, categoryAxis, { inverse: true }) : valueAxis,
      series: series
    };
  }

  function mapOptions(spec) {
    var fmt = formatter(spec);
    var geo = window.echarts.getMap('china');
    var byId = {};
    if (geo && geo.geoJSON) geo.geoJSON.features.forEach(function (f) { byId[f.id] = f.properties.name; });
    var values = spec.values.filter(function (v) { return v.value !== null; }).map(function (v) { return v.value; });
    var max = values.length ? Math.max.apply(null, values) : 1;
    var nameMap = {};
    var data = spec.values.map(function (v) {
      var shortName = byId[v.code];
      if (shortName && english) nameMap[shortName] = v.name;
      // nameMap renames the regions to English, so in English the data must carry the English names too.
      return { name: shortName && !english ? shortName : v.name, value: v.value === null ? '-' : v.value, fullName: v.name };
    });
    return {
      textStyle: textStyle, animation: false, aria: { enabled: true },
      tooltip: { trigger: 'item', textStyle: { fontSize: 13 }, formatter: function (p) { return (p.data && p.data.fullName ? p.data.fullName : p.name) + '：' + fmt(p.data ? p.data.value : null); } },
      visualMap: {
        min: 0, max: max > 0 ? max : 1, left: 8, bottom: 8, calculable: true, text: [fmt(max), fmt(0)], textStyle: { fontSize: 13 },
        inRange: { color: ['#eaf1fd', '#7ea6e8', '#1849a9', '#0b2a66'] }
      },
      series: [{
        type: 'map', map: 'china', roam: false, nameMap: english ? nameMap : undefined, data: data, selectedMode: false,
        label: { show: false }, emphasis: { label: { show: true, fontSize: 13 }, itemStyle: { areaColor: '#f6b100' } },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.8, areaColor: '#f2f4f7' }
      }]
    };
  }

  function initCharts() {
    var canvases = document.querySelectorAll('[data-yw-chart]');
    if (canvases.length === 0) return;
    var map = document.querySelector('[data-yw-chart="map"]');
    loadScript(canvases[0].dataset.echartsSrc)
      .then(function () { return map ? loadScript(map.dataset.chinaSrc) : null; })
      .then(function () {
        Array.prototype.forEach.call(canvases, function (canvas) {
          var spec;
          try { spec = JSON.parse(canvas.dataset.ywSpec); } catch (e) { return; }
          var chart = window.echarts.init(canvas, null, { renderer: 'svg', locale: english ? 'EN' : 'ZH' });
          chart.setOption(spec.kind === 'map' ? mapOptions(spec) : categoryOptions(spec));
          canvas.classList.add('is-drawn');
          var table = canvas.parentNode.querySelector('.yw-chart__data');
          if (table) table.open = false; // the table stays one click away, and is what assistive technology reads
          window.addEventListener('resize', function () { chart.resize(); });
        });
      })
      .catch(function () { /* no chart library: the data tables stay open */ });
  }

  function ready(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn); else fn();
  }
  ready(function () { initHeader(); initForms(); initPickers(); initCharts(); });
})();
