// PolicyKG explorer: search, a graph around an entity (Cytoscape.js), the board × mechanism matrix, documents.
// Plain browser JavaScript against the REST API; no build step.
'use strict';

// The closed vocabularies (board order, relation types with their direction, entity types, region kinds) come from
// GET /api/model, which reads the Java enums ingestion writes with; the page keeps no list of its own. What is here
// is presentation only, keyed by those names: a type or kind without a style still shows, in grey, by its own name.
// PART_OF joins regions, strategies and mechanisms (a component of a larger mechanism: drawn dashed); a symmetric
// relation (COOPERATES_WITH) has no arrow; ASSISTS runs from the helper to the region it helps.
const RELATION_STYLES = {
  SERVES: { label: '服务 serves', colour: '#d64545' },
  SUPPORTS: { label: '支撑 supports', colour: '#7b61ff' },
  TARGETS: { label: '指向 targets', colour: '#2680c2' },
  PART_OF: { label: '属于 part of', colour: '#9fb3c8' },
  COOPERATES_WITH: { label: '合作 cooperates', colour: '#27ab83' },
  ASSISTS: { label: '帮扶 assists', colour: '#e8590c' },
  WITHIN: { label: '位于 within (gazetteer)', colour: '#d9e2ec' }
};
const COMPONENT_LABEL = '组成部分 component of';
const COLOURS = {
  Mechanism: '#d64545', Strategy: '#2680c2', Board: '#f0b429', Province: '#3ebd93', City: '#65d6ad',
  CityCluster: '#8719e0', EconomicBelt: '#a368fc', NewArea: '#0e7c86', CooperationZone: '#14919b',
  RiverBasin: '#2186eb', SpecialArea: '#e12d39', MacroRegion: '#9fb3c8'
};
const GREY = '#829ab1';
const SHAPES = { Mechanism: 'diamond', Strategy: 'round-rectangle', Board: 'star' };
const TYPE_HEADINGS = { Region: '区域 Regions', Strategy: '战略 Strategies', Mechanism: '机制 Mechanisms' };

// Filled from /api/model before anything is drawn: every relation type with its style, keyed by type.
let RELATIONS = [];
let RELATION = {};

const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => (k === 'class' ? (e.className = v) : k.startsWith('on') ? e.addEventListener(k.slice(2), v) : e.setAttribute(k, v)));
  children.flat().forEach((c) => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return e;
};

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || response.statusText);
  }
  return response.json();
}

// ---- period ------------------------------------------------------------------------------------------------------

// The period the graph, the matrix, search, evidence and documents are filtered by: only documents dated in it count.
// Each end a year, a month or a day, either empty; the service checks them (a bad one is a 400 with its reason).
const period = { from: '', to: '' };
const periodQuery = () => ['from', 'to'].filter((k) => period[k]).map((k) => `&${k}=${encodeURIComponent(period[k])}`).join('');
let current = null; // the graph's centre: { id, name }

async function applyPeriod(from, to) {
  const before = { ...period };
  Object.assign(period, { from: from.trim(), to: to.trim() });
  $('#period-error').textContent = '';
  try {
    await api(`/api/documents?${periodQuery().slice(1)}`); // refused here first: nothing redrawn with a bad period
  } catch (error) {
    Object.assign(period, before);
    $('#period-error').textContent = error.message;
    return;
  }
  document.body.classList.toggle('in-period', Boolean(period.from || period.to));
  const view = document.querySelector('nav button.active').dataset.view;
  if (view === 'matrix') {
    await showMatrix();
  } else if (view === 'documents') {
    await showDocuments();
  }
  if (current) {
    await showGraph(current.id, current.name);
  }
}

$('#period').addEventListener('submit', (event) => {
  event.preventDefault();
  applyPeriod($('#period-from').value, $('#period-to').value).catch(showError);
});
$('#period').addEventListener('reset', () => applyPeriod('', '').catch(showError));

const category = (data) => data.kind || data.type;
const colour = (data) => COLOURS[category(data)] || GREY;
const isComponent = (edge) => edge.type === 'PART_OF' && edge.sourceType === 'Mechanism';
const relationLabel = (edge) => (isComponent(edge) ? COMPONENT_LABEL : (RELATION[edge.type] || { label: edge.type }).label);

// ---- graph -------------------------------------------------------------------------------------------------------

