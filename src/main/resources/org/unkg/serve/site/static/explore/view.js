/*
 * The drawn graph: a Cytoscape.js instance and what the explorer puts in it. A thing is a node whose id is its IRI,
 * with its card (label, kind, class, date, page); a link is an edge "source property target"; a group node stands
 * for the things of one kind of link of a node not drawn yet ("mentioned by · 54"); tick nodes mark the years of
 * the timeline. Colours come from the stylesheet (.swatch.kind-X), so that legend, list and graph agree; shapes
 * differ by kind too, so that colour is not the only cue.
 */
import { t, number } from './words.js';

const SHAPES = {
  document: 'round-rectangle', paragraph: 'rectangle', version: 'rectangle', mention: 'tag',
  organization: 'ellipse', instrument: 'round-tag', country: 'hexagon', person: 'star', group: 'vee',
  theme: 'diamond', 'agenda-item': 'round-triangle', meeting: 'barrel'
};
/** Above this many links, links are named only around the selected node and the one under the pointer. */
const NAMED_LINKS = 40;
/** Around a node with more links than this, naming them all would only cover the graph with words. */
const NAMED_AROUND = 25;
const GROUP_FONT = '11px system-ui, sans-serif';
const GROUP_PADDING = 7;

export function groupId(anchor, link, direction) {
  return 'group ' + direction + ' ' + link + ' ' + anchor;
}

export function edgeId(source, property, target) {
  return source + ' ' + property + ' ' + target;
}

export class View {
  constructor(container, palette) {
    this.palette = palette;
    this.colours = {};
    const view = this;
    this.cy = window.cytoscape({
      container: container,
      elements: [],
      minZoom: 0.05,
      maxZoom: 3,
      boxSelectionEnabled: true,
      selectionType: 'single',
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'font-size': 13, 'text-valign': 'bottom', 'text-halign': 'center',
          'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': 170, 'color': '#1b1f24',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2,
          'min-zoomed-font-size': 5, 'width': 16, 'height': 16, 'border-width': 1, 'border-color': '#ffffff',
          'background-color': function (n) { return view.colour(n.data('kind')); },
          'shape': function (n) { return SHAPES[n.data('kind')] || 'ellipse'; } } },
        { selector: 'node[kind = "paragraph"], node[kind = "mention"], node[kind = "version"]',
          style: { 'width': 11, 'height': 11, 'font-size': 12 } },
        { selector: 'node.start', style: { 'width': 26, 'height': 26, 'border-width': 3, 'border-color': '#009edb',
          'font-weight': 'bold' } },
        { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1b1f24' } },
        { selector: 'node.pinned', style: { 'border-width': 4, 'border-style': 'double',
          'border-color': '#1b1f24' } },
        { selector: 'node.group', style: { 'font-family': 'system-ui, sans-serif',
          'shape': 'round-rectangle', 'background-color': '#f3f6f9', 'border-width': 1.5, 'border-style': 'dashed',
          'border-color': '#57606a', 'width': 'data(w)', 'height': 'data(h)', 'text-valign': 'center',
          'text-halign': 'center', 'text-margin-y': 0, 'text-background-opacity': 0, 'font-size': 11,
          'text-wrap': 'none',
          'color': '#1b1f24' } },
        { selector: 'node.tick', style: {
          'shape': 'rectangle', 'width': 1, 'height': 1, 'background-opacity': 0, 'border-width': 0,
          'font-size': 14, 'color': '#57606a', 'text-valign': 'center', 'text-background-opacity': 0,
          'events': 'no' } },
        { selector: 'node:selected', style: { 'overlay-color': '#009edb', 'overlay-opacity': 0.25,
          'overlay-padding': 6 } },
        { selector: 'edge', style: {
          'label': '', 'font-size': 9, 'color': '#57606a', 'curve-style': 'bezier', 'width': 1.2,
          'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', 'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8, 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
          'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 6 } },
        { selector: 'edge.to-group', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
        { selector: 'edge.named', style: { 'label': 'data(label)', 'line-color': '#6c757d',
          'target-arrow-color': '#6c757d' } },
        { selector: 'edge.to-group', style: { 'label': '' } },
        { selector: 'node.path', style: { 'border-color': '#d9480f', 'border-width': 3 } },
        { selector: 'edge.path', style: { 'line-color': '#d9480f', 'target-arrow-color': '#d9480f', 'width': 3 } },
        { selector: '.hidden', style: { 'display': 'none' } }
      ]
    });
    this.cy.on('mouseover', 'node', function (event) {
      const edges = event.target.connectedEdges();
      if (view.cy.edges().length > NAMED_LINKS && edges.length <= NAMED_AROUND) {
        edges.addClass('named');
      }
    });
    this.cy.on('mouseout', 'node', function () { view.nameLinks(); });
    this.cy.on('select unselect', 'node', function () { view.nameLinks(); });
  }

  /** The colour of a kind, read from the stylesheet's swatch of it. */
  colour(kind) {
    if (!Object.prototype.hasOwnProperty.call(this.colours, kind)) {
      const swatch = document.createElement('span');
      swatch.className = 'swatch kind-' + kind;
      this.palette.appendChild(swatch);
      this.colours[kind] = window.getComputedStyle(swatch).backgroundColor;
    }
    return this.colours[kind];
  }

  /** Links are named when few, else around the selected nodes. */
  nameLinks() {
    const edges = this.cy.edges();
    if (edges.length <= NAMED_LINKS) {
      edges.addClass('named');
      return;
    }
    edges.removeClass('named');
    const around = this.cy.nodes(':selected').connectedEdges();
    if (around.length <= NAMED_AROUND) {
      around.addClass('named');
    }
  }

  /** The things drawn (not group or tick nodes). */
  things() {
    return this.cy.nodes().filter(function (n) { return !n.hasClass('group') && !n.hasClass('tick'); });
  }

  ids() {
    return this.things().map(function (n) { return n.id(); });
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  /** Adds the things of the cards not drawn yet, around a node (or the centre); returns those added. */
  addCards(cards, near) {
    const fresh = cards.filter((c) => c && !this.has(c.id));
    const centre = near && near.nonempty() ? near.position() : this.centre();
    const added = this.cy.add(fresh.map(function (card, i) {
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
      const radius = 60 + 6 * Math.sqrt(fresh.length);
      return { group: 'nodes', data: thing(card),
        position: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) } };
    }));
    return added;
  }

