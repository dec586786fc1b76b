/*
 * The paths form: two drawn things (from the lists, or chosen from the panel) and the kinds of link to follow; the
 * server finds the shortest chains between them and the explorer draws and marks them.
 */
import { t, number } from './words.js';

export class PathForm {
  constructor(explorer, element) {
    this.explorer = explorer;
    this.from = element.querySelector('#x-path-from');
    this.to = element.querySelector('#x-path-to');
    this.max = element.querySelector('#x-path-max');
    this.links = element.querySelector('#x-path-links');
    this.status = element.querySelector('#x-path-status');
    const config = explorer.config;
    Object.keys(config.pathLinks).forEach((iri) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = iri;
      box.checked = config.pathLinks[iri];
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + t('path.link.' + iri.replace(/^.*[#/]/, ''))));
      label.title = iri;
      this.links.appendChild(label);
    });
    for (let n = 1; n <= config.pathMostLength; n++) {
      const option = document.createElement('option');
      option.value = String(n);
      option.textContent = number(n);
      option.selected = n === config.pathLength;
      this.max.appendChild(option);
    }
    element.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.explorer.run(() => this.find());
    });
  }

  /** The lists hold the things drawn, by name. */
  refresh() {
    const things = this.explorer.view.things().sort(function (a, b) {
      return a.data('label').localeCompare(b.data('label'));
    });
    [this.from, this.to].forEach(function (select) {
      const chosen = select.value;
      while (select.firstChild) {
        select.removeChild(select.firstChild);
      }
      const none = document.createElement('option');
      none.value = '';
      none.textContent = t('path.choose');
      select.appendChild(none);
      things.forEach(function (n) {
        const option = document.createElement('option');
        option.value = n.id();
        option.textContent = n.data('label');
        select.appendChild(option);
      });
      select.value = things.some(function (n) { return n.id() === chosen; }) ? chosen : '';
    });
  }

  choose(from, to) {
    if (from) {
      this.from.value = from;
    }
    if (to) {
      this.to.value = to;
    }
    (from && !this.to.value ? this.to : this.from).focus();
  }

  async find() {
    const from = this.from.value;
    const to = this.to.value;
    const links = Array.from(this.links.querySelectorAll('input:checked')).map(function (b) { return b.value; });
    if (!from || !to || from === to || links.length === 0) {
      this.status.textContent = t('path.incomplete');
      return;
    }
    this.status.textContent = t('path.searching');
    const answer = await this.explorer.findPaths(from, to, links, Number(this.max.value));
    if (answer.chains.length > 0) {
      this.status.textContent = t('path.found', { n: number(answer.chains.length), length: number(answer.length) });
    } else {
      this.status.textContent = t('path.stopped.' + answer.stopped, { max: this.max.value });
    }
    this.status.setAttribute('data-length', String(answer.length));
    this.status.setAttribute('data-chains', String(answer.chains.length));
  }
}