// The per-type edge styles exist once the vocabulary is known; until then edges take the plain style.
function graphStyle() {
  return [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#243b53',
      'background-color': (n) => colour(n.data()), shape: (n) => SHAPES[n.data('kind')] || SHAPES[n.data('type')] || 'ellipse',
      width: (n) => 18 + Math.min(30, n.data('mentions') || 0), height: (n) => 18 + Math.min(30, n.data('mentions') || 0) } },
    { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#243b53' } },
    { selector: 'edge', style: {
      width: (e) => 1 + Math.min(5, e.data('count') || 1), 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      'line-color': '#bcccdc', 'target-arrow-color': '#bcccdc', label: 'data(type)', 'font-size': 8, color: GREY } },
    ...RELATIONS.map((r) => ({ selector: `edge[type = "${r.type}"]`,
      style: { 'line-color': r.colour, 'target-arrow-color': r.colour, 'target-arrow-shape': r.directed ? 'triangle' : 'none' } })),
    { selector: 'edge.component', style: { 'line-style': 'dashed' } },
    { selector: 'node.answer', style: { 'border-width': 4, 'border-color': '#f0b429' } },
    { selector: 'edge.selected', style: { 'line-color': '#243b53', 'target-arrow-color': '#243b53', width: 6 } },
    { selector: '.hidden', style: { display: 'none' } }
  ];
}

const cy = cytoscape({
  container: $('#cy'),
  wheelSensitivity: 0.3,
  style: graphStyle()
});

// The vocabularies, asked once; everything that draws waits for them.
const vocabulary = api('/api/model').then((model) => {
  RELATIONS = model.relationTypes.map((r) => ({ ...r, label: r.type, colour: GREY, ...RELATION_STYLES[r.type] }));
  RELATION = Object.fromEntries(RELATIONS.map((r) => [r.type, r]));
  cy.style().fromJson(graphStyle()).update();
  buildFiltersAndLegend(model);
  return model;
});

function layout() {
  cy.layout({ name: 'cose', animate: false, nodeRepulsion: 40000, idealEdgeLength: 150, nodeOverlap: 40, padding: 30 }).run();
}

async function showGraph(id, name, expand = false) {
  await vocabulary;
  const graph = await api(`/api/graph?center=${encodeURIComponent(id)}&depth=1&limit=60&format=cytoscape${periodQuery()}`);
  if (!expand) {
    cy.elements().remove();
  }
  const existing = new Set(cy.elements().map((e) => e.id()));
  cy.add([...graph.elements.nodes, ...graph.elements.edges].filter((e) => !existing.has(e.data.id)));
  cy.edges().forEach((e) => {
    e.data('sourceType', e.source().data('type'));
    e.toggleClass('component', isComponent(e.data()));
  });
  cy.nodes().removeClass('center');
  cy.getElementById(id).addClass('center');
  const when = period.from || period.to ? ` · ${period.from || '…'} – ${period.to || '…'}` : '';
  $('#graph-title').textContent = `${name}${when}${graph.truncated ? ' (部分 · truncated)' : ''}`;
  applyFilters();
  layout();
  if (!expand) {
    current = { id, name };
    showTimeline(id, period, (year) => showYearEvidence(name, year)).catch(showError);
  }
}

function showYearEvidence(name, year) {
  const panel = $('#evidence');
  panel.replaceChildren(el('h2', {}, '证据 Evidence'), el('p', {}, `${name} · ${year.year}: ${year.documents.length} 篇 documents, ${year.sentences} 句 sentences`));
  [...year.boards, ...year.regions].forEach((r) => panel.append(el('span', { class: 'tag' }, `服务 ${r.name} ${r.sentences}`)));
  year.evidence.forEach((e) => panel.append(evidenceQuote(e)));
}

cy.on('tap', 'node', (event) => {
  const n = event.target.data();
  showGraph(n.id, n.name, true).catch(showError);
});