  /** Adds the links not drawn yet whose two ends are drawn; returns those added. */
  addLinks(links) {
    const fresh = [];
    links.forEach((l) => {
      const id = edgeId(l.source, l.property, l.target);
      if (!this.has(id) && this.has(l.source) && this.has(l.target) && fresh.every((f) => f.data.id !== id)) {
        fresh.push({ group: 'edges', data: { id: id, source: l.source, target: l.target, property: l.property,
          curie: l.curie, label: l.label } });
      }
    });
    const added = this.cy.add(fresh);
    this.nameLinks();
    return added;
  }

  /**
   * The group node of one kind of link of a node, with the counts the API gave ({total, kinds, years, label, ...});
   * made if missing. Its label says how many of its things are still to draw.
   */
  group(anchor, link) {
    const id = groupId(anchor.id(), link.link, link.direction);
    let node = this.cy.getElementById(id);
    if (node.empty()) {
      const p = anchor.position();
      node = this.cy.add({ group: 'nodes', classes: 'group', position: { x: p.x + 80, y: p.y + 40 },
        data: { id: id, anchor: anchor.id(), link: link.link, direction: link.direction, linkLabel: link.label,
          curie: link.curie, total: link.total, kinds: link.kinds, years: link.years, next: 0, label: '' } });
      const source = link.direction === 'out' ? anchor.id() : id;
      const target = link.direction === 'out' ? id : anchor.id();
      this.cy.add({ group: 'edges', classes: 'to-group', data: { id: 'to ' + id, source: source, target: target,
        property: link.link, curie: link.curie, label: link.label } });
    }
    this.countGroup(node);
    return node;
  }

  /** The things of a group already drawn. */
  members(group) {
    return this.linked(group.data('anchor'), group.data('link'), group.data('direction'));
  }

  /** The things drawn linked to a node by one kind of link. */
  linked(id, link, direction) {
    const anchor = this.cy.getElementById(id);
    const out = direction === 'out';
    return anchor.connectedEdges().filter(function (e) {
      return e.data('property') === link && !e.hasClass('to-group')
        && (out ? e.source().same(anchor) : e.target().same(anchor));
    }).connectedNodes().difference(anchor);
  }

  /** Sets a group's label to what is left to draw of it; removes it when nothing is. */
  countGroup(group) {
    const left = group.data('total') - this.members(group).length;
    if (left <= 0) {
      group.remove();
      return 0;
    }
    const drawn = group.data('total') - left;
    const label = group.data('linkLabel') + ' · ' + (drawn > 0
      ? t('group.more', { n: number(left), total: number(group.data('total')) })
      : number(group.data('total')));
    // A node's size cannot follow its label in the stylesheet: it is measured here.
    const context = this.measure || (this.measure = document.createElement('canvas').getContext('2d'));
    context.font = GROUP_FONT;
    group.data({ label: label, w: Math.ceil(context.measureText(label).width) + 2 * GROUP_PADDING,
      h: 14 + 2 * GROUP_PADDING });
    return left;
  }

  /** The group nodes of a node. */
  groupsOf(node) {
    return this.cy.nodes('.group').filter(function (g) { return g.data('anchor') === node.id(); });
  }

  centre() {
    const extent = this.cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }
}

/** A card as node data; the year is kept apart for the filters and the timeline. */
function thing(card) {
  return { id: card.id, label: card.label, lang: card.lang, kind: card.kind, cls: card.class,
    classLabel: card.classLabel, date: card.date || '', year: card.date ? Number(card.date.slice(0, 4)) : 0,
    href: card.href };
}
