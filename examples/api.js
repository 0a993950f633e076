/**
 * api.html: every button calls a method or sets a property of <stakeholder-graph>, and every
 * event the element fires is written to the log. The log uses textContent only: no HTML from data.
 */
const graph = document.getElementById('graph');
const log = document.getElementById('log');

const EVENTS = ['sg-load', 'sg-error', 'sg-select', 'sg-filter', 'sg-focus', 'sg-layout', 'sg-path'];

/** A one-line summary of an event's detail (the `sg-load` graph is summarised, not dumped). */
function summary(event) {
  const detail = event.detail;
  if (event.type === 'sg-load') return `${detail.graph.order} actors, ${detail.graph.size} relationships`;
  if (event.type === 'sg-path')
    return detail.active
      ? `${detail.from} → ${detail.to}: ${detail.active.nodes.join(' → ')}`
      : `${detail.from ?? '–'} → ${detail.to ?? '–'}: no path shown`;
  return JSON.stringify(detail);
}

for (const type of EVENTS) {
  graph.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${summary(event)}`;
    log.append(item);
    item.scrollIntoView({ block: 'nearest' });
  });
}

const actions = {
  select: () => graph.select('DPRK'),
  focus: () => graph.focusActor('Russia'),
  path: () => graph.highlightPath('US', 'Ukraine'),
  filter: () => (graph.filter = { edgeTypes: ['supplies'], statuses: null, nodeKinds: null }),
  reset: () => graph.resetFilter(),
  clear: () => {
    graph.clearHighlight();
    graph.clearFocus();
    graph.select(null);
  },
  fit: () => graph.fit(),
};

document.querySelector('.controls').addEventListener('click', (event) => {
  const action = event.target.closest('button')?.dataset.action;
  if (action) actions[action]();
});
