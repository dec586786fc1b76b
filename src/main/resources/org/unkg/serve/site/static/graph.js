/*
 * The graph viewer of an entity page, drawn with Cytoscape.js from /api/neighbourhood: the entity and its
 * neighbours with their names, the links between them named by their properties. A click (tap) on a node draws its
 * neighbours too; a double click opens its page; the checkboxes show or hide each kind of link. The page's lists of
 * statements and links hold the same links, for readers the canvas does not serve. window.cy is the graph.
 */
(function () {
  'use strict';

  var container = document.getElementById('graph');
  var status = document.getElementById('graph-status');
  var filters = document.getElementById('graph-filters');
  if (!container || typeof window.cytoscape !== 'function') {
    if (status) {
      status.hidden = true;
    }
    return;
  }

  var center = container.getAttribute('data-iri');
  var source = container.getAttribute('data-neighbourhood');
  var legend = document.getElementById('graph-legend');
  var kindNames = JSON.parse(container.getAttribute('data-kinds') || '{}');
  var colours = {};
  var expanded = {};
  var shownProperties = {};
  var tapTimer = null;

  var cy = window.cytoscape({
    container: container,
    elements: [],
    minZoom: 0.2,
    maxZoom: 1.3,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(short)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'wrap', 'text-max-width': 140, 'color': '#1b1f24',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
        'background-color': function (n) { return colour(n.data('kind')); },
        'width': 18, 'height': 18 } },
      { selector: 'node.center', style: { 'width': 30, 'height': 30, 'border-width': 3,
        'border-color': '#009edb', 'font-weight': 'bold' } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1b1f24' } },
      { selector: 'edge', style: {
        'label': '', 'font-size': 9, 'color': '#57606a', 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'width': 1.2, 'line-color': '#adb5bd',
        'target-arrow-color': '#adb5bd', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
        'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'edge.labelled', style: { 'label': 'data(label)' } },
      { selector: 'edge.labelled', style: { 'line-color': '#6c757d', 'target-arrow-color': '#6c757d' } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });
  window.cy = cy;

  /* The colour of a kind of node is the stylesheet's (.swatch.kind-X), so that the legend and the graph agree. */
  function colour(kind) {
    if (!colours.hasOwnProperty(kind)) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'swatch kind-' + kind;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + (kindNames[kind] || kind)));
      legend.appendChild(item);
      legend.hidden = false;
      colours[kind] = window.getComputedStyle(swatch).backgroundColor;
    }
    return colours[kind];
  }

  function say(text) {
    status.textContent = text || '';
    status.hidden = !text;
  }

  function shorten(label) {
    return label.length > 48 ? label.slice(0, 46) + '…' : label;
  }

  function load(iri) {
    var url = new URL(source, window.location.href);
    url.searchParams.set('iri', iri);
    return window.fetch(url.toString(), { headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) {
        throw new Error(r.status + ' ' + r.statusText);
      }
      return r.json();
    });
  }

  function add(data) {
    var elements = [];
    data.nodes.forEach(function (n) {
      if (cy.getElementById(n.id).empty()) {
        elements.push({ group: 'nodes', data: { id: n.id, label: n.label, short: shorten(n.label),
          kind: n.kind, href: n.href } });
      }
    });
    data.edges.forEach(function (e) {
      if (cy.getElementById(e.id).empty()) {
        elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target,
          property: e.property, label: e.label } });
      }
    });
    cy.add(elements);
    data.properties.forEach(addFilter);
    applyFilters();
    return elements.length;
  }

  function addFilter(property) {
    if (shownProperties.hasOwnProperty(property.iri)) {
      return;
    }
    shownProperties[property.iri] = true;
    var label = document.createElement('label');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = property.iri;
    box.addEventListener('change', function () {
      shownProperties[property.iri] = box.checked;
      applyFilters();
    });
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + property.label));
    label.title = property.iri;
    filters.appendChild(label);
    filters.hidden = false;
  }

  /* An edge shows when its property is ticked; a node when the center, expanded, or at the end of a shown edge. */
  function applyFilters() {
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        e.toggleClass('hidden', shownProperties[e.data('property')] === false);
      });
      cy.nodes().forEach(function (n) {
        var visible = n.id() === center || expanded[n.id()] ||
          n.connectedEdges().some(function (e) { return !e.hasClass('hidden'); });
        n.toggleClass('hidden', !visible);
      });
    });
  }

  /* Edge names crowd a big graph: they show when few, else around the node under the pointer. */
  var FEW_EDGES = 16;
  function labelEdges() {
    cy.edges().toggleClass('labelled', cy.edges().length <= FEW_EDGES);
  }
  cy.on('mouseover', 'node', function (event) {
    if (cy.edges().length > FEW_EDGES) {
      event.target.connectedEdges().addClass('labelled');
    }
  });
  cy.on('mouseout', 'node', function () {
    labelEdges();
  });

  function layout() {
    labelEdges();
    var big = cy.nodes().length > 14;
    cy.layout(big
      ? { name: 'cose', animate: false, randomize: true, nodeRepulsion: function () { return 400000; },
          idealEdgeLength: function () { return 110; }, edgeElasticity: function () { return 100; },
          nodeOverlap: 20, gravity: 40, numIter: 1500, padding: 24 }
      : { name: 'concentric', animate: false, padding: 30, minNodeSpacing: 40,
          concentric: function (n) { return n.id() === center ? 3 : (expanded[n.id()] ? 2 : 1); },
          levelWidth: function () { return 1; } }).run();
  }

  function expand(node) {
    var id = node.id();
    if (expanded[id]) {
      return;
    }
    expanded[id] = true;
    node.addClass('expanded');
    load(id).then(function (data) {
      if (add(data) > 0) {
        layout();
      }
    }).catch(function () {
      say(container.getAttribute('data-failed'));
    });
  }

  cy.on('tap', 'node', function (event) {
    var node = event.target;
    window.clearTimeout(tapTimer);
    /* Wait a moment, so that a double click opens the page without drawing first. */
    tapTimer = window.setTimeout(function () { expand(node); }, 250);
  });
  cy.on('dbltap', 'node', function (event) {
    window.clearTimeout(tapTimer);
    var href = event.target.data('href');
    if (href) {
      window.location.href = href;
    }
  });

  load(center).then(function (data) {
    expanded[center] = true;
    add(data);
    var node = cy.getElementById(center);
    node.addClass('center');
    layout();
    if (data.nodes.length <= 1) {
      say(container.getAttribute('data-empty'));
    } else {
      say(data.truncated ? container.getAttribute('data-truncated') : '');
    }
    container.setAttribute('data-nodes', String(cy.nodes().length));
    cy.on('add', function () { container.setAttribute('data-nodes', String(cy.nodes().length)); });
  }).catch(function () {
    say(container.getAttribute('data-failed'));
  });
}());
