/*
 * The diagram of the ontology page, drawn with Cytoscape.js from the elements the page carries in data-elements: the
 * main classes, and the object properties between them from domain to range. Each property takes the colour of its
 * swatch in the list under the drawing (the stylesheet's .swatch.c0 to .c7), which holds the same relations for
 * readers the canvas does not serve. A click on a class or a property goes to its description. window.cy is the graph.
 */
(function () {
  'use strict';

  var container = document.getElementById('diagram');
  if (!container || typeof window.cytoscape !== 'function') {
    return;
  }
  var colours = {};

  function colour(name) {
    if (!colours.hasOwnProperty(name)) {
      var swatch = document.querySelector('.relations .swatch.' + name);
      colours[name] = swatch ? window.getComputedStyle(swatch).borderTopColor : '#6c757d';
    }
    return colours[name];
  }

  var cy = window.cytoscape({
    container: container,
    elements: JSON.parse(container.getAttribute('data-elements')),
    minZoom: 0.3,
    maxZoom: 2.5,
    // The classes in the page's order around a circle wide enough for their names: the same picture at every visit.
    layout: { name: 'circle', radius: 300, avoidOverlap: false, startAngle: -Math.PI / 2, padding: 24 },
    style: [
      { selector: 'node', style: {
        'shape': 'round-rectangle', 'label': 'data(label)', 'text-valign': 'center', 'text-halign': 'center',
        'font-size': 13, 'font-weight': 600, 'color': '#1b1f24', 'background-color': '#ffffff',
        'border-width': 1.5, 'border-color': '#0d3b66', 'height': 34,
        // wide enough for the label: about 8 px a character in this font
        'width': function (n) { return Math.max(72, 8 * n.data('label').length + 24); } } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'control-point-step-size': 28, 'width': 1.6,
        'loop-direction': '-30deg', 'loop-sweep': '-40deg',
        'line-color': function (e) { return colour(e.data('colour')); },
        'target-arrow-color': function (e) { return colour(e.data('colour')); },
        'line-style': 'data(line)', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
        'label': 'data(label)', 'font-size': 10, 'color': '#57606a', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'node:selected, edge:selected', style: { 'overlay-opacity': 0.12 } }
    ]
  });
  window.cy = cy;

  cy.on('tap', 'node, edge', function (event) {
    var href = event.target.data('href');
    if (href) {
      window.location.hash = href.charAt(0) === '#' ? href.substring(1) : href;
    }
  });
})();
