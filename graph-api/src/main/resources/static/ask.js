// Questions in Chinese (GET /api/ask) and the page's opening view. Loaded after app.js, whose helpers it uses.

// How each intent's items stand to its subject in the graph: the relation type, and whether the item is its source.
const ANSWER_EDGES = {
  MECHANISMS_SERVING: ['SERVES', true], REGIONS_SERVED: ['SERVES', false],
  STRATEGIES_COVERING: ['TARGETS', true], REGIONS_OF_STRATEGY: ['TARGETS', false],
  STRATEGY_SUPPORTERS: ['SUPPORTS', true], STRATEGIES_SUPPORTED: ['SUPPORTS', false],
  COMPONENTS: ['PART_OF', true], MEMBERS: ['PART_OF', true], WHOLES: ['PART_OF', false],
  PARTNERS: ['COOPERATES_WITH', false], HELPERS: ['ASSISTS', true], RECIPIENTS: ['ASSISTS', false]
};

const node = (e, classes = '') => ({ group: 'nodes', classes, data: { id: e.id, label: e.name, name: e.name, type: e.type, kind: e.kind, mentions: e.count || 0 } });

// The opening view: the four boards and the mechanisms that serve them directly, strongest edges thickest.
async function showOverview() {
  await vocabulary;
  const matrix = await api(`/api/boards/mechanisms?evidenceLimit=1${periodQuery()}`);
  const elements = [];
  const seen = new Set();
  matrix.boards.forEach(({ board, mechanisms }) => {
    elements.push(node({ ...board, type: 'Region', kind: 'Board', count: 30 }, 'center'));
    mechanisms.forEach((m) => {
      if (!seen.has(m.id)) {
        seen.add(m.id);
        elements.push(node({ ...m, type: 'Mechanism', count: m.strength }));
      }
      elements.push({ group: 'edges', data: { id: `overview-${m.id}-${board.id}`, source: m.id, target: board.id, type: 'SERVES', label: 'SERVES', count: m.strength } });
    });
  });
  cy.elements().remove();
  cy.add(elements);
  $('#graph-title').textContent = '板块 × 机制总览 · the boards and the mechanisms that serve them';
  applyFilters();
  layout();
}

async function showExamples() {
  const examples = await api('/api/ask/examples');
  $('#ask-examples').replaceChildren(el('p', { class: 'hint' }, '例如 For example:'),
    ...examples.map((q) => el('button', { class: 'example', type: 'button', onclick: () => ask(q) }, q)));
}

async function ask(question) {
  $('#ask').value = question;
  const answer = await api(`/api/ask?q=${encodeURIComponent(question)}`);
  const box = $('#ask-answer');
  box.replaceChildren(el('p', { class: `answer-text${answer.understood ? '' : ' refused'}` }, answer.answer.text));
  box.dataset.intent = answer.intent || 'none';
  if (!answer.understood) {
    if (answer.suggestions && answer.suggestions.length) {
      box.append(el('p', { class: 'hint' }, '图中相近的名称 Similar names:'), ...answer.suggestions.map((s) => el('span', { class: 'tag' }, s)));
    }
    box.append(el('p', { class: 'hint' }, '可以这样问 Questions it answers:'),
      ...(answer.examples || []).map((q) => el('button', { class: 'example', type: 'button', onclick: () => ask(q) }, q)));
    return answer;
  }
  box.append(el('details', {}, el('summary', {}, 'Cypher'), el('pre', { class: 'cypher' }, answer.cypher),
    el('pre', { class: 'params' }, JSON.stringify(answer.params, null, 2))));
  const panel = $('#evidence');
  panel.replaceChildren(el('h2', {}, '证据 Evidence'), el('p', {}, answer.question));
  answer.evidence.forEach((e) => {
    const quote = evidenceQuote(e);
    quote.prepend(el('span', { class: 'tag' }, e.about));
    panel.append(quote);
  });
  if (answer.evidence.length === 0) {
    panel.append(el('p', { class: 'hint' }, '无证据 · no sentence'));
  }
  await showAnswerGraph(answer);
  return answer;
}

// The answer in the graph: the subjects at the centre, the answer's entities highlighted and joined to them.
async function showAnswerGraph(answer) {
  const subject = answer.entities[0];
  const shape = ANSWER_EDGES[answer.intent];
  if (!shape) { // relations, evidence, documents: the first entity's neighbourhood, the others highlighted
    await showGraph(subject.id, subject.name);
    answer.entities.slice(1).forEach((e) => cy.getElementById(e.id).addClass('answer'));
    return;
  }
  const [type, itemIsSource] = shape;
  const subjects = answer.entities.filter((e) => !answer.answer.items.some((i) => i.id === e.id));
  cy.elements().remove();
  cy.add(subjects.map((e) => node(e, 'center')));
  answer.answer.items.forEach((item) => {
    if (cy.getElementById(item.id).empty()) {
      cy.add(node(item, 'answer'));
    }
    subjects.forEach((s) => cy.add({ group: 'edges', classes: 'answer-edge', data: {
      id: `ask-${item.id}-${s.id}`, type, label: type, count: item.count,
      source: itemIsSource ? item.id : s.id, target: itemIsSource ? s.id : item.id } }));
  });
  $('#graph-title').textContent = answer.answer.text;
  applyFilters();
  layout();
}

$('#ask-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const question = $('#ask').value.trim();
  if (question) {
    ask(question).catch(showError);
  }
});

showOverview().catch(showError);
showExamples().catch(showError);
window.policykg = { ...window.policykg, ask, showOverview };
