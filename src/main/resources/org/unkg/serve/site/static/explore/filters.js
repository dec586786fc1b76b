/*
 * Filters by class, kind of link and year range. They hide and show what is drawn (class "hidden") and never lay
 * the view out again: a node stays where it was, so that unticking and ticking a box finds the view unchanged. A
 * thing stays visible while it passes its own filters and is a start node, pinned, without any link, or joined to
 * something visible by a visible link; a group stays while its kind of link is shown.
 */
import { t, number } from './words.js';

/** A count beside a box; none for a kind of link drawn only as groups. */
function shown(count) {
  return count > 0 ? number(count) : '';
}

export class Filters {
  constructor(view, elements, onChange) {
    this.view = view;
    this.classList = elements.classes;
    this.linkList = elements.links;
    this.from = elements.from;
    this.to = elements.to;
    this.range = elements.range;
    this.onChange = onChange;
    this.hiddenClasses = new Set();
    this.hiddenLinks = new Set();
    const changed = () => { this.apply(); this.onChange(); };
    this.from.addEventListener('change', changed);
    this.to.addEventListener('change', changed);
  }

  /** The filters as the view's state keeps them. */
  state() {
    return { classes: Array.from(this.hiddenClasses), links: Array.from(this.hiddenLinks),
      from: this.from.value ? Number(this.from.value) : null, to: this.to.value ? Number(this.to.value) : null };
  }

  restore(state) {
    this.hiddenClasses = new Set(state.classes || []);
    this.hiddenLinks = new Set(state.links || []);
    this.from.value = state.from ? String(state.from) : '';
    this.to.value = state.to ? String(state.to) : '';
    this.refresh();
  }

  /** Lists the classes and kinds of link now drawn, each with a box, and the years drawn. */
  refresh() {
    const classes = new Map();
    const years = [];
    this.view.things().forEach(function (n) {
      const key = n.data('cls');
      const entry = classes.get(key) || { label: n.data('classLabel') || t('filter.noClass'), kind: n.data('kind'),
        count: 0 };
      entry.count += 1;
      classes.set(key, entry);
      if (n.data('year')) {
        years.push(n.data('year'));
      }
    });
    const links = new Map();
    this.view.cy.edges().forEach(function (e) {
      const entry = links.get(e.data('property')) || { label: e.data('label'), curie: e.data('curie'), count: 0 };
      if (!e.hasClass('to-group')) {
        entry.count += 1;
      }
      links.set(e.data('property'), entry);
    });
    this.boxes(this.classList, classes, this.hiddenClasses, true);
    this.boxes(this.linkList, links, this.hiddenLinks, false);
    if (years.length) {
      const first = Math.min.apply(null, years);
      const last = Math.max.apply(null, years);
      [this.from, this.to].forEach(function (input) {
        input.min = String(first);
        input.max = String(last);
      });
      this.from.placeholder = String(first);
      this.to.placeholder = String(last);
      this.range.textContent = t('filter.years.drawn', { from: first, to: last });
    } else {
      this.range.textContent = t('filter.years.none');
    }
    this.apply();
  }

  boxes(list, entries, hidden, swatches) {
    const keys = Array.from(entries.keys()).sort(function (a, b) {
      return entries.get(a).label.localeCompare(entries.get(b).label);
    });
    const current = Array.from(list.querySelectorAll('input')).map(function (i) { return i.value; });
    if (current.join('\n') === keys.join('\n')) {
      list.querySelectorAll('input').forEach(function (box) {
        box.checked = !hidden.has(box.value);
        box.nextSibling.querySelector('.count').textContent = shown(entries.get(box.value).count);
      });
      return;
    }
    list.querySelectorAll('label').forEach(function (l) { l.remove(); });
    keys.forEach((key) => {
      const entry = entries.get(key);
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = key;
      box.checked = !hidden.has(key);
      box.addEventListener('change', () => {
        if (box.checked) {
          hidden.delete(key);
        } else {
          hidden.add(key);
        }
        this.apply();
        this.onChange();
      });
      const text = document.createElement('span');
      if (swatches) {
        const swatch = document.createElement('span');
        swatch.className = 'swatch kind-' + entry.kind;
        swatch.setAttribute('aria-hidden', 'true');
        text.appendChild(swatch);
        text.appendChild(document.createTextNode(' '));
      }
      text.appendChild(document.createTextNode(entry.label + ' '));
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = shown(entry.count);
      text.appendChild(count);
      label.title = entry.curie || key;
      label.appendChild(box);
      label.appendChild(text);
      list.appendChild(label);
    });
  }

  /** Whether a thing passes the class and year filters. */
  passes(n) {
    if (this.hiddenClasses.has(n.data('cls'))) {
      return false;
    }
    const year = n.data('year');
    const from = this.from.value ? Number(this.from.value) : null;
    const to = this.to.value ? Number(this.to.value) : null;
    return !year || ((from === null || year >= from) && (to === null || year <= to));
  }

  apply() {
    const cy = this.view.cy;
    cy.batch(() => {
      const things = this.view.things();
      things.forEach((n) => { n.toggleClass('hidden', !this.passes(n)); });
      cy.edges().forEach((e) => {
        e.toggleClass('hidden', this.hiddenLinks.has(e.data('property'))
          || e.source().hasClass('hidden') || e.target().hasClass('hidden'));
      });
      things.forEach((n) => {
        if (n.hasClass('hidden') || n.hasClass('start') || n.hasClass('pinned')) {
          return;
        }
        const edges = n.connectedEdges();
        const linked = edges.empty() || edges.some(function (e) { return !e.hasClass('hidden'); });
        n.toggleClass('hidden', !linked);
      });
      cy.nodes('.group').forEach((g) => {
        g.toggleClass('hidden', this.hiddenLinks.has(g.data('link'))
          || cy.getElementById(g.data('anchor')).hasClass('hidden'));
      });
      cy.edges().forEach(function (e) {
        e.toggleClass('hidden', e.hasClass('hidden') || e.source().hasClass('hidden')
          || e.target().hasClass('hidden'));
      });
    });
  }
}
