/*
 * What can be taken out of a view: a PNG and an SVG picture of it, its things and links as GraphML (for Gephi and
 * Cytoscape desktop: each node with its IRI, name, kind, class, date, place and colour; each edge with its property),
 * and its RDF, as the CONSTRUCT query that gives it (to open in the SPARQL editor) or as the Turtle it gives. What
 * the filters hide is not taken, nor the group and tick nodes, which stand for nothing in the data.
 */
const GRAPHML = 'http://graphml.graphdrawing.org/xmlns';
const SVG = 'http://www.w3.org/2000/svg';

/** Offers a file to the reader as a download. */
export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
}

function shownThings(view) {
  return view.things().filter(':visible');
}

function shownLinks(view) {
  return view.cy.edges(':visible').filter(function (e) { return !e.hasClass('to-group'); });
}

export function png(view) {
  return view.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
}

/** The GraphML of the things and links shown, as text. */
export function graphml(view) {
  const doc = document.implementation.createDocument(GRAPHML, 'graphml', null);
  const root = doc.documentElement;
  const keys = [['label', 'node', 'string'], ['iri', 'node', 'string'], ['kind', 'node', 'string'],
    ['class', 'node', 'string'], ['classLabel', 'node', 'string'], ['date', 'node', 'string'],
    ['x', 'node', 'double'], ['y', 'node', 'double'], ['r', 'node', 'int'], ['g', 'node', 'int'],
    ['b', 'node', 'int'], ['label', 'edge', 'string'], ['property', 'edge', 'string'], ['curie', 'edge', 'string']];
  keys.forEach(function (k) {
    const key = doc.createElementNS(GRAPHML, 'key');
    key.setAttribute('id', k[1].charAt(0) + '_' + k[0]);
    key.setAttribute('for', k[1]);
    key.setAttribute('attr.name', k[0]);
    key.setAttribute('attr.type', k[2]);
    root.appendChild(key);
  });
  const graph = doc.createElementNS(GRAPHML, 'graph');
  graph.setAttribute('id', 'unkg');
  graph.setAttribute('edgedefault', 'directed');
  root.appendChild(graph);
  const data = function (parent, key, value) {
    if (value === undefined || value === null || value === '') {
      return;
    }
    const d = doc.createElementNS(GRAPHML, 'data');
    d.setAttribute('key', key);
    d.textContent = String(value);
    parent.appendChild(d);
  };
  shownThings(view).forEach(function (n) {
    const node = doc.createElementNS(GRAPHML, 'node');
    node.setAttribute('id', n.id());
    const p = n.position();
    const rgb = channels(view.colour(n.data('kind')));
    data(node, 'n_label', n.data('label'));
    data(node, 'n_iri', n.id());
    data(node, 'n_kind', n.data('kind'));
    data(node, 'n_class', n.data('cls'));
    data(node, 'n_classLabel', n.data('classLabel'));
    data(node, 'n_date', n.data('date'));
    data(node, 'n_x', Math.round(p.x * 10) / 10);
    data(node, 'n_y', Math.round(p.y * 10) / 10);
    data(node, 'n_r', rgb[0]);
    data(node, 'n_g', rgb[1]);
    data(node, 'n_b', rgb[2]);
    graph.appendChild(node);
  });
  shownLinks(view).forEach(function (e) {
    const edge = doc.createElementNS(GRAPHML, 'edge');
    edge.setAttribute('id', e.id());
    edge.setAttribute('source', e.source().id());
    edge.setAttribute('target', e.target().id());
    data(edge, 'e_label', e.data('label'));
    data(edge, 'e_property', e.data('property'));
    data(edge, 'e_curie', e.data('curie'));
    graph.appendChild(edge);
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc) + '\n';
}

/** "rgb(12, 34, 56)" as [12, 34, 56]. */
function channels(colour) {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour || '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [128, 128, 128];
}

/**
 * The CONSTRUCT query that gives the RDF of the things and links shown: the links among the things by the
 * properties drawn, and each thing's types of the ontology, names and date. IRIs are written relative to the data's
 * base, which the query declares; the prefixes (rdfs, skos, dct, unkg) are the ontology's, as the server gives them.
 */
export function construct(view, base, prefixes, comment) {
  const iri = function (id) {
    return '<' + (id.startsWith(base) ? id.slice(base.length) : id) + '>';
  };
  const things = shownThings(view).map(function (n) { return iri(n.id()); });
  const properties = [];
  shownLinks(view).forEach(function (e) {
    if (properties.indexOf(e.data('property')) < 0) {
      properties.push(e.data('property'));
    }
  });
  const wrap = function (items) {
    const lines = [];
    for (let i = 0; i < items.length; i += 4) {
      lines.push('    ' + items.slice(i, i + 4).join(' '));
    }
    return lines.join('\n');
  };
  const links = properties.length === 0 ? '' : '  {\n    VALUES ?p {\n' + wrap(properties.map(function (p) {
    return '<' + p + '>';
  })).replace(/^/gm, '  ') + '\n    }\n    VALUES ?o {\n' + wrap(things).replace(/^/gm, '  ')
    + '\n    }\n    ?s ?p ?o\n  }\n  UNION\n';
  return '# ' + comment + '\n'
    + 'BASE <' + base + '>\n'
    + Object.keys(prefixes).sort().map(function (p) { return 'PREFIX ' + p + ': <' + prefixes[p] + '>\n'; }).join('')
    + 'CONSTRUCT {\n  ?s ?p ?o .\n  ?s a ?type ; rdfs:label ?label ; skos:prefLabel ?name ; dct:date ?date .\n}\n'
    + 'WHERE {\n  VALUES ?s {\n' + wrap(things) + '\n  }\n'
    + links
    + '  { ?s a ?type FILTER(STRSTARTS(STR(?type), STR(unkg:))) }\n'
    + '  UNION { ?s rdfs:label ?label }\n'
    + '  UNION { ?s skos:prefLabel ?name }\n'
    + '  UNION { ?s dct:date ?date }\n'
    + '}\n';
}

/** An SVG picture of what is shown: links, then nodes, then names, in the view's own coordinates. */
export function svg(view) {
  const cy = view.cy;
  const shown = cy.nodes(':visible');
  const box = shown.boundingBox({ includeLabels: true });
  const pad = 20;
  const doc = document.implementation.createDocument(SVG, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('viewBox', [box.x1 - pad, box.y1 - pad, box.w + 2 * pad, box.h + 2 * pad].join(' '));
  root.setAttribute('width', String(Math.round(box.w + 2 * pad)));
  root.setAttribute('height', String(Math.round(box.h + 2 * pad)));
  root.setAttribute('font-family', 'system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif');
  const el = function (name, attrs, parent) {
    const e = doc.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    (parent || root).appendChild(e);
    return e;
  };
  el('rect', { x: box.x1 - pad, y: box.y1 - pad, width: box.w + 2 * pad, height: box.h + 2 * pad, fill: '#ffffff' });
  const defs = el('defs', {});
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6,
    markerHeight: 6, orient: 'auto-start-reverse' }, defs);
  el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#8c959f' }, marker);
  cy.edges(':visible').forEach(function (e) {
    const s = e.sourceEndpoint();
    const t = e.targetEndpoint();
    const controls = e.controlPoints();
    const d = controls && controls.length === 1
      ? 'M ' + s.x + ' ' + s.y + ' Q ' + controls[0].x + ' ' + controls[0].y + ' ' + t.x + ' ' + t.y
      : 'M ' + s.x + ' ' + s.y + ' L ' + t.x + ' ' + t.y;
    const attrs = { d: d, fill: 'none', stroke: e.hasClass('path') ? '#d9480f' : '#adb5bd',
      'stroke-width': e.hasClass('path') ? 3 : 1.2 };
    if (e.hasClass('to-group')) {
      attrs['stroke-dasharray'] = '5 4';
    } else {
      attrs['marker-end'] = 'url(#arrow)';
    }
    el('path', attrs);
  });
  shown.forEach(function (n) {
    const p = n.position();
    const w = n.width();
    const h = n.height();
    const fill = n.hasClass('group') ? '#f3f6f9' : view.colour(n.data('kind'));
    if (n.hasClass('tick')) {
      return;
    }
    const shape = n.style('shape');
    const attrs = { fill: fill, stroke: n.hasClass('group') ? '#57606a' : '#ffffff', 'stroke-width': 1 };
    if (shape === 'ellipse') {
      el('ellipse', Object.assign({ cx: p.x, cy: p.y, rx: w / 2, ry: h / 2 }, attrs));
    } else if (shape === 'diamond' || shape === 'hexagon') {
      const points = shape === 'diamond'
        ? [[0, -h / 2], [w / 2, 0], [0, h / 2], [-w / 2, 0]]
        : [[-w / 4, -h / 2], [w / 4, -h / 2], [w / 2, 0], [w / 4, h / 2], [-w / 4, h / 2], [-w / 2, 0]];
      el('polygon', Object.assign({ points: points.map(function (q) {
        return (p.x + q[0]) + ',' + (p.y + q[1]);
      }).join(' ') }, attrs));
    } else {
      const outer = n.hasClass('group') ? { w: n.outerWidth(), h: n.outerHeight() } : { w: w, h: h };
      el('rect', Object.assign({ x: p.x - outer.w / 2, y: p.y - outer.h / 2, width: outer.w, height: outer.h,
        rx: shape.indexOf('round') === 0 ? 3 : 0 }, attrs, n.hasClass('group') ? { 'stroke-dasharray': '4 3' } : {}));
    }
  });
  shown.forEach(function (n) {
    const label = n.data('label');
    if (!label) {
      return;
    }
    const lines = wrapped(n);
    const size = parseFloat(n.style('font-size'));
    const p = n.position();
    const inside = n.hasClass('group') || n.hasClass('tick');
    const top = inside ? p.y - (lines.length - 1) * size * 0.6 : n.boundingBox({ includeLabels: false }).y2 + 3
      + size * 0.9;
    const text = el('text', { x: p.x, y: top, 'font-size': size, 'text-anchor': 'middle', fill: '#1b1f24',
      'font-weight': n.hasClass('start') ? 'bold' : 'normal' });
    if (!inside) {
      text.setAttribute('paint-order', 'stroke');
      text.setAttribute('stroke', '#ffffff');
      text.setAttribute('stroke-width', '3');
    }
    if (n.data('lang')) {
      text.setAttribute('xml:lang', n.data('lang'));
    }
    lines.forEach(function (line, i) {
      const span = el('tspan', { x: p.x, dy: i === 0 ? 0 : size * 1.2 }, text);
      span.textContent = line;
    });
  });
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc) + '\n';
}

/** A node's label cut into lines as the view wraps it: at spaces, within its text-max-width. */
function wrapped(n) {
  const label = String(n.data('label'));
  const max = parseFloat(n.style('text-max-width'));
  const context = wrapped.context || (wrapped.context = document.createElement('canvas').getContext('2d'));
  context.font = n.style('font-weight') + ' ' + n.style('font-size') + ' ' + n.style('font-family');
  const lines = [];
  let line = '';
  label.split(' ').forEach(function (word) {
    const candidate = line ? line + ' ' + word : word;
    if (line && context.measureText(candidate).width > max) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  });
  if (line) {
    lines.push(line);
  }
  return lines;
}