cy.on('tap', 'edge', async (event) => {
  cy.edges().removeClass('selected');
  const edge = event.target.addClass('selected').data();
  const source = cy.getElementById(edge.source).data('name');
  const target = cy.getElementById(edge.target).data('name');
  const panel = $('#evidence');
  const directed = !RELATION[edge.type] || RELATION[edge.type].directed;
  panel.replaceChildren(el('h2', {}, '证据 Evidence'), el('p', {}, `${source} —${relationLabel(edge)}${directed ? '→' : '—'} ${target}`));
  try {
    const relations = await api(`/api/entities/${encodeURIComponent(edge.source)}/relations?type=${edge.type}&direction=out&evidenceLimit=20${periodQuery()}`);
    const relation = relations.items.find((r) => r.other.id === edge.target);
    if (!relation) {
      panel.append(el('p', { class: 'hint' }, '无证据 · no evidence'));
      return;
    }
    panel.append(el('p', { class: 'hint' }, `置信度 confidence ${relation.confidence} · ${relation.count} 句 sentences · ${relation.methods.join(', ')}`));
    relation.evidence.forEach((e) => panel.append(evidenceQuote(e)));
  } catch (error) {
    showError(error);
  }
});

function evidenceQuote(e) {
  return el('blockquote', { class: 'evidence-item' }, e.sentence, el('cite', {}, `${e.documentTitle || e.documentId} · ${e.section || '—'}`));
}

function applyFilters() {
  const shown = new Set([...document.querySelectorAll('#filters input:checked')].map((i) => i.value));
  cy.edges().forEach((e) => e.toggleClass('hidden', !shown.has(e.data('type'))));
}

function line(colour, dashed) {
  const swatch = el('i', { class: `line${dashed ? ' dashed' : ''}` });
  swatch.style.setProperty('--colour', colour);
  return swatch;
}

function buildFiltersAndLegend(model) {
  RELATIONS.forEach((r) => $('#filters').append(el('label', { 'data-type': r.type },
    el('input', { type: 'checkbox', value: r.type, checked: '', onchange: applyFilters }), ' ', line(r.colour), ' ', r.label)));
  const legend = $('#legend');
  legend.append(el('strong', {}, '图例 Legend'));
  // regions are coloured by kind, strategies and mechanisms by type
  const categories = [...model.entityTypes.map((t) => t.type).filter((t) => t !== 'Region').reverse(), ...model.regionKinds];
  categories.forEach((name) => {
    const dot = el('i');
    dot.style.background = COLOURS[name] || GREY;
    legend.append(el('div', {}, dot, name));
  });
  RELATIONS.forEach((r) => legend.append(el('div', { class: 'relation', 'data-type': r.type }, line(r.colour), `${r.label} ${r.directed ? '→' : '—'}`)));
  legend.append(el('div', { class: 'relation', 'data-type': 'PART_OF-component' }, line(RELATION.PART_OF.colour, true), `${COMPONENT_LABEL} →`));
}

