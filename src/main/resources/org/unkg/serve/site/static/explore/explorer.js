/*
 * The graph explorer (/explore): draws things and the links among them from the API, grows the view by kind of link
 * (a kind with many things becomes a group node that opens page by page, by year or by kind of thing), folds and
 * removes, pins, finds paths, filters, lays out, exports, and keeps the whole view in the address. The page's other
 * parts (search, selection panel, paths, list) are wired here to the one Explorer. window.unkgExplorer is it.
 */
import { Api } from './api.js';
import { setWords, t, number } from './words.js';
import { View, edgeId } from './view.js';
import { arrange, frame, LAYOUTS } from './layouts.js';
import { Filters } from './filters.js';
import * as state from './state.js';
import * as exports from './exports.js';
import { Panel } from './panel.js';
import { Search } from './search.js';
import { PathForm } from './paths.js';
import { ListView } from './listview.js';
import { Keyboard } from './keyboard.js';

/** A kind of link with at most this many things is drawn whole at once; a larger one becomes a group. */
const SMALL = 12;
/** The parts of documents: drawn when asked for, but a group when a node's links are drawn all at once. */
const PARTS = ['paragraph', 'version', 'mention'];
/** The most things a view holds: beyond it, groups stop opening. */
export const MOST = 600;

class Explorer {
  constructor(root, config) {
    this.root = root;
    this.config = config;
    this.base = config.base;
    this.api = new Api(config);
    this.pending = 0;
    this.layoutName = 'force';
    this.view = new View(document.getElementById('x-canvas'), document.getElementById('x-palette'));
    this.cy = this.view.cy;
    this.status = document.getElementById('x-status');
    this.save = state.debounce(() => this.saveNow(), 300);
    this.filters = new Filters(this.view, {
      classes: document.getElementById('x-filter-classes'), links: document.getElementById('x-filter-links'),
      from: document.getElementById('x-year-from'), to: document.getElementById('x-year-to'),
      range: document.getElementById('x-year-range') }, () => {
        // A filter is a choice, not a drag: the address holds it at once, ready to be copied.
        this.changed(false);
        this.save.now();
      });
    this.panel = new Panel(this, document.getElementById('x-selection'));
    this.search = new Search(this, document.getElementById('x-search'), document.getElementById('x-search-results'));
    this.paths = new PathForm(this, document.getElementById('x-paths'));
    this.list = new ListView(this, document.getElementById('x-list'));
    this.keyboard = new Keyboard(this, document.getElementById('x-canvas'));
    this.layoutChoice = document.getElementById('x-layout-choice');
    this.layoutChoice.addEventListener('change', () => {
      this.layoutName = this.layoutChoice.value;
      this.run(() => this.layoutAgain());
    });
    document.getElementById('x-relayout').addEventListener('click', () => {
      this.run(() => this.layoutAgain());
    });
    this.wireExports();
    this.cy.on('select unselect', 'node', () => this.panel.show());
    this.cy.on('dbltap', 'node', (event) => this.open(event.target));
    this.cy.on('dragfree', 'node', () => this.save());
    this.cy.on('viewport', () => this.save());
    window.unkgExplorer = this;
  }

  /** Runs an operation, saying the view is busy meanwhile (data-busy, aria-busy) and reporting a failure. */
  async run(operation) {
    if (this.pending === 0) {
      this.say('');
    }
    this.pending += 1;
    this.root.setAttribute('data-busy', String(this.pending));
    this.root.setAttribute('aria-busy', 'true');
    try {
      return await operation();
    } catch (error) {
      this.say(t('failed', { reason: error.message }));
      return undefined;
    } finally {
      this.pending -= 1;
      this.root.setAttribute('data-busy', String(this.pending));
      if (this.pending === 0) {
        this.root.setAttribute('aria-busy', 'false');
      }
    }
  }

  say(text) {
    this.status.textContent = text;
  }

  /** After things or links came or went: lists, filters and the address follow. */
  changed(structure) {
    if (structure) {
      this.filters.refresh();
      this.paths.refresh();
    }
    this.list.refresh();
    this.panel.show();
    this.counts();
    this.save();
  }

  counts() {
    const things = this.view.things();
    const links = this.cy.edges().filter(function (e) { return !e.hasClass('to-group'); });
    this.root.setAttribute('data-nodes', String(things.length));
    this.root.setAttribute('data-edges', String(links.length));
    document.getElementById('x-counts').textContent = t('counts', { nodes: number(things.length),
      edges: number(links.length), shown: number(things.filter(':visible').length) });
  }

