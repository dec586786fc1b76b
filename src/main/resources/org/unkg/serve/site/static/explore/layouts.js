/*
 * The layouts the explorer offers, each followed by the same last step: no two nodes, labels included, overlap.
 * Force is fCoSE (cytoscape-fcose), layers is Klay (cytoscape-klay) left to right (Cytoscape's breadth-first levels
 * past 150 nodes, where Klay would take many seconds), rings is Cytoscape's concentric
 * layout around the selected or first nodes, and timeline places dated things by their date from left to right
 * (undated ones above, at the mean date of what they link to) with a tick for each year. Overlaps are removed with
 * WebCola's VPSC solver, which moves the nodes as little as it can; pinned nodes weigh so much that the others make
 * way, and on the timeline dated documents weigh enough to stay at their dates.
 */
export const LAYOUTS = ['force', 'layers', 'rings', 'timeline'];

/** Room left around each node's box, labels included, in model pixels. */
const MARGIN = 5;
/** Below this zoom labels are too small to read: a larger view is framed around its focus instead of fitted. */
export const READABLE_ZOOM = 0.8;
const TICK_GAP = 24;
/** A part's IRI: its document's, then /para/N, /LANG or /LANG/mention/START-END. */
const PART = /^(.*?)\/(?:para\/\d+|[a-z]{2,3}(?:\/mention\/\d+-\d+)?)$/;
const PARTS_ABREAST = 3;
/** Up to this many nodes the layered layout is Klay's. */
const LAYERED = 150;

function isThing(n) {
  return !n.hasClass('tick');
}

/**
 * Lays out the visible nodes with the named layout, then removes overlaps. {fresh: true} lets force start from
 * scratch; otherwise it starts from where the nodes are, so that a view grows without being reshuffled.
 */
export function arrange(cy, name, options) {
  const opts = options || {};
  cy.nodes('.tick').remove();
  const nodes = cy.nodes(':visible').filter(isThing);
  const elements = nodes.union(nodes.edgesWith(nodes));
  if (nodes.empty()) {
    return;
  }
  if (name === 'timeline') {
    timeline(cy, nodes);
    return;
  }
  const pinned = nodes.filter('.pinned');
  let layout;
  if (name === 'layers' && nodes.length > LAYERED) {
    // Klay takes many seconds here; breadth-first levels from the selected or first nodes, turned to run from left
    // to right, take a moment.
    const roots = opts.focus && opts.focus.nonempty() ? opts.focus : nodes.filter('.start');
    layout = elements.layout({ name: 'breadthfirst', fit: false, animate: false, directed: false,
      roots: roots.nonempty() ? roots : undefined, spacingFactor: 1, nodeDimensionsIncludeLabels: true,
      transform: function (n, p) { return { x: p.y * 2, y: p.x / 2 }; } });
  } else if (name === 'layers') {
    layout = elements.layout({ name: 'klay', fit: false, animate: false, nodeDimensionsIncludeLabels: true,
      klay: { direction: 'RIGHT', spacing: 40, inLayerSpacingFactor: 0.7, thoroughness: 7,
        nodeLayering: 'NETWORK_SIMPLEX', nodePlacement: 'BRANDES_KOEPF', edgeSpacingFactor: 0.5 } });
  } else if (name === 'rings') {
    const centre = opts.focus && opts.focus.nonempty() ? opts.focus : nodes.filter('.start');
    layout = elements.layout({ name: 'concentric', fit: false, animate: false, avoidOverlap: true,
      nodeDimensionsIncludeLabels: true, minNodeSpacing: 24, startAngle: -Math.PI / 2,
      concentric: function (n) { return centre.contains(n) ? 1000 : n.degree(false); },
      levelWidth: function () { return 2; } });
  } else {
    const count = nodes.length;
    layout = elements.layout({ name: 'fcose', quality: 'default', randomize: Boolean(opts.fresh),
      animate: false, fit: false, nodeDimensionsIncludeLabels: true, packComponents: true, tile: true,
      nodeRepulsion: function () { return 9000; },
      idealEdgeLength: function (e) { return e.hasClass('to-group') ? 70 : 110; },
      edgeElasticity: function () { return 0.45; }, gravity: 0.3, gravityRange: 3.8,
      // A view that grows starts from where its nodes are, and needs fewer rounds the more nodes it has.
      numIter: opts.fresh ? 2500 : count > 300 ? 300 : count > 150 ? 800 : 2500,
      fixedNodeConstraint: pinned.map(function (n) { return { nodeId: n.id(), position: n.position() }; }) });
  }
  layout.run();
  separate(nodes);
}

/**
 * Moves the nodes apart until no two boxes (labels included) overlap, across and then up and down. A node moves the
 * less the more it weighs (weight(node), 1 unless given; a pinned node weighs so much that it stays).
 */
