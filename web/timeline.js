// The timeline page: draws the events of the JSON elements above on a canvas
// (docs/exports.md, "HTML"; why plain JavaScript and a canvas: docs/design.md).
// No library and no network: everything it needs is in this file.
(function () {
  'use strict';

  var START = performance.now();  // for #bench: the script's own time

  // ---- Errors go into the page, where people and the browser test see them.
  var errorList = [];
  function noteError(message) {
    errorList.push(String(message));
    var el = document.getElementById('errors');
    el.textContent = errorList.join('\n');
    el.hidden = false;
  }
  window.addEventListener('error', function (e) {
    noteError(e.message + ' (' + e.filename + ':' + e.lineno + ')');
  });
  window.addEventListener('unhandledrejection', function (e) { noteError(e.reason); });
  var consoleError = console.error;
  console.error = function () {
    noteError(Array.prototype.join.call(arguments, ' '));
    consoleError.apply(console, arguments);
  };

  // ---- Words, in English and Indonesian.
  var TEXT = {
    en: {
      title: 'Timeline', lanes: 'Lanes', byActor: 'by actor', byType: 'by type',
      zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', filters: 'Filters', typesLabel: 'Types',
      actor: 'Actor', allActors: 'All actors', factuality: 'Factuality',
      search: 'Search titles, evidence, actors', undated: 'Undated events',
      shown: '{n} of {total} events shown', noActor: '(no actor)', close: 'Close',
      date: 'Date', type: 'Type', actors: 'Actors', place: 'Place', evidence: 'Evidence',
      source: 'Source', published: 'published', week: 'week', told: 'as told',
      codes: 'Codes', noPlover: 'none (PLOVER does not code statements)',
      hint: 'Wheel or pinch to zoom, drag to move, click an event for its evidence ' +
            '(keys: arrows move, + and - zoom, n and p go to the next and previous event). ' +
            'A point is a day, a bar a week or month, a faint band a year or longer.',
      legendDay: 'day', legendBar: 'week or month', legendBand: 'year or range',
      cats: { diplomacy: 'Diplomacy', military: 'Military', economic: 'Economic',
              cyber: 'Cyber', intelligence: 'Intelligence' },
      fact: { asserted: 'asserted', negated: 'negated: did not happen',
              possible: 'possible: expected, feared or planned' },
      factShort: { asserted: 'asserted', negated: 'negated', possible: 'possible' },
      roles: { initiator: 'initiator', target: 'target', participant: 'participant' },
      precision: { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year',
                   range: 'range of years', unknown: 'no date' },
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
               'September', 'October', 'November', 'December'],
      monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    },
    id: {
      title: 'Lini masa', lanes: 'Lajur', byActor: 'per aktor', byType: 'per jenis',
      zoomIn: 'Perbesar', zoomOut: 'Perkecil', fit: 'Semua', filters: 'Saring', typesLabel: 'Jenis',
      actor: 'Aktor', allActors: 'Semua aktor', factuality: 'Faktualitas',
      search: 'Cari judul, bukti, aktor', undated: 'Peristiwa tanpa tanggal',
      shown: '{n} dari {total} peristiwa ditampilkan', noActor: '(tanpa aktor)', close: 'Tutup',
      date: 'Tanggal', type: 'Jenis', actors: 'Aktor', place: 'Tempat', evidence: 'Bukti',
      source: 'Sumber', published: 'terbit', week: 'pekan', told: 'menurut teks',
      codes: 'Kode', noPlover: 'tidak ada (PLOVER tidak mengode pernyataan)',
      hint: 'Gulir atau cubit untuk memperbesar, seret untuk menggeser, klik peristiwa untuk ' +
            'melihat buktinya (tombol: panah menggeser, + dan - memperbesar dan memperkecil, ' +
            'n dan p ke peristiwa berikut dan sebelumnya). Titik berarti satu hari, batang sepekan atau sebulan, pita samar ' +
            'setahun atau lebih.',
      legendDay: 'hari', legendBar: 'pekan atau bulan', legendBand: 'tahun atau rentang',
      cats: { diplomacy: 'Diplomasi', military: 'Militer', economic: 'Ekonomi',
              cyber: 'Siber', intelligence: 'Intelijen' },
      fact: { asserted: 'terjadi', negated: 'disangkal: tidak terjadi',
              possible: 'mungkin: diperkirakan, dikhawatirkan atau direncanakan' },
      factShort: { asserted: 'terjadi', negated: 'disangkal', possible: 'mungkin' },
      roles: { initiator: 'pelaku', target: 'sasaran', participant: 'peserta' },
      precision: { day: 'hari', week: 'pekan', month: 'bulan', quarter: 'kuartal', year: 'tahun',
                   range: 'rentang tahun', unknown: 'tanpa tanggal' },
      months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
               'September', 'Oktober', 'November', 'Desember'],
      monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
    }
  };
  // SPEC.md §1, in its order; a type the page does not know keeps its id.
  var CATEGORIES = [
    ['diplomacy', ['meeting', 'statement', 'appeal', 'warning', 'protest', 'agreement']],
    ['military', ['drill', 'missile_test', 'nuclear_test', 'weapon_unveiling', 'attack']],
    ['economic', ['sanction', 'aid']],
    ['cyber', ['theft', 'cyberattack']],
    ['intelligence', ['report']]
  ];
  // Okabe and Ito's palette: told apart with the common colour blindnesses.
  var COLOURS = { diplomacy: '#0072B2', military: '#D55E00', economic: '#009E73',
                  cyber: '#CC79A7', intelligence: '#E69F00' };
  var FACTS = ['asserted', 'possible', 'negated'];

  // ---- Data.
  function readJson(id) { return JSON.parse(document.getElementById(id).textContent); }

  var lang = 'en';
  function t(key) { return TEXT[lang][key] !== undefined ? TEXT[lang][key] : TEXT.en[key]; }
  // Type names in both languages, and CAMEO's root names: data/event_types.json,
  // written into the page by the exporter.
  var TYPES = readJson('timeline-types');
  function typeName(type) {
    var names = TYPES.names[type];
    return names ? (names[lang] || names.en) : type;
  }


  var EVENTS = readJson('timeline-events');
  var ACTORS = readJson('timeline-actors');
  var SOURCES = readJson('timeline-sources');
  var META = readJson('timeline-meta');
  var N = EVENTS.length;

  var DAY_MS = 86400000;
  function dayNumber(iso) {  // "YYYY-MM-DD" -> days since 1970-01-01
    return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
  }
  function dayDate(day) { return new Date(day * DAY_MS); }
  function fold(text) {  // case and diacritics do not matter, as in `timeline query`
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function actorName(id) { return ACTORS[id] ? ACTORS[id][0] : id; }

  // Shape by precision: a day is a point; a week, month or quarter (or
  // several days) a bar; a year or a range of years a faint band.
  var SHAPE_POINT = 0, SHAPE_BAR = 1, SHAPE_BAND = 2, SHAPE_NONE = 3;
  var evStart = new Float64Array(N), evEnd = new Float64Array(N);  // [start, end) in days
  var evShape = new Uint8Array(N), evSearch = new Array(N);
  var actorCounts = {};
  for (var i = 0; i < N; i++) {
    var e = EVENTS[i];
    if (e.start) {
      evStart[i] = dayNumber(e.start);
      evEnd[i] = dayNumber(e.end) + 1;
      var p = e.precision;
      evShape[i] = p === 'year' || p === 'range' ? SHAPE_BAND
                 : p === 'day' && evEnd[i] - evStart[i] <= 1 ? SHAPE_POINT : SHAPE_BAR;
    } else {
      evShape[i] = SHAPE_NONE;
    }
    var words = [e.title, e.evidence, e.place ? e.place[0] : ''];
    for (var a = 0; a < e.actors.length; a++) {
      var id = e.actors[a][0];
      words.push(id, actorName(id));
      actorCounts[id] = (actorCounts[id] || 0) + 1;
    }
    evSearch[i] = fold(words.join('\n'));
  }

  // ---- Filters.
  var filter = { types: {}, facts: {}, actor: '', text: '' };
  var knownTypes = {};
  EVENTS.forEach(function (e) { knownTypes[e.type] = e.cat; });
  Object.keys(knownTypes).forEach(function (type) { filter.types[type] = true; });
  FACTS.forEach(function (f) { filter.facts[f] = true; });
  var visible = new Uint8Array(N);
  var visibleCount = 0;
  var order = [];  // the visible dated events in time order, for the n and p keys

  function applyFilter() {
    var needle = fold(filter.text.trim());
    var words = needle ? needle.split(/\s+/) : [];
    visibleCount = 0;
    for (var i = 0; i < N; i++) {
      var e = EVENTS[i];
      var ok = filter.types[e.type] && filter.facts[e.fact];
      if (ok && filter.actor) {
        ok = e.actors.some(function (a) { return a[0] === filter.actor; });
      }
      for (var w = 0; ok && w < words.length; w++) ok = evSearch[i].indexOf(words[w]) >= 0;
      visible[i] = ok ? 1 : 0;
      visibleCount += visible[i];
    }
    order = [];
    for (i = 0; i < N; i++) if (visible[i] && evShape[i] !== SHAPE_NONE) order.push(i);
    order.sort(function (x, y) { return evStart[x] - evStart[y] || evEnd[x] - evEnd[y] || x - y; });
    buildLanes();
    renderUndated();
    updateStatus();
    scheduleDraw();
  }

  // ---- Lanes: one per actor (most events first) or per type (SPEC order).
  var laneMode = 'actor';
  var lanes = [];  // {key, label, colour, items: [[event, track]], tracks, y, h}
  var TRACK_H = 14, LANE_PAD = 6, MAX_TRACKS = 5;

  function buildLanes() {
    var byKey = {}, order = [];
    function lane(key) {
      if (!byKey[key]) { byKey[key] = { key: key, events: [] }; order.push(key); }
      return byKey[key];
    }
    for (var i = 0; i < N; i++) {
      if (!visible[i] || evShape[i] === SHAPE_NONE) continue;
      var e = EVENTS[i];
      if (laneMode === 'type') {
        lane(e.type).events.push(i);
      } else if (e.actors.length === 0) {
        lane('').events.push(i);
      } else {
        for (var a = 0; a < e.actors.length; a++) lane(e.actors[a][0]).events.push(i);
      }
    }
    if (laneMode === 'type') {
      var rank = {}, r = 0;
      CATEGORIES.forEach(function (c) { c[1].forEach(function (type) { rank[type] = r++; }); });
      order.sort(function (x, y) {
        return (rank[x] !== undefined ? rank[x] : 99) - (rank[y] !== undefined ? rank[y] : 99);
      });
    } else {
      order.sort(function (x, y) {
        return byKey[y].events.length - byKey[x].events.length || (x < y ? -1 : 1);
      });
    }
    lanes = order.map(function (key) { return packLane(byKey[key]); });
    var y = 0;
    lanes.forEach(function (l) { l.y = y; y += l.h; });
    lanesHeight = y;
    resize();
  }

  // Points and bars go on tracks so that those of different days do not
  // overlap (greedy interval packing in time); bands span the whole lane.
  function packLane(lane) {
    var evs = lane.events.slice().sort(function (x, y) { return evStart[x] - evStart[y]; });
    var ends = [], items = [];
    for (var k = 0; k < evs.length; k++) {
      var i = evs[k];
      if (evShape[i] === SHAPE_BAND) { items.push([i, -1]); continue; }
      var track = -1;
      for (var j = 0; j < ends.length; j++) if (ends[j] <= evStart[i]) { track = j; break; }
      if (track < 0 && ends.length < MAX_TRACKS) { track = ends.length; ends.push(0); }
      if (track < 0) {  // full: the track that frees first
        track = 0;
        for (j = 1; j < ends.length; j++) if (ends[j] < ends[track]) track = j;
      }
      ends[track] = Math.max(ends[track], evEnd[i]);
      items.push([i, track]);
    }
    var tracks = Math.max(1, ends.length);
    return { key: lane.key, items: items, tracks: tracks, h: LANE_PAD * 2 + tracks * TRACK_H };
  }

  function laneLabel(key) {
    if (laneMode === 'type') return typeName(key);
    return key === '' ? t('noActor') : actorName(key);
  }

  // ---- The view: which days the plot shows and how far down the lanes are.
  var canvas = document.getElementById('canvas');
  var ctx = canvas.getContext('2d');
  var AXIS_H = 38;
  var width = 0, height = 0, labelW = 160, plotW = 0;
  var lanesHeight = 0;
  var view = { x0: 0, ppd: 1, scrollY: 0 };  // day at the plot's left edge, pixels per day

  function resize() {
    width = canvas.parentNode.clientWidth || 320;
    labelW = width < 600 ? 92 : 170;
    plotW = Math.max(40, width - labelW);
    var maxH = Math.max(260, Math.round(window.innerHeight * 0.7));
    height = Math.min(maxH, Math.max(AXIS_H + 60, AXIS_H + lanesHeight + 1));
    var ratio = window.devicePixelRatio || 1;
    canvas.style.height = height + 'px';
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    clampScroll();
  }
  function maxScroll() { return Math.max(0, lanesHeight - (height - AXIS_H)); }
  function clampScroll() { view.scrollY = Math.min(Math.max(0, view.scrollY), maxScroll()); }
  // From about three centuries down to two days across the plot.
  function clampZoom() {
    view.ppd = Math.min(Math.max(view.ppd, plotW / (366 * 300)), plotW / 2);
  }
  function xOf(day) { return labelW + (day - view.x0) * view.ppd; }

  function fit() {
    var lo = Infinity, hi = -Infinity;
    for (var i = 0; i < N; i++) {
      if (!visible[i] || evShape[i] === SHAPE_NONE) continue;
      if (evStart[i] < lo) lo = evStart[i];
      if (evEnd[i] > hi) hi = evEnd[i];
    }
    if (lo === Infinity) { lo = Date.now() / DAY_MS - 180; hi = lo + 365; }
    var span = Math.max(hi - lo, 14);
    view.ppd = plotW / (span * 1.08);
    clampZoom();
    view.x0 = (lo + hi) / 2 - plotW / 2 / view.ppd;
    scheduleDraw();
  }
  function zoomAt(factor, x) {
    var px = Math.min(Math.max(x - labelW, 0), plotW);
    var day = view.x0 + px / view.ppd;
    view.ppd *= factor;
    clampZoom();
    view.x0 = day - px / view.ppd;
    scheduleDraw();
  }

  // ---- Drawing.
  var pending = false;
  function scheduleDraw() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(); });
  }

  var drawn = new Uint8Array(N);  // which events the last frame drew (the self-test counts them)

  // An item's box on screen: points are circles of radius r around (x, y).
  function geometry(lane, item) {
    var i = item[0], top = AXIS_H + lane.y - view.scrollY;
    var x1 = xOf(evStart[i]), x2 = xOf(evEnd[i]);
    if (item[1] < 0) return { x: x1, y: top + 2, w: Math.max(2, x2 - x1), h: lane.h - 4 };
    var cy = top + LANE_PAD + item[1] * TRACK_H + TRACK_H / 2;
    if (evShape[i] === SHAPE_POINT) return { x: (x1 + x2) / 2, y: cy, r: 5, point: true };
    // A week or a month stays a bar however far out: never drawn as a day.
    var w = Math.max(4, x2 - x1);
    return { x: (x1 + x2 - w) / 2, y: cy - 4, w: w, h: 8 };
  }

  function drawItem(lane, item) {
    var e = EVENTS[item[0]], g = geometry(lane, item);
    if (g.point ? g.x + g.r < labelW || g.x - g.r > width : g.x + g.w < labelW || g.x > width) return;
    drawn[item[0]] = 1;
    paintShape(ctx, g, e.cat, e.fact, item[1] < 0);
  }

  // The event whose card is open, ringed wherever it is drawn.
  function drawSelection(lane, item) {
    var g = geometry(lane, item);
    ctx.strokeStyle = '#1d2430';
    ctx.lineWidth = 2;
    ctx.setLineDash([]);
    ctx.beginPath();
    if (g.point) ctx.arc(g.x, g.y, g.r + 3, 0, Math.PI * 2); else ctx.rect(g.x - 3, g.y - 3, g.w + 6, g.h + 6);
    ctx.stroke();
  }

  // A lane's bands: the fills of one category and factuality are one path,
  // filled once, so that a hundred overlapping years are as faint as one
  // (drawn one by one they added up to an opaque block); then each band's
  // top line.
  function drawBands(lane, firstDay, lastDay) {
    var fills = {}, lines = [];
    for (var k = 0; k < lane.items.length; k++) {
      var item = lane.items[k], i = item[0];
      if (item[1] >= 0 || evEnd[i] < firstDay || evStart[i] > lastDay) continue;
      var e = EVENTS[i], g = geometry(lane, item);
      if (i === cardEvent) lines.selected = item;
      if (g.x + g.w < labelW || g.x > width) continue;
      drawn[i] = 1;
      var key = e.cat + (e.fact === 'asserted' ? '' : '/faint');
      (fills[key] = fills[key] || new Path2D()).rect(g.x, g.y, g.w, g.h);
      lines.push([g, e]);
    }
    Object.keys(fills).forEach(function (key) {
      ctx.globalAlpha = key.indexOf('/faint') > 0 ? 0.06 : 0.13;
      ctx.fillStyle = COLOURS[key.split('/')[0]] || '#666';
      ctx.fill(fills[key]);
    });
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2;
    lines.forEach(function (line) {
      ctx.strokeStyle = COLOURS[line[1].cat] || '#666';
      ctx.setLineDash(line[1].fact === 'possible' ? [3, 2] : []);
      ctx.beginPath();
      ctx.moveTo(line[0].x, line[0].y + 1);
      ctx.lineTo(line[0].x + line[0].w, line[0].y + 1);
      ctx.stroke();
    });
    ctx.setLineDash([]);
    if (lines.selected) drawSelection(lane, lines.selected);
  }

  // One event's shape on `c`: the plot and the legend draw with it.
  // Asserted: filled. Possible: hollow, dashed. Negated: hollow, struck through.
  function paintShape(c, g, cat, fact, band) {
    var colour = COLOURS[cat] || '#666';
    c.fillStyle = colour;
    c.strokeStyle = colour;
    c.setLineDash(fact === 'possible' ? [3, 2] : []);
    if (band) {  // a year or longer: a faint band over the lane, a line on top
      c.globalAlpha = fact === 'asserted' ? 0.13 : 0.06;
      c.fillRect(g.x, g.y, g.w, g.h);
      c.globalAlpha = 1;
      c.lineWidth = 2;
      c.beginPath();
      c.moveTo(g.x, g.y + 1);
      c.lineTo(g.x + g.w, g.y + 1);
      c.stroke();
      c.setLineDash([]);
      return;
    }
    c.lineWidth = 1.5;
    c.beginPath();
    if (g.point) c.arc(g.x, g.y, g.r, 0, Math.PI * 2); else c.rect(g.x, g.y, g.w, g.h);
    if (fact === 'asserted') {
      c.fill();
    } else {
      c.fillStyle = '#fff';
      c.fill();
      c.stroke();
      if (fact === 'negated') {
        c.setLineDash([]);
        c.beginPath();
        if (g.point) {
          c.moveTo(g.x - 6, g.y + 6);
          c.lineTo(g.x + 6, g.y - 6);
        } else {
          c.moveTo(g.x - 2, g.y + g.h / 2);
          c.lineTo(g.x + g.w + 2, g.y + g.h / 2);
        }
        c.stroke();
      }
    }
    c.setLineDash([]);
  }

  function draw() {
    var t0 = performance.now();
    drawn.fill(0);
    ctx.clearRect(0, 0, width, height);
    ctx.font = '12px system-ui, "DejaVu Sans", sans-serif';
    ctx.textBaseline = 'middle';
    var firstDay = view.x0, lastDay = view.x0 + plotW / view.ppd;
    // Lane stripes.
    for (var l = 0; l < lanes.length; l++) {
      var lane = lanes[l], top = AXIS_H + lane.y - view.scrollY;
      if (top + lane.h < AXIS_H || top > height) continue;
      ctx.fillStyle = l % 2 ? '#f7f8fa' : '#fff';
      ctx.fillRect(0, top, width, lane.h);
    }
    drawGrid(firstDay, lastDay);
    ctx.save();
    ctx.beginPath();
    ctx.rect(labelW, AXIS_H, plotW, height - AXIS_H);
    ctx.clip();
    var labelled = [], selected = [];
    for (l = 0; l < lanes.length; l++) {
      lane = lanes[l];
      top = AXIS_H + lane.y - view.scrollY;
      if (top + lane.h < AXIS_H || top > height) continue;
      // Bands under bars under points, so that nothing small hides under something big.
      drawBands(lane, firstDay, lastDay);
      for (var pass = 1; pass < 3; pass++) {
        // Filled shapes of one colour are one path, filled once (a frame with
        // every event in view took 28 ms shape by shape); hollow ones after.
        var fills = {}, hollow = [];
        for (var k = 0; k < lane.items.length; k++) {
          var item = lane.items[k], i = item[0];
          if (item[1] < 0 || evEnd[i] < firstDay || evStart[i] > lastDay) continue;
          if ((evShape[i] === SHAPE_POINT ? 2 : 1) !== pass) continue;
          if (labelled.length < 400) labelled.push([lane, item]);
          if (i === cardEvent) selected.push([lane, item]);
          var e = EVENTS[i];
          if (e.fact !== 'asserted') { hollow.push(item); continue; }
          var g = geometry(lane, item);
          if (g.point ? g.x + g.r < labelW || g.x - g.r > width : g.x + g.w < labelW || g.x > width) continue;
          drawn[i] = 1;
          var path = fills[e.cat] = fills[e.cat] || new Path2D();
          if (g.point) {
            path.moveTo(g.x + g.r, g.y);
            path.arc(g.x, g.y, g.r, 0, Math.PI * 2);
          } else {
            path.rect(g.x, g.y, g.w, g.h);
          }
        }
        for (var cat in fills) {
          ctx.fillStyle = COLOURS[cat] || '#666';
          ctx.fill(fills[cat]);
        }
        for (k = 0; k < hollow.length; k++) drawItem(lane, hollow[k]);
      }
    }
    drawTitles(labelled);
    selected.forEach(function (s) { drawSelection(s[0], s[1]); });
    ctx.restore();
    drawLaneLabels();
    drawAxis(firstDay, lastDay);
    lastDrawMs = performance.now() - t0;
  }
  var lastDrawMs = 0;

  // Titles beside points and bars, where the track is free up to the next one
  // (zoomed in far enough; at most 400 candidates a frame).
  function drawTitles(items) {
    if (items.length >= 400) return;
    ctx.fillStyle = '#1d2430';
    var nextX = {};
    items.sort(function (a, b) { return evStart[b[1][0]] - evStart[a[1][0]]; });  // right to left
    for (var k = 0; k < items.length; k++) {
      var lane = items[k][0], item = items[k][1], g = geometry(lane, item);
      var key = lane.key + '/' + item[1];
      var x = g.point ? g.x + g.r + 4 : g.x + g.w + 4;
      var room = (nextX[key] !== undefined ? nextX[key] : width) - x - 8;
      nextX[key] = g.point ? g.x - g.r : g.x;
      if (room < 40) continue;
      var title = EVENTS[item[0]].title;
      var text = title;
      while (text.length > 3 && ctx.measureText(text).width > room) {
        text = text.slice(0, Math.max(3, Math.floor(text.length * room / ctx.measureText(text).width) - 1));
      }
      if (text !== title) text = text.replace(/\s+\S*$/, '') + '…';
      if (text.length > 1) ctx.fillText(text, x, g.point ? g.y : g.y + 4);
    }
  }

  function drawLaneLabels() {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, AXIS_H, labelW, height - AXIS_H);
    for (var l = 0; l < lanes.length; l++) {
      var lane = lanes[l], top = AXIS_H + lane.y - view.scrollY;
      if (top + lane.h < AXIS_H || top > height) continue;
      ctx.fillStyle = l % 2 ? '#f7f8fa' : '#fff';
      ctx.fillRect(0, top, labelW, lane.h);
      ctx.fillStyle = '#1d2430';
      var label = laneLabel(lane.key);
      while (label.length > 2 && ctx.measureText(label).width > labelW - 12) label = label.slice(0, -2) + '…';
      ctx.fillText(label, 6, top + Math.min(lane.h / 2, LANE_PAD + TRACK_H / 2));
    }
    ctx.strokeStyle = '#d8dde6';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(labelW + 0.5, AXIS_H);
    ctx.lineTo(labelW + 0.5, height);
    ctx.stroke();
  }

  // ---- The time axis: ticks of a day, a week, a month, a quarter or N years,
  // the finest that leaves room for its label; a second row names the month
  // or year that finer ticks fall in.
  var UNITS = [
    { days: 1 }, { days: 7 }, { months: 1 }, { months: 3 }, { years: 1 }, { years: 2 },
    { years: 5 }, { years: 10 }, { years: 20 }, { years: 50 }, { years: 100 }
  ];
  function unitDays(u) { return u.days || (u.months ? u.months * 30.44 : u.years * 365.25); }
  function pickUnit(minPx) {
    for (var k = 0; k < UNITS.length; k++) if (unitDays(UNITS[k]) * view.ppd >= minPx) return UNITS[k];
    return UNITS[UNITS.length - 1];
  }
  // Tick days of unit `u` from `first` to `last`.
  function ticks(u, first, last) {
    var out = [], d = dayDate(Math.floor(first)), y = d.getUTCFullYear(), m = d.getUTCMonth();
    if (u.days === 1) {
      for (var day = Math.floor(first); day <= last; day++) out.push(day);
    } else if (u.days === 7) {  // Mondays: ISO weeks
      day = Math.floor(first);
      day -= (dayDate(day).getUTCDay() + 6) % 7;
      for (; day <= last; day += 7) out.push(day);
    } else if (u.months) {
      m -= m % u.months;
      for (;;) {
        day = Date.UTC(y, m, 1) / DAY_MS;
        if (day > last) break;
        out.push(day);
        m += u.months;
      }
    } else {
      y -= ((y % u.years) + u.years) % u.years;
      for (;;) {
        day = Date.UTC(y, 0, 1) / DAY_MS;
        if (day > last) break;
        out.push(day);
        y += u.years;
      }
    }
    return out;
  }
  function tickLabel(u, day) {
    var d = dayDate(day), months = t('monthsShort');
    if (u.days) return d.getUTCDate() + ' ' + months[d.getUTCMonth()];
    if (u.months) return months[d.getUTCMonth()];
    return String(d.getUTCFullYear());
  }

  function drawGrid(first, last) {
    var u = pickUnit(64);
    ctx.strokeStyle = '#e6e9ef';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ticks(u, first - unitDays(u), last).forEach(function (day) {
      var x = Math.round(xOf(day)) + 0.5;
      if (x < labelW) return;
      ctx.moveTo(x, AXIS_H);
      ctx.lineTo(x, height);
    });
    ctx.stroke();
  }

  function drawAxis(first, last) {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, AXIS_H);
    ctx.fillStyle = '#1d2430';
    ctx.strokeStyle = '#b8c0cc';
    ctx.lineWidth = 1;
    var u = pickUnit(64);
    ctx.save();
    ctx.beginPath();
    ctx.rect(labelW, 0, plotW, AXIS_H);
    ctx.clip();
    ctx.beginPath();
    ticks(u, first - unitDays(u), last).forEach(function (day) {
      var x = Math.round(xOf(day)) + 0.5;
      if (x < labelW) return;  // its label would be cut by the lane names
      ctx.moveTo(x, AXIS_H - 8);
      ctx.lineTo(x, AXIS_H);
      ctx.fillText(tickLabel(u, day), x + 3, AXIS_H - 11);
    });
    ctx.stroke();
    // The context row: month and year above days and weeks, the year above months.
    if (!u.years) {
      var outer = u.days ? { months: 1 } : { years: 1 };
      ctx.font = '600 12px system-ui, "DejaVu Sans", sans-serif';
      var marks = ticks(outer, first - unitDays(outer), last);
      marks.forEach(function (day, k) {
        var d = dayDate(day);
        var text = outer.months ? t('months')[d.getUTCMonth()] + ' ' + d.getUTCFullYear()
                                : String(d.getUTCFullYear());
        var next = k + 1 < marks.length ? xOf(marks[k + 1]) : width;
        // Sticky: the label of a period begun off screen stays at the left edge.
        var x = Math.max(xOf(day), labelW) + 3;
        if (next - x > ctx.measureText(text).width + 6) ctx.fillText(text, x, 10);
      });
      ctx.font = '12px system-ui, "DejaVu Sans", sans-serif';
    }
    ctx.restore();
    ctx.beginPath();
    ctx.moveTo(0, AXIS_H + 0.5);
    ctx.lineTo(width, AXIS_H + 0.5);
    ctx.stroke();
  }

  // ---- Picking an event under the pointer: points, then bars, then bands.
  function hitTest(x, y) {
    if (x < labelW || y < AXIS_H) return -1;
    var best = -1, bestScore = Infinity;
    for (var l = 0; l < lanes.length; l++) {
      var lane = lanes[l], top = AXIS_H + lane.y - view.scrollY;
      if (y < top || y > top + lane.h) continue;
      for (var k = 0; k < lane.items.length; k++) {
        var item = lane.items[k], g = geometry(lane, item), score;
        if (g.point) {
          var d = Math.hypot(x - g.x, y - g.y);
          if (d > g.r + 4) continue;
          score = d;
        } else if (x >= g.x - 3 && x <= g.x + g.w + 3 && y >= g.y - 3 && y <= g.y + g.h + 3) {
          score = item[1] < 0 ? 1000 + g.w : 100 + g.w;
        } else {
          continue;
        }
        if (score < bestScore) { bestScore = score; best = item[0]; }
      }
    }
    return best;
  }

  // ---- Pointer and keys: wheel or pinch zooms, drag pans, click picks.
  var pointers = {}, dragged = false, pinch = null;
  function localX(ev) { return ev.clientX - canvas.getBoundingClientRect().left; }
  function localY(ev) { return ev.clientY - canvas.getBoundingClientRect().top; }
  canvas.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var dx = ev.deltaX, dy = ev.deltaY;
    if (ev.deltaMode === 1) { dx *= 16; dy *= 16; }
    if (localX(ev) < labelW && !ev.ctrlKey) {  // over the lane names: scroll the lanes
      view.scrollY += dy;
      clampScroll();
    } else if (ev.shiftKey || Math.abs(dx) > Math.abs(dy)) {
      view.x0 += (ev.shiftKey ? dy : dx) / view.ppd;
    } else {
      zoomAt(Math.exp(-dy * 0.002), localX(ev));
    }
    scheduleDraw();
  }, { passive: false });
  canvas.addEventListener('pointerdown', function (ev) {
    // Capture keeps a drag going outside the canvas; a pointer the browser
    // no longer tracks (or a synthetic one) cannot be captured, and the drag
    // still works inside the canvas.
    try { canvas.setPointerCapture(ev.pointerId); } catch (err) { /* see above */ }
    pointers[ev.pointerId] = { x: ev.clientX, y: ev.clientY, sx: ev.clientX, sy: ev.clientY };
    dragged = false;
    var ids = Object.keys(pointers);
    if (ids.length === 2) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      pinch = { dist: Math.hypot(a.x - b.x, a.y - b.y) };
    }
  });
  canvas.addEventListener('pointermove', function (ev) {
    var last = pointers[ev.pointerId];
    if (!last) return;
    var dx = ev.clientX - last.x, dy = ev.clientY - last.y;
    last.x = ev.clientX;
    last.y = ev.clientY;
    var ids = Object.keys(pointers);
    if (ids.length === 2 && pinch) {
      var a = pointers[ids[0]], b = pointers[ids[1]];
      var dist = Math.hypot(a.x - b.x, a.y - b.y);
      if (pinch.dist > 0 && dist > 0) {
        zoomAt(dist / pinch.dist, (a.x + b.x) / 2 - canvas.getBoundingClientRect().left);
      }
      pinch.dist = dist;
      dragged = true;
      return;
    }
    if (Math.abs(dx) + Math.abs(dy) > 0) {
      // A click that wobbles a pixel or two is still a click.
      if (Math.abs(ev.clientX - last.sx) + Math.abs(ev.clientY - last.sy) > 4) dragged = true;
      view.x0 -= dx / view.ppd;
      view.scrollY -= dy;
      clampScroll();
      scheduleDraw();
    }
  });
  function pointerEnd(ev) {
    delete pointers[ev.pointerId];
    if (Object.keys(pointers).length < 2) pinch = null;
  }
  canvas.addEventListener('pointerup', pointerEnd);
  canvas.addEventListener('pointercancel', pointerEnd);
  canvas.addEventListener('click', function (ev) {
    if (dragged) { dragged = false; return; }
    var hit = hitTest(localX(ev), localY(ev));
    if (hit >= 0) openCard(hit);
  });
  canvas.addEventListener('keydown', function (ev) {
    var step = plotW / 8 / view.ppd;
    if (ev.key === 'ArrowLeft') view.x0 -= step;
    else if (ev.key === 'ArrowRight') view.x0 += step;
    else if (ev.key === 'ArrowUp') view.scrollY -= 40;
    else if (ev.key === 'ArrowDown') view.scrollY += 40;
    else if (ev.key === '+' || ev.key === '=') zoomAt(1.5, labelW + plotW / 2);
    else if (ev.key === '-') zoomAt(1 / 1.5, labelW + plotW / 2);
    else if (ev.key === 'n' || ev.key === 'p') stepEvent(ev.key === 'n' ? 1 : -1);
    else return;
    ev.preventDefault();
    clampScroll();
    scheduleDraw();
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomAt(2, labelW + plotW / 2); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomAt(0.5, labelW + plotW / 2); });
  document.getElementById('zoom-fit').addEventListener('click', fit);
  window.addEventListener('resize', function () {
    var oldW = plotW, centre = view.x0 + oldW / 2 / view.ppd;
    resize();
    view.ppd *= plotW / oldW;
    view.x0 = centre - plotW / 2 / view.ppd;
    scheduleDraw();
  });

  // The next (or previous) event in time after the one whose card is open:
  // brought into view and its card opened, so every event can be reached
  // from the keyboard.
  function stepEvent(direction) {
    if (!order.length) return;
    var at = order.indexOf(cardEvent);
    at = at < 0 ? (direction > 0 ? 0 : order.length - 1)
                : Math.min(Math.max(at + direction, 0), order.length - 1);
    var i = order[at];
    view.x0 = (evStart[i] + evEnd[i]) / 2 - plotW / 2 / view.ppd;
    for (var l = 0; l < lanes.length; l++) {
      if (lanes[l].items.some(function (item) { return item[0] === i; })) {
        view.scrollY = lanes[l].y - (height - AXIS_H) / 3;
        clampScroll();
        break;
      }
    }
    openCard(i);
  }

  // ---- The card: everything about one event. Text only (textContent), so
  // nothing from an article is ever read as HTML.
  var card = document.getElementById('card');
  var cardEvent = -1;
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  function formatDay(day, withYear) {
    var d = dayDate(day);
    return d.getUTCDate() + ' ' + t('months')[d.getUTCMonth()] + (withYear ? ' ' + d.getUTCFullYear() : '');
  }
  function formatDate(e) {
    if (!e.start) return t('precision').unknown;
    var s = dayNumber(e.start), last = dayNumber(e.end), ds = dayDate(s);
    switch (e.precision) {
      case 'day':
        if (s === last) return formatDay(s, true);
        return ds.getUTCFullYear() === dayDate(last).getUTCFullYear()
            ? formatDay(s, false) + '–' + formatDay(last, true)
            : formatDay(s, true) + '–' + formatDay(last, true);
      case 'week':
        return t('week') + ' ' + e.label + ' (' + formatDay(s, false) + '–' + formatDay(last, true) + ')';
      case 'month':
        return t('months')[ds.getUTCMonth()] + ' ' + ds.getUTCFullYear();
      default:
        return e.label + ' (' + t('precision')[e.precision] + ')';
    }
  }
  function fillCard() {
    if (cardEvent < 0) return;
    var e = EVENTS[cardEvent], src = SOURCES[e.source] || [];
    card.style.setProperty('--c', COLOURS[e.cat] || '#888');
    document.getElementById('card-title').textContent = e.title;
    var date = document.getElementById('card-date');
    date.textContent = formatDate(e);
    if (e.told) date.appendChild(el('div', t('told') + ': “' + e.told + '”', 'told'));
    document.getElementById('card-type').textContent =
        typeName(e.type) + ' · ' + (t('cats')[e.cat] || e.cat);
    var actors = document.getElementById('card-actors');
    actors.textContent = '';
    var list = el('ul');
    e.actors.forEach(function (a) {
      list.appendChild(el('li', actorName(a[0]) + ' (' + a[0] + '): ' + (t('roles')[a[1]] || a[1])));
    });
    actors.appendChild(list);
    document.getElementById('card-fact').textContent = t('fact')[e.fact] || e.fact;
    document.getElementById('card-codes').textContent =
        'PLOVER ' + (e.plover || t('noPlover')) + ' · CAMEO ' + e.cameo +
        (TYPES.cameo[e.cameo] ? ' (' + TYPES.cameo[e.cameo] + ')' : '');
    var place = e.place ? e.place[0] + (e.place[1] ? ', ' + e.place[1] : '') : '';
    document.getElementById('card-place').textContent = place;
    Array.prototype.forEach.call(card.querySelectorAll('.card-place'), function (n) { n.hidden = !place; });
    document.getElementById('card-evidence').textContent = e.evidence;
    var source = document.getElementById('card-source');
    source.textContent = src[0] || '';
    if (src[1]) source.appendChild(el('div', t('published') + ' ' + src[1], 'told'));
    if (/^https?:\/\//i.test(src[2] || '')) {
      // The article's web address: a link (a navigation, which the page's
      // Content-Security-Policy does not refuse), opened apart from the page.
      var link = el('a', src[2]);
      link.href = src[2];
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      var where = el('div', '', 'told');
      where.appendChild(link);
      source.appendChild(where);
    } else if (src[2]) {
      source.appendChild(el('div', src[2], 'told'));
    }
    document.getElementById('card-id').textContent = e.id;
  }
  function openCard(i) {
    cardEvent = i;
    fillCard();
    card.hidden = false;
    scheduleDraw();
  }
  function closeCard() { card.hidden = true; cardEvent = -1; scheduleDraw(); }
  document.getElementById('card-close').addEventListener('click', closeCard);
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') closeCard(); });

  // ---- Undated events: a list of their own under the plot.
  var UNDATED_MAX = 2000;  // a list longer than this is not read; the status says so
  function renderUndated() {
    var list = document.getElementById('undated');
    list.textContent = '';
    var shown = 0, total = 0;
    for (var i = 0; i < N; i++) {
      if (!visible[i] || evShape[i] !== SHAPE_NONE) continue;
      total++;
      if (shown >= UNDATED_MAX) continue;
      var e = EVENTS[i];
      var button = el('button', typeName(e.type) + ' · ' + e.title, e.fact);
      button.type = 'button';
      button.style.setProperty('--c', COLOURS[e.cat] || '#888');
      if (e.fact !== 'asserted') button.textContent += ' (' + t('factShort')[e.fact] + ')';
      button.addEventListener('click', openCard.bind(null, i));
      button.dataset.event = i;
      var item = el('li');
      item.appendChild(button);
      list.appendChild(item);
      shown++;
    }
    if (total > shown) list.appendChild(el('li', '… ' + (total - shown)));
    document.getElementById('undated-section').hidden = total === 0;
  }

  function updateStatus() {
    document.getElementById('status').textContent =
        t('shown').replace('{n}', visibleCount).replace('{total}', N) +
        (META.generated ? ' · ' + META.generated : '');
  }

  // ---- Controls.
  var typeBoxes = {}, factBoxes = {};
  function buildControls() {
    var types = document.getElementById('filter-types');
    var seen = {};
    var groups = CATEGORIES.map(function (c) { return [c[0], c[1].filter(function (x) { return knownTypes[x]; })]; });
    CATEGORIES.forEach(function (c) { c[1].forEach(function (x) { seen[x] = true; }); });
    Object.keys(knownTypes).forEach(function (x) {  // types newer than this page
      if (!seen[x]) groups.push([knownTypes[x], [x]]);
    });
    var counts = {};
    EVENTS.forEach(function (e) { counts[e.type] = (counts[e.type] || 0) + 1; });
    groups.forEach(function (g) {
      if (!g[1].length) return;
      var row = el('div', undefined, 'cat');
      var name = el('b');
      name.appendChild(el('span', undefined, 'swatch')).style.background = COLOURS[g[0]] || '#666';
      name.appendChild(el('span')).dataset.cat = g[0];
      row.appendChild(name);
      g[1].forEach(function (type) {
        var label = el('label'), box = el('input');
        box.type = 'checkbox';
        box.checked = true;
        box.value = type;
        box.addEventListener('change', function () { filter.types[type] = box.checked; applyFilter(); });
        typeBoxes[type] = box;
        label.appendChild(box);
        label.appendChild(el('span')).dataset.type = type;
        label.appendChild(document.createTextNode(' ' + counts[type]));
        row.appendChild(label);
      });
      types.appendChild(row);
    });
    var facts = document.getElementById('filter-fact');
    FACTS.forEach(function (f) {
      var label = el('label'), box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.value = f;
      box.addEventListener('change', function () { filter.facts[f] = box.checked; applyFilter(); });
      factBoxes[f] = box;
      label.appendChild(box);
      label.appendChild(el('span')).dataset.fact = f;
      facts.appendChild(label);
    });
    var actor = document.getElementById('filter-actor');
    actor.appendChild(el('option', '', undefined)).value = '';
    Object.keys(actorCounts).sort(function (x, y) {
      return actorCounts[y] - actorCounts[x] || (x < y ? -1 : 1);
    }).forEach(function (id) {
      var option = el('option', actorName(id) + ' (' + actorCounts[id] + ')');
      option.value = id;
      actor.appendChild(option);
    });
    actor.addEventListener('change', function () { filter.actor = actor.value; applyFilter(); });
    var text = document.getElementById('filter-text');
    text.addEventListener('input', function () { filter.text = text.value; applyFilter(); });
    var mode = document.getElementById('lane-mode');
    mode.addEventListener('change', function () { laneMode = mode.value; view.scrollY = 0; applyFilter(); });
    Array.prototype.forEach.call(document.querySelectorAll('button.lang'), function (b) {
      b.addEventListener('click', function () { setLanguage(b.dataset.lang); });
    });
    if (window.innerWidth >= 600) document.getElementById('filters').open = true;
  }

  function legendShape(shape, fact) {
    var c = el('canvas'), ratio = window.devicePixelRatio || 1;
    c.width = 28 * ratio;
    c.height = 14 * ratio;
    c.style.width = '28px';
    c.style.height = '14px';
    var g = c.getContext('2d');
    g.scale(ratio, ratio);
    var box = shape === SHAPE_POINT ? { x: 14, y: 7, r: 5, point: true }
            : shape === SHAPE_BAR ? { x: 3, y: 3, w: 22, h: 8 } : { x: 0, y: 0, w: 28, h: 14 };
    paintShape(g, box, 'diplomacy', fact, shape === SHAPE_BAND);
    return c;
  }

  function renderLegend() {
    var legend = document.getElementById('legend');
    legend.textContent = '';
    function add(shape, fact, text) {
      var item = el('span');
      item.appendChild(legendShape(shape, fact));
      item.appendChild(document.createTextNode(text));
      legend.appendChild(item);
    }
    add(SHAPE_POINT, 'asserted', t('legendDay'));
    add(SHAPE_BAR, 'asserted', t('legendBar'));
    add(SHAPE_BAND, 'asserted', t('legendBand'));
    FACTS.forEach(function (f) { add(SHAPE_POINT, f, t('factShort')[f]); });
    CATEGORIES.forEach(function (c) {
      var item = el('span');
      item.appendChild(el('span', undefined, 'swatch')).style.background = COLOURS[c[0]];
      item.appendChild(document.createTextNode(t('cats')[c[0]]));
      legend.appendChild(item);
    });
  }

  function setLanguage(code) {
    lang = TEXT[code] ? code : 'en';
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (n) { n.textContent = t(n.dataset.t); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-t-title]'), function (n) { n.title = t(n.dataset.tTitle); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-t-placeholder]'), function (n) { n.placeholder = t(n.dataset.tPlaceholder); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-type]'), function (n) { n.textContent = ' ' + typeName(n.dataset.type); });
    Array.prototype.forEach.call(document.querySelectorAll('[data-cat]'), function (n) { n.textContent = t('cats')[n.dataset.cat] || n.dataset.cat; });
    Array.prototype.forEach.call(document.querySelectorAll('[data-fact]'), function (n) { n.textContent = ' ' + t('factShort')[n.dataset.fact]; });
    Array.prototype.forEach.call(document.querySelectorAll('button.lang'), function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
    document.querySelector('#filter-actor option[value=""]').textContent = t('allActors');
    document.title = t('title') + ' · ' + N;
    renderLegend();
    renderUndated();
    updateStatus();
    fillCard();
    scheduleDraw();
  }

  // ---- Start.
  var hash = new URLSearchParams(location.hash.slice(1));
  var initial = hash.get('lang') || ((navigator.language || '').slice(0, 2) === 'id' ? 'id' : 'en');
  buildControls();
  setLanguage(initial);
  applyFilter();
  fit();
  // #from=YYYY-MM-DD&to=YYYY-MM-DD: a link to a period; #event=ID opens its card.
  if (/^\d{4}-\d\d-\d\d$/.test(hash.get('from') || '') && /^\d{4}-\d\d-\d\d$/.test(hash.get('to') || '')) {
    var from = dayNumber(hash.get('from')), to = dayNumber(hash.get('to')) + 1;
    if (to > from) {
      view.ppd = plotW / (to - from);
      clampZoom();
      view.x0 = from;
    }
  }
  for (i = 0; hash.get('event') && i < N; i++) if (EVENTS[i].id === hash.get('event')) openCard(i);
  draw();
  var READY = performance.now();

  // ---- #selftest: what the browser test (tests/browser) checks, run here
  // and written into #selftest as JSON for `chromium --dump-dom`.
  // #selftest=ID clicks event ID; #bench times the start and redraws.
  function drawnCount() {  // events drawn at some vertical scroll, plus listed undated ones
    var all = new Uint8Array(N), saved = view.scrollY;
    var step = Math.max(1, height - AXIS_H);
    for (view.scrollY = 0; ; view.scrollY += step) {
      draw();
      for (var i = 0; i < N; i++) all[i] |= drawn[i];
      if (view.scrollY >= maxScroll()) break;
    }
    view.scrollY = saved;
    clampScroll();
    var undated = document.querySelectorAll('#undated button');
    Array.prototype.forEach.call(undated, function (b) { all[+b.dataset.event] |= 2; });
    var count = 0, ofType = {}, ofFact = {};
    for (i = 0; i < N; i++) {
      if (!all[i]) continue;
      if (all[i] & 1) count++;
      ofType[EVENTS[i].type] = (ofType[EVENTS[i].type] || 0) + 1;
      ofFact[EVENTS[i].fact] = (ofFact[EVENTS[i].fact] || 0) + 1;
    }
    // Per type and factuality: drawn and listed together.
    return { drawn: count, undated: undated.length, total: count + undated.length, types: ofType, facts: ofFact };
  }
  function click(i) {  // a real click event at the event's place on the canvas
    for (var l = 0; l < lanes.length; l++) {
      var lane = lanes[l];
      for (var k = 0; k < lane.items.length; k++) {
        if (lane.items[k][0] !== i) continue;
        view.scrollY = lane.y;
        clampScroll();
        draw();
        var g = geometry(lane, lane.items[k]), rect = canvas.getBoundingClientRect();
        var x = g.point ? g.x : g.x + g.w / 2, y = g.point ? g.y : g.y + g.h / 2;
        canvas.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: rect.left + x, clientY: rect.top + y }));
        return { x: x, y: y };
      }
    }
    var button = document.querySelector('#undated button[data-event="' + i + '"]');
    if (button) button.click();
    return null;
  }
  function selftest(target) {
    var result = { errors: errorList, events: N, meta: META.events };
    fit();
    result.all = drawnCount();
    // Each filter on its own, then off again.
    var type = EVENTS.length ? EVENTS[0].type : '';
    result.filters = [];
    if (typeBoxes[type]) {
      typeBoxes[type].click();
      result.filters.push({ filter: 'type', value: type, shown: drawnCount() });
      typeBoxes[type].click();
    }
    if (factBoxes.negated) {
      factBoxes.negated.click();
      result.filters.push({ filter: 'factuality', value: 'negated', shown: drawnCount() });
      factBoxes.negated.click();
    }
    var actorSelect = document.getElementById('filter-actor');
    if (actorSelect.options.length > 1) {
      actorSelect.value = actorSelect.options[1].value;
      actorSelect.dispatchEvent(new Event('change'));
      result.filters.push({ filter: 'actor', value: actorSelect.value, shown: drawnCount() });
      actorSelect.value = '';
      actorSelect.dispatchEvent(new Event('change'));
    }
    var text = document.getElementById('filter-text');
    var word = (hash.get('text') || '');
    if (word) {
      text.value = word;
      text.dispatchEvent(new Event('input'));
      result.filters.push({ filter: 'text', value: word, shown: drawnCount() });
      text.value = '';
      text.dispatchEvent(new Event('input'));
    }
    result.after = drawnCount();
    // Zoom: the + button doubles the scale; the wheel zooms about the pointer,
    // keeping the day under it in place; a drag moves the days with it.
    var rect = canvas.getBoundingClientRect(), x = labelW + plotW / 3, before = view.ppd;
    document.getElementById('zoom-in').click();
    var zoom = { buttonRatio: view.ppd / before };
    var dayAt = view.x0 + (x - labelW) / view.ppd;
    before = view.ppd;
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: rect.left + x, clientY: rect.top + AXIS_H + 5,
                                                  bubbles: true, cancelable: true }));
    zoom.wheelRatio = view.ppd / before;
    zoom.dayShift = Math.abs(view.x0 + (x - labelW) / view.ppd - dayAt);
    var x0 = view.x0;
    canvas.dispatchEvent(new PointerEvent('pointerdown', { pointerId: 7, clientX: rect.left + x, clientY: rect.top + 60, bubbles: true }));
    canvas.dispatchEvent(new PointerEvent('pointermove', { pointerId: 7, clientX: rect.left + x + 100, clientY: rect.top + 60, bubbles: true }));
    canvas.dispatchEvent(new PointerEvent('pointerup', { pointerId: 7, clientX: rect.left + x + 100, clientY: rect.top + 60, bubbles: true }));
    zoom.dragDays = x0 - view.x0;
    zoom.dragExpected = 100 / view.ppd;
    result.zoom = zoom;
    dragged = false;
    fit();
    // Lanes by type draw the same events.
    var mode = document.getElementById('lane-mode');
    mode.value = 'type';
    mode.dispatchEvent(new Event('change'));
    result.byType = drawnCount();
    mode.value = 'actor';
    mode.dispatchEvent(new Event('change'));
    // Indonesian, then back.
    document.querySelector('button.lang[data-lang="id"]').click();
    result.indonesian = { undated: document.querySelector('#undated-section h2').textContent,
                          missileTest: typeName('missile_test') };
    document.querySelector('button.lang[data-lang="' + (hash.get('lang') || 'en') + '"]').click();
    // A click on the event asked for (else the first) opens its card.
    var index = 0;
    for (var i = 0; i < N; i++) if (EVENTS[i].id === target) index = i;
    if (N) {
      closeCard();
      result.click = { id: EVENTS[index].id, at: click(index) };
      result.click.cardOpen = !card.hidden;
      result.click.cardId = document.getElementById('card-id').textContent;
      result.click.title = document.getElementById('card-title').textContent;
      result.click.evidence = document.getElementById('card-evidence').textContent;
    }
    // Keys: n opens the first event in time, n again the next, p goes back.
    closeCard();
    canvas.focus();
    function key(k) { canvas.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true })); }
    key('n');
    var first = cardEvent;
    key('n');
    var second = cardEvent;
    key('p');
    result.keys = { first: first >= 0 ? EVENTS[first].id : null, second: second >= 0 ? EVENTS[second].id : null,
                    back: cardEvent >= 0 ? EVENTS[cardEvent].id : null, cardOpen: !card.hidden,
                    inView: cardEvent >= 0 && xOf(evStart[cardEvent]) < width && xOf(evEnd[cardEvent]) > labelW };
    // The clicked event's card again, for the DOM the test reads.
    if (N) openCard(index);
    result.width = { window: window.innerWidth, document: document.documentElement.scrollWidth };
    result.errors = errorList;
    return result;
  }
  function bench() {
    // performance.now() counts from navigation start: reading the page, the
    // JSON, this script and the first frame; scriptMs is this script alone.
    var result = { events: N, loadedMs: READY, scriptMs: READY - START };
    var full = [];  // the whole timeline in view: every event drawn
    for (var f = 0; f < 5; f++) { draw(); full.push(lastDrawMs); }
    full.sort(function (a, b) { return a - b; });
    result.fullFrameMs = full[2];
    var frames = [], t0 = performance.now();
    for (var k = 0; k < 40; k++) {  // zoom in step by step, then pan: the frames people see
      if (k < 20) zoomAt(1.3, labelW + plotW / 2); else view.x0 += plotW / 10 / view.ppd;
      draw();
      frames.push(lastDrawMs);
    }
    frames.sort(function (a, b) { return a - b; });
    result.framesMs = { median: frames[20], max: frames[39], total: performance.now() - t0 };
    var f0 = performance.now();
    filter.text = 'a';
    applyFilter();
    draw();
    result.filterMs = performance.now() - f0;
    return result;
  }
  if (hash.has('selftest') || hash.has('bench')) {
    var out = document.getElementById('selftest');
    try {
      out.textContent = JSON.stringify(hash.has('bench') ? bench() : selftest(hash.get('selftest')));
    } catch (err) {
      noteError(err && err.stack || err);
      out.textContent = JSON.stringify({ errors: errorList });
    }
    out.dataset.done = 'yes';
  }
})();
