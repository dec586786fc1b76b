/*
 * The panel of what is selected. For a thing: its name (a link to its page), class, date and IRI, the actions on it
 * (expand, fold, pin, remove, paths from or to it), and each of its kinds of link with how many things it links to
 * and of which kinds, counted before anything is drawn ("mentioned by 54: 18 documents, 36 paragraphs"), each a
 * button that draws it. For a group: what it holds and what is drawn, and buttons that draw the next page, all of
 * it, one kind of thing or one year. Every action is a button, so the keyboard reaches all of them.
 */
import { t, number, kindName } from './words.js';

export class Panel {
  constructor(explorer, element) {
    this.explorer = explorer;
    this.element = element;
    this.shown = null;
  }

  /** Shows what is selected now; the summary of a thing is asked for once and kept by the API. */
  show() {
    const selected = this.explorer.cy.nodes(':selected');
    const key = selected.map(function (n) { return n.id() + (n.hasClass('group') ? ' ' + n.data('label') : ''); })
      .join('\n') + '|' + (selected.length === 1 ? selected.classes().join(' ') : '');
    if (key === this.shown) {
      return;
    }
    this.shown = key;
    this.clear();
    if (selected.length === 0) {
      this.text('p', t('panel.none'), 'muted');
    } else if (selected.length === 2 && selected.every((n) => !n.hasClass('group'))) {
      this.pair(selected);
    } else if (selected.length > 1) {
      this.many(selected);
    } else if (selected.hasClass('group')) {
      this.group(selected);
    } else {
      this.thing(selected);
    }
  }

  clear() {
    while (this.element.firstChild) {
      this.element.removeChild(this.element.firstChild);
    }
    const heading = document.createElement('h2');
    heading.id = 'x-selection-heading';
    heading.textContent = t('panel.heading');
    this.element.appendChild(heading);
  }

  text(tag, content, className, parent) {
    const e = document.createElement(tag);
    e.textContent = content;
    if (className) {
      e.className = className;
    }
    (parent || this.element).appendChild(e);
    return e;
  }