export function separate(nodes, weight) {
  const cola = window.cola;
  const list = nodes.toArray();
  const rects = list.map(function (n, i) {
    const box = n.boundingBox({ includeLabels: true, includeOverlays: false });
    // VPSC's sweep keeps one box per position: boxes at the very same place (a timeline's documents of one day)
    // would never be told apart, so each is nudged by its index.
    const nudge = i * 1e-3;
    return new cola.Rectangle(box.x1 - MARGIN + nudge, box.x2 + MARGIN + nudge, box.y1 - MARGIN + nudge,
      box.y2 + MARGIN + nudge);
  });
  const before = rects.map(function (r) { return { x: r.cx(), y: r.cy() }; });
  const weigh = function (i) { return list[i].hasClass('pinned') ? 10000 : (weight ? weight(list[i]) : 1); };
  solve(rects, cola.generateXConstraints, function (r) { return r.cx(); },
    function (r, v) { r.setXCentre(v); }, weigh);
  solve(rects, cola.generateYConstraints, function (r) { return r.cy(); },
    function (r, v) { r.setYCentre(v); }, weigh);
  list.forEach(function (n, i) {
    const dx = rects[i].cx() - before[i].x;
    const dy = rects[i].cy() - before[i].y;
    if (dx !== 0 || dy !== 0) {
      const p = n.position();
      const locked = n.locked();
      n.unlock();
      n.position({ x: p.x + dx, y: p.y + dy });
      if (locked) {
        n.lock();
      }
    }
  });
}

function solve(rects, constraints, centre, place, weight) {
  const cola = window.cola;
  const variables = rects.map(function (r, i) { return new cola.Variable(centre(r), weight(i)); });
  const solver = new cola.Solver(variables, constraints(rects, variables));
  solver.solve();
  variables.forEach(function (v, i) { place(rects[i], v.position()); });
}

/** Dated things along a time axis, the undated above them at the mean date of their dated neighbours. */
function timeline(cy, nodes) {
  const dated = nodes.filter(function (n) { return n.data('date'); });
  const time = function (n) {
    const d = n.data('date');
    const year = Number(d.slice(0, 4));
    const day = (Number(d.slice(5, 7)) - 1) * 30.5 + Number(d.slice(8, 10));
    return year + day / 366;
  };
  let first = Infinity;
  let last = -Infinity;
  dated.forEach(function (n) { first = Math.min(first, time(n)); last = Math.max(last, time(n)); });
  if (!isFinite(first)) {
    first = 0;
    last = 1;
  }
  const span = Math.max(1, last - first);
  const perYear = Math.min(400, Math.max(110, 1800 / span));
  const x = function (when) { return (when - first) * perYear; };
  // Documents on the time axis; the parts of each document (paragraphs, versions, mentions) below it, three abreast,
  // so that a document of forty paragraphs makes a block rather than a column.
  const parts = {};
  dated.forEach(function (n) {
    if (n.hasClass('pinned')) {
      return;
    }
    if (n.data('kind') === 'document') {
      n.position({ x: x(time(n)), y: 0 });
      return;
    }
    const whole = PART.exec(n.id());
    const key = whole ? whole[1] : n.id();
    const i = parts[key] = (parts[key] || 0) + 1;
    n.position({ x: x(time(n)) + ((i - 1) % PARTS_ABREAST - 1) * 140,
      y: 80 + Math.floor((i - 1) / PARTS_ABREAST) * 28 });
  });
  let left = 0;
  nodes.difference(dated).forEach(function (n) {
    if (n.hasClass('pinned')) {
      return;
    }
    const times = n.neighborhood('node').filter(function (m) { return m.data('date'); }).map(time);
    if (times.length) {
      const mean = times.reduce(function (a, b) { return a + b; }, 0) / times.length;
      n.position({ x: x(mean), y: -190 });
    } else {
      n.position({ x: -200, y: -190 - 40 * left });
      left += 1;
    }
  });
  // A dated document keeps its date: the things around it make way, across as well as up and down.
  separate(nodes, function (n) { return n.data('kind') === 'document' && n.data('date') ? 1000 : 1; });
  if (dated.empty()) {
    return;
  }
  // The years run just above the documents, under the undated things, where a reader looking along the row sees them.
  let top = Infinity;
  dated.forEach(function (n) { top = Math.min(top, n.boundingBox({ includeLabels: true }).y1); });
  const from = Math.floor(first);
  const to = Math.ceil(last);
  const step = to - from > 30 ? 5 : to - from > 12 ? 2 : 1;
  const ticks = [];
  for (let year = from; year <= to; year += step) {
    ticks.push({ group: 'nodes', classes: 'tick', data: { id: 'tick ' + year, label: String(year) },
      position: { x: x(year), y: top - TICK_GAP }, locked: true, grabbable: false, selectable: false });
  }
  cy.add(ticks);
}

/**
 * The view's framing: everything fitted, unless that would make labels unreadable; then the readable zoom,
 * centred on the focus (the selected or first nodes).
 */
export function frame(cy, focus) {
  const visible = cy.nodes(':visible');
  if (visible.empty()) {
    return;
  }
  cy.fit(visible, 30);
  if (cy.zoom() > 1.3) {
    cy.zoom({ level: 1.3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    cy.center(visible);
  } else if (cy.zoom() < READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM);
    cy.center(focus && focus.nonempty() ? focus : visible);
  }
}