$('#zoom-in').addEventListener('click', () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
$('#zoom-out').addEventListener('click', () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
$('#fit').addEventListener('click', () => cy.fit(undefined, 30));
$('#png').addEventListener('click', () => {
  const link = el('a', { href: cy.png({ full: true, scale: 2, bg: '#ffffff' }), download: 'policykg-graph.png' });
  document.body.append(link);
  link.click();
  link.remove();
});

// ---- search ------------------------------------------------------------------------------------------------------

$('#search-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const q = $('#search').value.trim();
  if (!q) {
    return;
  }
  const results = $('#results');
  results.replaceChildren(el('p', { class: 'hint' }, '…'));
  try {
    const [found, model] = await Promise.all([api(`/api/search?q=${encodeURIComponent(q)}&limit=30${periodQuery()}`), vocabulary]);
    results.replaceChildren();
    model.entityTypes.map((t) => t.type).forEach((type) => {
      const hits = found.entities.filter((e) => e.type === type);
      if (hits.length) {
        results.append(el('h3', {}, TYPE_HEADINGS[type] || type));
        hits.forEach((h) => results.append(el('button', { class: 'hit', 'data-id': h.id, onclick: () => showGraph(h.id, h.name).catch(showError) },
          h.name, h.kind ? ` · ${h.kind}` : '', ` (${h.mentions})`)));
      }
    });
    if (found.sentences.length) {
      results.append(el('h3', {}, '句子 Sentences'));
      found.sentences.slice(0, 5).forEach((s) => results.append(el('p', { class: 'sentence' }, s.sentence)));
    }
    if (!found.entities.length && !found.sentences.length) {
      results.append(el('p', { class: 'hint' }, '没有结果 · nothing found'));
    }
    if (found.entities.length) {
      await showGraph(found.entities[0].id, found.entities[0].name);
    }
  } catch (error) {
    showError(error);
  }
});

// ---- matrix ------------------------------------------------------------------------------------------------------

async function showMatrix() {
  const [answer, model] = await Promise.all([api(`/api/boards/mechanisms?rollup=${$('#rollup').checked}&evidenceLimit=10${periodQuery()}`), vocabulary]);
  const boards = model.boards.map((b) => b.name);
  const rows = new Map();
  answer.boards.forEach((b) => b.mechanisms.forEach((m) => {
    if (!rows.has(m.name)) {
      rows.set(m.name, {});
    }
    rows.get(m.name)[b.board.name] = m;
  }));
  const table = $('#matrix');
  table.replaceChildren(el('tr', {}, el('th', {}, '机制 Mechanism'), boards.map((b) => el('th', {}, b))));
  if (!rows.size) {
    table.append(el('tr', {}, el('td', { colspan: boards.length + 1, class: 'hint' }, '该时期没有机制 · no mechanism in this period')));
  }
  [...rows.entries()]
    .sort((a, b) => Object.keys(b[1]).length - Object.keys(a[1]).length || a[0].localeCompare(b[0], 'zh'))
    .forEach(([name, cells]) => {
      table.append(el('tr', { 'data-mechanism': name }, el('th', { scope: 'row' }, name), boards.map((board) => {
        const m = cells[board];
        if (!m) {
          return el('td', { class: 'cell empty', 'data-board': board }, '·');
        }
        return el('td', { class: `cell${m.direct ? '' : ' indirect'}`, 'data-board': board, title: m.direct ? 'direct' : m.paths.map((p) => p.join(' → ')).join('\n'),
          onclick: () => showCellEvidence(name, board, m) }, m.direct ? m.strength : `(${m.strength})`);
      })));
    });
}

function showCellEvidence(name, board, m) {
  const panel = $('#matrix-evidence');
  panel.replaceChildren(el('h2', {}, '证据 Evidence'), el('p', {}, `${name} → ${board}${m.direct ? '' : ' (经 via ' + m.paths.map((p) => p.join(' → ')).join('; ') + ')'}`));
  m.evidence.forEach((e) => panel.append(evidenceQuote(e)));
}

$('#rollup').addEventListener('change', () => showMatrix().catch(showError));

// ---- documents ---------------------------------------------------------------------------------------------------

async function showDocuments() {
  const list = await api(`/api/documents?${periodQuery().slice(1)}`);
  $('#documents').replaceChildren(...list.items.map((d) => el('li', { onclick: () => showDocument(d.id).catch(showError) },
    `${d.title} (${d.sentences} 句)`)));
}

async function showDocument(id) {
  const d = await api(`/api/documents/${encodeURIComponent(id)}`);
  const doc = d.document;
  $('#document').replaceChildren(
    el('h2', {}, doc.title),
    el('p', {}, [doc.authors && doc.authors.join('、'), doc.venue, doc.date].filter(Boolean).join(' · ')),
    el('h3', {}, `章节 Sections (${d.sections.length})`),
    ...d.sections.filter((s) => s.level > 0).sort((a, b) => a.ordinal - b.ordinal).map((s) => {
      const line = el('div', { class: 'section' }, s.title, ` (${s.sentences})`);
      line.style.setProperty('--level', s.level - 1);
      return line;
    }),
    el('h3', {}, `实体 Entities (${d.entities.length}) · 关系 relations ${d.relations}`),
    el('div', {}, d.entities.slice(0, 60).map((e) => el('span', { class: 'tag', title: e.kind || e.type }, `${e.name} ${e.mentions}`))));
}

// ---- views and errors --------------------------------------------------------------------------------------------

function showError(error) {
  console.warn(error);
  $('#graph-title').textContent = `出错 Error: ${error.message}`;
}

document.querySelectorAll('nav button').forEach((b) => b.addEventListener('click', () => {
  document.querySelectorAll('nav button').forEach((x) => x.classList.toggle('active', x === b));
  document.querySelectorAll('.view').forEach((v) => v.classList.toggle('active', v.id === `view-${b.dataset.view}`));
  if (b.dataset.view === 'matrix') {
    showMatrix().catch(showError);
  } else if (b.dataset.view === 'documents') {
    showDocuments().catch(showError);
  } else {
    cy.resize();
  }
}));

vocabulary.catch(showError);
window.policykg = { cy, showGraph, showMatrix, applyPeriod };