  button(label, action, parent, options) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (options && options.name) {
      b.setAttribute('data-action', options.name);
    }
    if (options && options.title) {
      b.title = options.title;
    }
    b.addEventListener('click', () => {
      this.explorer.run(async () => {
        await action();
      });
    });
    (parent || this.element).appendChild(b);
    return b;
  }

  name(node, parent) {
    const p = this.text('p', '', 'x-name', parent);
    const swatch = document.createElement('span');
    swatch.className = 'swatch kind-' + node.data('kind');
    swatch.setAttribute('aria-hidden', 'true');
    p.appendChild(swatch);
    p.appendChild(document.createTextNode(' '));
    const a = document.createElement('a');
    a.href = node.data('href');
    a.textContent = node.data('label');
    if (node.data('lang')) {
      a.lang = node.data('lang');
    }
    p.appendChild(a);
    return p;
  }

  thing(node) {
    const explorer = this.explorer;
    this.name(node);
    const facts = [node.data('classLabel') || t('kind.' + node.data('kind'))];
    if (node.data('date')) {
      facts.push(node.data('date'));
    }
    this.text('p', facts.join(' · '), 'muted');
    this.text('code', node.id(), 'x-iri');
    const actions = this.text('div', '', 'x-actions');
    this.button(t('action.expand'), async () => {
      await explorer.expand(node);
      explorer.layout({ frame: false });
      explorer.changed(true);
    }, actions, { name: 'expand', title: t('key.expand') });
    this.button(t('action.collapse'), async () => {
      explorer.collapse(node);
      explorer.changed(true);
    }, actions, { name: 'collapse', title: t('key.collapse') });
    this.button(node.hasClass('pinned') ? t('action.unpin') : t('action.pin'), async () => {
      explorer.togglePin(node);
      this.shown = null;
      explorer.changed(false);
    }, actions, { name: 'pin', title: t('key.pin') });
    this.button(t('action.remove'), async () => {
      explorer.remove(node);
      explorer.changed(true);
    }, actions, { name: 'remove', title: t('key.remove') });
    this.button(t('action.pathFrom'), async () => { explorer.paths.choose(node.id(), null); }, actions,
      { name: 'path-from' });
    this.button(t('action.pathTo'), async () => { explorer.paths.choose(null, node.id()); }, actions,
      { name: 'path-to' });
    const heading = this.text('h3', t('panel.links'));
    heading.id = 'x-links-heading';
    const list = this.text('ul', '', 'x-links');
    list.setAttribute('aria-labelledby', heading.id);
    const waiting = this.text('li', t('loading'), 'muted', list);
    const shown = this.shown;
    explorer.api.neighbourhood(node.id()).then((summary) => {
      if (this.shown !== shown) {
        return;
      }
      waiting.remove();
      if (summary.links.length === 0) {
        this.text('li', t('panel.noLinks'), 'muted', list);
      }
      summary.links.forEach((link) => {
        const item = this.text('li', '', null, list);
        const drawn = explorer.view.linked(node.id(), link.link, link.direction).length;
        const b = this.button('', async () => {
          await explorer.expandLink(node, link);
          explorer.layout({ frame: false });
          explorer.changed(true);
        }, item, { name: 'expand-link', title: link.curie + (link.direction === 'in' ? ' ←' : ' →') });
        b.setAttribute('data-link', link.link);
        b.setAttribute('data-direction', link.direction);
        b.appendChild(document.createTextNode(link.label + ' '));
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = number(link.total);
        b.appendChild(count);
        this.text('span', ' ' + kinds(link.kinds) + (drawn > 0 ? ' · ' + t('panel.drawn', { n: number(drawn) })
          : ''), 'muted', item);
      });
    }, (error) => {
      waiting.textContent = t('failed', { reason: error.message });
    });
  }

  group(group) {
    const explorer = this.explorer;
    const anchor = explorer.cy.getElementById(group.data('anchor'));
    const drawn = explorer.view.members(group).length;
    const total = group.data('total');
    this.text('p', group.data('linkLabel') + ' · ' + anchor.data('label'), 'x-name');
    this.text('p', t('group.holds', { total: number(total), kinds: kinds(group.data('kinds')),
      drawn: number(drawn), left: number(total - drawn) }));
    const actions = this.text('div', '', 'x-actions');
    this.button(t('group.next', { n: number(explorer.config.page) }), async () => {
      await this.draw(group, { count: explorer.config.page });
    }, actions, { name: 'next-page', title: t('key.expand') });
    this.button(t('group.all', { n: number(total - drawn) }), async () => {
      await this.draw(group, {});
    }, actions, { name: 'all' });
    this.button(t('action.remove'), async () => {
      explorer.remove(group);
      explorer.changed(true);
    }, actions, { name: 'remove' });
    const byKind = Object.keys(group.data('kinds') || {});
    if (byKind.length > 1) {
      this.text('h3', t('group.byKind'));
      const list = this.text('div', '', 'x-chips');
      byKind.forEach((kind) => {
        const n = group.data('kinds')[kind];
        this.button(kindName(kind, n) + ' (' + number(n) + ')', async () => {
          await this.draw(group, { kind: kind });
        }, list, { name: 'kind' }).setAttribute('data-kind', kind);
      });
    }
    const years = group.data('years') || [];
    if (years.length > 0) {
      this.text('h3', t('group.byYear'));
      const list = this.text('div', '', 'x-chips');
      years.forEach((y) => {
        this.button(y.year + ' (' + number(y.count) + ')', async () => {
          await this.draw(group, { year: y.year });
        }, list, { name: 'year' }).setAttribute('data-year', String(y.year));
      });
    }
  }

  async draw(group, options) {
    const explorer = this.explorer;
    const anchor = explorer.cy.getElementById(group.data('anchor'));
    await explorer.openGroup(group, options);
    explorer.layout({ frame: false });
    if (group.removed()) {
      explorer.select(anchor);
    }
    this.shown = null;
    explorer.changed(true);
  }

  pair(nodes) {
    const explorer = this.explorer;
    nodes.forEach((n) => this.name(n));
    const actions = this.text('div', '', 'x-actions');
    this.button(t('action.pathBetween'), async () => {
      explorer.paths.choose(nodes[0].id(), nodes[1].id());
      await explorer.paths.find();
    }, actions, { name: 'path-between' });
    this.button(t('action.removeAll', { n: 2 }), async () => {
      explorer.remove(nodes);
      explorer.changed(true);
    }, actions, { name: 'remove' });
  }

  many(nodes) {
    const explorer = this.explorer;
    this.text('p', t('panel.many', { n: number(nodes.length) }));
    const actions = this.text('div', '', 'x-actions');
    this.button(t('action.removeAll', { n: number(nodes.length) }), async () => {
      explorer.remove(nodes);
      explorer.changed(true);
    }, actions, { name: 'remove' });
  }
}

/** "18 documents, 36 paragraphs" */
function kinds(counts) {
  return Object.keys(counts || {}).map(function (kind) {
    return number(counts[kind]) + ' ' + kindName(kind, counts[kind]);
  }).join(t('separator'));
}
