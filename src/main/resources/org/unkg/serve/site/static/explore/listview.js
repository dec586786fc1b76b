/*
 * The view as a list, for readers the canvas does not serve: each thing drawn (what the filters hide left out),
 * with its page, class and date, and the things it links to in the view; a button selects it, which opens its
 * panel, from where every action can be taken.
 */
import { t } from './words.js';

export class ListView {
  constructor(explorer, element) {
    this.explorer = explorer;
    this.element = element;
  }

  refresh() {
    const explorer = this.explorer;
    while (this.element.firstChild) {
      this.element.removeChild(this.element.firstChild);
    }
    const things = explorer.view.things().filter(':visible').sort(function (a, b) {
      return a.data('label').localeCompare(b.data('label'));
    });
    things.forEach((n) => {
      const item = document.createElement('li');
      item.setAttribute('data-iri', n.id());
      const select = document.createElement('button');
      select.type = 'button';
      select.className = 'x-pick';
      select.textContent = n.data('label');
      if (n.data('lang')) {
        select.lang = n.data('lang');
      }
      select.title = t('list.select');
      select.addEventListener('click', function () {
        explorer.select(n);
        explorer.cy.center(n);
        document.getElementById('x-selection').scrollIntoView({ block: 'nearest' });
      });
      item.appendChild(select);
      const about = document.createElement('span');
      about.className = 'muted';
      about.textContent = ' ' + [n.data('classLabel'), n.data('date')].filter(Boolean).join(' · ') + ' ';
      item.appendChild(about);
      const page = document.createElement('a');
      page.href = n.data('href');
      page.textContent = t('list.page');
      item.appendChild(page);
      const links = n.connectedEdges(':visible').filter(function (e) { return !e.hasClass('to-group'); });
      if (links.nonempty()) {
        const sub = document.createElement('ul');
        links.forEach(function (e) {
          const out = e.source().same(n);
          const other = out ? e.target() : e.source();
          const li = document.createElement('li');
          li.textContent = (out ? '→ ' : '← ') + e.data('label') + ' ' + other.data('label');
          sub.appendChild(li);
        });
        item.appendChild(sub);
      }
      this.element.appendChild(item);
    });
  }
}