  /** Lays the view out; frames it when asked, or when something drawn fell outside it. */
  layout(options) {
    arrange(this.cy, this.layoutName, Object.assign({ focus: this.focus() }, options));
    const box = this.cy.nodes(':visible').boundingBox({ includeLabels: true });
    const extent = this.cy.extent();
    const outside = box.x1 < extent.x1 || box.x2 > extent.x2 || box.y1 < extent.y1 || box.y2 > extent.y2;
    if ((options && options.frame) || outside) {
      frame(this.cy, this.focus());
    }
    this.save();
  }

  /** What a view too large to fit is centred on: the things selected, else those started from. */
  focus() {
    const selected = this.view.things().filter(':selected:visible');
    return selected.nonempty() ? selected : this.cy.nodes('.start:visible');
  }

  /** Lays the whole view out afresh, saying so first: with hundreds of nodes a layout takes seconds. */
  async layoutAgain() {
    this.say(t('layingOut', { n: number(this.view.things().length) }));
    await new Promise(function (resolve) { window.requestAnimationFrame(function () { window.setTimeout(resolve, 0); }); });
    this.layout({ fresh: true, frame: true });
    this.say('');
  }

  saveNow() {
    if (this.restoring) {
      return;
    }
    state.write(state.capture(this.view, this.filters, this.layoutName, this.base));
    document.getElementById('x-link').value = window.location.href;
  }

  /** Adds things by their IRIs, with the links among them and those drawn; returns the nodes added. */
  async add(iris, near) {
    const drawn = this.view.ids();
    const answer = await this.api.nodes(iris, drawn);
    const added = this.view.addCards(answer.nodes, near);
    this.view.addLinks(answer.links);
    if (answer.unknown.length) {
      this.say(t('unknown', { iris: answer.unknown.join(' ') }));
    }
    return added;
  }

  /** Adds the things of a page of a kind of link of a node, linked to it, and the links among them and the rest. */
  async addMembers(anchor, link, cards) {
    const fresh = cards.filter((c) => !this.view.has(c.id));
    const added = this.view.addCards(fresh, anchor);
    this.view.addLinks(cards.map(function (c) {
      return link.direction === 'out'
        ? { source: anchor.id(), property: link.link, target: c.id, curie: link.curie, label: link.property }
        : { source: c.id, property: link.link, target: anchor.id(), curie: link.curie, label: link.property };
    }));
    if (added.nonempty()) {
      const others = this.view.ids().filter(function (id) { return !added.getElementById(id).nonempty(); });
      const answer = await this.api.nodes(added.map(function (n) { return n.id(); }), others);
      this.view.addLinks(answer.links);
    }
    anchor.addClass('expanded');
    return added;
  }

  /**
   * Draws every kind of link of a node: small kinds whole, larger ones and those of documents' parts (paragraphs,
   * language versions, mentions) as groups, so that a document's dozens of paragraphs do not bury its links.
   */
  async expand(node) {
    const summary = await this.api.neighbourhood(node.id());
    for (const link of summary.links) {
      const parts = Object.keys(link.kinds).every(function (kind) { return PARTS.indexOf(kind) >= 0; });
      await this.expandLink(node, link, parts);
    }
    node.addClass('expanded');
  }

  /** Draws one kind of link of a node (as the summary gives it): whole if small, else (or if asked) as a group. */
  async expandLink(node, link, grouped) {
    if (link.total <= SMALL && !grouped) {
      let cards = link.neighbours;
      if (cards.length < link.total) {
        cards = (await this.api.page(node.id(), link.link, link.direction, { limit: link.total })).neighbours;
      }
      await this.addMembers(node, link, cards);
    } else {
      this.view.group(node, link);
    }
  }

