/*
 * The graph viewer of an entity page, drawn with Cytoscape.js from /api/neighbourhood: the entity and the first
 * things of each of its kinds of link, named, the links named by their properties, laid out by fCoSE with no two
 * labels overlapping (explore/layouts.js). It says how many it drew of how many there are, each kind of link's
 * count beside its box; the explorer (linked below it) draws them all. A click (tap) on a node draws its first
 * neighbours too; a double click opens its page; the boxes show or hide each kind of link. The page's lists of
 * statements and links hold the same links, for readers the canvas does not serve. window.cy is the graph.
 */
import { arrange, frame } from './explore/layouts.js';

/** How many things of each kind of link are drawn. */
const FIRST = 6;
/** The parts of documents: drawn around a part, but not around the things that have them by the dozen. */
const PARTS = ['paragraph', 'version', 'mention'];

const container = document.getElementById('graph');
const status = document.getElementById('graph-status');
const filters = document.getElementById('graph-filters');
const legend = document.getElementById('graph-legend');

if (container && typeof window.cytoscape === 'function') {
  const center = container.getAttribute('data-iri');
  const kindNames = JSON.parse(container.getAttribute('data-kinds') || '{}');
  const colours = {};
  const expanded = {};
  const shown = {};
  const counts = {};
  let tapTimer = null;

  const colour = function (kind) {
    if (!Object.prototype.hasOwnProperty.call(colours, kind)) {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch kind-' + kind;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + (kindNames[kind] || kind)));
      legend.appendChild(item);
      legend.hidden = false;
      colours[kind] = window.getComputedStyle(swatch).backgroundColor;
    }
    return colours[kind];
  };

  const cy = window.cytoscape({
    container: container,
    elements: [],
    minZoom: 0.2,
    maxZoom: 1.5,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'wrap', 'text-max-width': 160, 'color': '#1b1f24',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2,
        'background-color': function (n) { return colour(n.data('kind')); }, 'width': 16, 'height': 16 } },
      { selector: 'node.center', style: { 'width': 28, 'height': 28, 'border-width': 3,
        'border-color': '#009edb', 'font-weight': 'bold' } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1b1f24' } },
      { selector: 'edge', style: {
        'label': '', 'font-size': 9, 'color': '#57606a', 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'width': 1.2, 'line-color': '#adb5bd',
        'target-arrow-color': '#adb5bd', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
        'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'edge.labelled', style: { 'label': 'data(label)', 'line-color': '#6c757d',
        'target-arrow-color': '#6c757d' } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });
  window.cy = cy;

  const say = function (text) {
    status.textContent = text || '';
  };

  const load = function (iri) {
    const url = new URL(container.getAttribute('data-neighbourhood'), window.location.href);
    url.searchParams.set('iri', iri);
    return window.fetch(url.toString(), { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error(r.status + ' ' + r.statusText);
      }
      return r.json();
    });
  };

  /** Adds a node's first neighbours of each kind of link (its parts only around a part); returns how many. */
  const add = function (data, around) {
    const elements = [];
    const node = data.node;
    const part = PARTS.indexOf(node.kind) >= 0;
    if (cy.getElementById(node.id).empty()) {
      elements.push({ group: 'nodes', data: { id: node.id, label: node.label, kind: node.kind, href: node.href } });
    }
    data.links.forEach(function (link) {
      const onlyParts = Object.keys(link.kinds).every(function (k) { return PARTS.indexOf(k) >= 0; });
      if (onlyParts && !part) {
        return;
      }
      const drawn = link.neighbours.slice(0, FIRST);
      if (around) {
        counts[link.link + ' ' + link.direction] = { label: link.direction === 'out' ? '' : link.label,
          drawn: drawn.length, total: link.total, property: link.link };
      }
      drawn.forEach(function (n) {
        if (cy.getElementById(n.id).empty() && elements.every(function (e) { return e.data.id !== n.id; })) {
          elements.push({ group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind, href: n.href } });
        }
        const source = link.direction === 'out' ? node.id : n.id;
        const target = link.direction === 'out' ? n.id : node.id;
        const id = source + ' ' + link.link + ' ' + target;
        if (cy.getElementById(id).empty() && elements.every(function (e) { return e.data.id !== id; })) {
          elements.push({ group: 'edges', data: { id: id, source: source, target: target, property: link.link,
            label: link.property } });
        }
      });
      addFilter(link.link, link.property);
    });
    cy.add(elements);
    applyFilters();
    return elements.length;
  };

  const addFilter = function (property, name) {
    if (Object.prototype.hasOwnProperty.call(shown, property)) {
      return;
    }
    shown[property] = true;
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = property;
    box.addEventListener('change', function () {
      shown[property] = box.checked;
      applyFilters();
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + name));
    const count = document.createElement('span');
    count.className = 'count';
    label.appendChild(count);
    label.title = property;
    filters.appendChild(label);
    filters.hidden = false;
  };

  /** Beside each box, how many of that kind of link around the entity are drawn of how many there are. */
  const countFilters = function () {
    filters.querySelectorAll('label').forEach(function (label) {
      const property = label.querySelector('input').value;
      const parts = Object.keys(counts).filter(function (k) { return counts[k].property === property; })
        .map(function (k) {
          return (counts[k].label ? counts[k].label + ' ' : '') + counts[k].drawn + '/' + counts[k].total;
        });
      label.querySelector('.count').textContent = parts.length ? ' (' + parts.join(', ') + ')' : '';
    });
  };

  /** An edge shows when its property is ticked; a node when the center, expanded, or at the end of a shown edge. */
  const applyFilters = function () {
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        e.toggleClass('hidden', shown[e.data('property')] === false);
      });
      cy.nodes().forEach(function (n) {
        const visible = n.id() === center || expanded[n.id()] ||
          n.connectedEdges().some(function (e) { return !e.hasClass('hidden'); });
        n.toggleClass('hidden', !visible);
      });
    });
  };

  const FEW_EDGES = 16;
  const labelEdges = function () {
    cy.edges().toggleClass('labelled', cy.edges().length <= FEW_EDGES);
  };
  cy.on('mouseover', 'node', function (event) {
    if (cy.edges().length > FEW_EDGES) {
      event.target.connectedEdges().addClass('labelled');
    }
  });
  cy.on('mouseout', 'node', labelEdges);

  const layout = function (fresh) {
    labelEdges();
    arrange(cy, 'force', { fresh: fresh });
    frame(cy, cy.getElementById(center));
  };

  const expand = function (node) {
    const id = node.id();
    if (expanded[id]) {
      return;
    }
    expanded[id] = true;
    node.addClass('expanded');
    load(id).then(function (data) {
      if (add(data, false) > 0) {
        layout(false);
      }
    }).catch(function () {
      say(container.getAttribute('data-failed'));
    });
  };

  cy.on('tap', 'node', function (event) {
    const node = event.target;
    window.clearTimeout(tapTimer);
    /* Wait a moment, so that a double click opens the page without drawing first. */
    tapTimer = window.setTimeout(function () { expand(node); }, 250);
  });
  cy.on('dbltap', 'node', function (event) {
    window.clearTimeout(tapTimer);
    const href = event.target.data('href');
    if (href) {
      window.location.href = href;
    }
  });

  load(center).then(function (data) {
    expanded[center] = true;
    add(data, true);
    cy.getElementById(center).addClass('center');
    layout(true);
    countFilters();
    let drawn = 0;
    let total = 0;
    Object.keys(counts).forEach(function (k) {
      drawn += counts[k].drawn;
      total += counts[k].total;
    });
    if (total === 0) {
      say(container.getAttribute('data-empty'));
    } else {
      say(container.getAttribute(drawn < total ? 'data-drawn' : 'data-all')
        .replace('{drawn}', drawn.toLocaleString()).replace('{total}', total.toLocaleString()));
    }
    container.setAttribute('data-links-drawn', String(drawn));
    container.setAttribute('data-links', String(total));
    container.setAttribute('data-nodes', String(cy.nodes().length));
    cy.on('add', function () { container.setAttribute('data-nodes', String(cy.nodes().length)); });
  }).catch(function () {
    say(container.getAttribute('data-failed'));
  });
}
