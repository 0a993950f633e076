/**
 * dark.html: the explorer's details panel, rendered by the page. `detailsRenderer` gets the
 * selected actor and returns DOM nodes built with textContent only (the data is untrusted: never
 * innerHTML); each neighbour is a button that moves the selection with `context.select`.
 */
const explorer = document.getElementById('dark-explorer');

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

explorer.detailsRenderer = (actor, { graph, select }) => {
  const panel = element('div', undefined, 'page-details');
  panel.append(element('h3', actor.label), element('p', `${actor.kind}: ${actor.attributes.description ?? 'no description'}`));
  const list = element('ul');
  for (const neighbour of graph.neighbors(actor.key)) {
    const button = element('button', graph.getNodeAttribute(neighbour, 'label') ?? neighbour);
    button.type = 'button';
    button.addEventListener('click', () => select(neighbour));
    const item = element('li');
    item.append(button);
    list.append(item);
  }
  panel.append(element('p', 'Connected to:'), list);
  return panel;
};