  /**
   * Draws more of a group: {count} more things (those of {kind} or {year} only if given), skipping those drawn;
   * the group goes when all its things are drawn.
   */
  async openGroup(group, options) {
    const anchor = this.cy.getElementById(group.data('anchor'));
    const link = { link: group.data('link'), direction: group.data('direction'), curie: group.data('curie'),
      property: group.data('linkLabel') };
    const want = options.count || Infinity;
    const size = Math.min(200, Math.max(this.config.page, Number.isFinite(want) ? want : 200));
    // Paging on from where the last page ended; a kind or a year is a listing of its own, read from its start.
    const narrowed = Boolean(options.kind || options.year);
    let offset = narrowed ? 0 : group.data('next') || 0;
    let added = 0;
    for (;;) {
      if (this.view.things().length >= MOST) {
        this.say(t('tooMany', { n: number(MOST) }));
        break;
      }
      const page = await this.api.page(anchor.id(), link.link, link.direction, { offset: offset,
        limit: size, kind: options.kind, year: options.year });
      link.property = page.property;
      const fresh = page.neighbours.filter((c) => !this.view.has(c.id)).slice(0, want - added);
      added += (await this.addMembers(anchor, link, fresh)).length;
      offset += page.neighbours.length;
      if (!narrowed && !group.removed()) {
        group.data('next', offset);
      }
      if (added >= want || offset >= page.total || page.neighbours.length === 0) {
        break;
      }
    }
    if (!group.removed()) {
      this.view.countGroup(group);
    }
    return added;
  }

  /** Folds a node back: removes the things only it holds in the view (not pinned, not started from), and its groups. */
  collapse(node) {
    const leaves = node.neighborhood('node').filter((n) => {
      if (n.hasClass('group') || n.hasClass('pinned') || n.hasClass('start')) {
        return false;
      }
      return n.connectedEdges().connectedNodes().difference(n).same(node);
    });
    leaves.remove();
    this.view.groupsOf(node).remove();
    node.removeClass('expanded');
    this.cy.nodes('.group').forEach((g) => this.view.countGroup(g));
  }

  remove(nodes) {
    nodes.forEach((n) => {
      if (!n.hasClass('group')) {
        this.view.groupsOf(n).remove();
      }
    });
    nodes.remove();
    this.cy.nodes('.group').forEach((g) => this.view.countGroup(g));
  }

  togglePin(node) {
    if (node.hasClass('pinned')) {
      node.removeClass('pinned');
      node.unlock();
    } else {
      node.addClass('pinned');
      node.lock();
    }
  }

  /** Opens a thing's page, in this tab. */
  open(node) {
    if (node.data('href')) {
      window.location.href = node.data('href');
    }
  }

  /** Selects one node only, as a click would. */
  select(node) {
    this.cy.nodes(':selected').unselect();
    node.select();
  }

  /** Adds a thing found by name, selected. */
  async addFound(iri) {
    const already = this.cy.getElementById(iri);
    if (already.empty()) {
      const selected = this.cy.nodes(':selected').first();
      await this.add([iri], selected);
      this.layout({ frame: true });
      this.changed(true);
    }
    this.select(this.cy.getElementById(iri));
    this.cy.center(this.cy.getElementById(iri));
  }

  /** Draws the shortest chains between two things and marks them. */
  async findPaths(from, to, links, max) {
    const answer = await this.api.paths(from, to, links, max);
    this.cy.elements('.path').removeClass('path');
    if (answer.chains.length === 0) {
      return answer;
    }
    const anchor = this.cy.getElementById(from);
    this.view.addCards(answer.nodes, anchor);
    this.view.addLinks(answer.links);
    const drawn = this.view.ids();
    const fresh = answer.nodes.map(function (n) { return n.id; });
    const more = await this.api.nodes(fresh, drawn.filter(function (id) { return fresh.indexOf(id) < 0; }));
    this.view.addLinks(more.links);
    answer.chains.forEach((chain) => {
      chain.forEach((id) => this.cy.getElementById(id).addClass('path'));
    });
    answer.links.forEach((l) => this.cy.getElementById(edgeId(l.source, l.property, l.target)).addClass('path'));
    this.layout({ frame: true });
    this.changed(true);
    return answer;
  }

  wireExports() {
    const name = 'unkg-explorer';
    document.getElementById('x-export-png').addEventListener('click', () => this.run(async () => {
      exports.download(name + '.png', await exports.png(this.view));
    }));
    document.getElementById('x-export-svg').addEventListener('click', () => {
      exports.download(name + '.svg', new Blob([exports.svg(this.view)], { type: 'image/svg+xml' }));
    });
    document.getElementById('x-export-graphml').addEventListener('click', () => {
      exports.download(name + '.graphml', new Blob([exports.graphml(this.view)], { type: 'application/graphml+xml' }));
    });
    document.getElementById('x-export-turtle').addEventListener('click', () => this.run(async () => {
      exports.download(name + '.ttl', new Blob([await this.api.turtle(this.construct())], { type: 'text/turtle' }));
    }));
    const sparql = document.getElementById('x-export-sparql');
    const point = () => {
      sparql.href = this.config.api.sparql + '?query=' + encodeURIComponent(this.construct()) + '&lang='
        + this.config.lang;
    };
    sparql.addEventListener('focus', point);
    sparql.addEventListener('mouseenter', point);
    sparql.addEventListener('click', point);
    const link = document.getElementById('x-link');
    link.addEventListener('focus', function () { link.select(); });
    document.getElementById('x-copy').addEventListener('click', () => {
      this.saveNow();
      const done = () => this.say(t('copied'));
      if (navigator.clipboard) {
        navigator.clipboard.writeText(window.location.href).then(done, () => { link.select(); });
      } else {
        link.select();
      }
    });
  }

  construct() {
    return exports.construct(this.view, this.base, this.config.prefixes, t('construct.comment', {
      nodes: this.view.things().filter(':visible').length, address: window.location.href.split('#')[0] }));
  }

  /** Starts from the IRIs of the address: each drawn with its kinds of link (if a few), then laid out. */
  async start(iris) {
    if (iris.length === 0) {
      this.say(t('empty'));
      this.changed(true);
      return;
    }
    const added = await this.add(iris, null);
    added.addClass('start');
    if (added.length <= 3) {
      for (const node of added.toArray()) {
        await this.expand(node);
      }
    }
    this.layout({ fresh: true, frame: true });
    if (added.length === 1) {
      this.select(added);
    }
    this.changed(true);
  }

  /** Draws the view kept in the address again: its things where they were, its links, groups and filters. */
  async restore(kept) {
    this.restoring = true;
    try {
      const iris = kept.n.map((entry) => state.lengthen(entry[0], this.base));
      const answer = await this.api.nodes(iris, []);
      this.view.addCards(answer.nodes, null);
      this.view.addLinks(answer.links);
      kept.n.forEach((entry) => {
        const node = this.cy.getElementById(state.lengthen(entry[0], this.base));
        if (node.empty()) {
          return;
        }
        node.position({ x: entry[1], y: entry[2] });
        if (entry[3].indexOf('s') >= 0) {
          node.addClass('start');
        }
        if (entry[3].indexOf('e') >= 0) {
          node.addClass('expanded');
        }
        if (entry[3].indexOf('p') >= 0) {
          node.addClass('pinned');
          node.lock();
        }
      });
      for (const g of kept.g || []) {
        const anchor = this.cy.getElementById(state.lengthen(g[0], this.base));
        if (anchor.empty()) {
          continue;
        }
        const link = await this.api.page(anchor.id(), g[1], g[2], { limit: 0 }).catch(function () { return null; });
        if (!link) {
          continue;
        }
        const group = this.view.group(anchor, link);
        if (!group.removed()) {
          group.position({ x: g[3], y: g[4] });
          group.data('next', g[5] || 0);
        }
      }
      this.layoutName = LAYOUTS.indexOf(kept.l) >= 0 ? kept.l : 'force';
      this.layoutChoice.value = this.layoutName;
      if (this.layoutName === 'timeline') {
        arrange(this.cy, 'timeline', {});
        kept.n.forEach((entry) => {
          this.cy.getElementById(state.lengthen(entry[0], this.base)).position({ x: entry[1], y: entry[2] });
        });
      }
      this.filters.restore(kept.f || {});
      (kept.s || []).forEach((key) => this.cy.getElementById(state.lengthen(key, this.base)).select());
      this.cy.viewport({ zoom: kept.z || 1, pan: { x: kept.p ? kept.p[0] : 0, y: kept.p ? kept.p[1] : 0 } });
    } finally {
      this.restoring = false;
    }
    this.changed(true);
  }
}

const root = document.getElementById('explorer');
if (root && typeof window.cytoscape === 'function') {
  const config = JSON.parse(root.getAttribute('data-config'));
  setWords(config.words, config.lang);
  const explorer = new Explorer(root, config);
  const kept = state.read();
  explorer.run(async () => {
    if (kept) {
      await explorer.restore(kept);
    } else {
      await explorer.start(config.start);
    }
  }).then(() => { root.setAttribute('data-ready', 'true'); });
}
