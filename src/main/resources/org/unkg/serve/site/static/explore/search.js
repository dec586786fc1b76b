/*
 * The search box that adds things by name: as the reader types, the names of things and documents' symbols in
 * either language are looked up (the text index) and listed; a choice (click, or arrows and Enter) adds the thing
 * with its links to what is drawn. The box and its list follow the ARIA combobox pattern.
 */
import { t } from './words.js';

const WAIT = 250;

export class Search {
  constructor(explorer, input, list) {
    this.explorer = explorer;
    this.input = input;
    this.list = list;
    this.results = [];
    this.active = -1;
    this.timer = null;
    this.asked = '';
    input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.lookup(), WAIT);
    });
    input.addEventListener('keydown', (event) => this.key(event));
    input.form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.active >= 0) {
        this.choose(this.active);
      } else {
        window.clearTimeout(this.timer);
        this.lookup().then(() => { if (this.results.length) { this.choose(0); } });
      }
    });
  }

  async lookup() {
    const words = this.input.value.trim();
    if (words === this.asked && this.results.length) {
      return;
    }
    this.asked = words;
    if (words.length < 2) {
      this.show([]);
      return;
    }
    await this.explorer.run(async () => {
      const answer = await this.explorer.api.lookup(words);
      if (this.input.value.trim() === words) {
        this.show(answer.results);
      }
    });
  }

  show(results) {
    this.results = results;
    this.active = -1;
    while (this.list.firstChild) {
      this.list.removeChild(this.list.firstChild);
    }
    results.forEach((card, i) => {
      const item = document.createElement('li');
      item.id = 'x-search-option-' + i;
      item.setAttribute('role', 'option');
      item.setAttribute('data-iri', card.id);
      const swatch = document.createElement('span');
      swatch.className = 'swatch kind-' + card.kind;
      swatch.setAttribute('aria-hidden', 'true');
      item.appendChild(swatch);
      const name = document.createElement('span');
      name.textContent = ' ' + card.label;
      if (card.lang) {
        name.lang = card.lang;
      }
      item.appendChild(name);
      const about = document.createElement('span');
      about.className = 'muted';
      about.textContent = ' ' + [card.classLabel, card.date].filter(Boolean).join(' · ');
      item.appendChild(about);
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.choose(i);
      });
      this.list.appendChild(item);
    });
    if (results.length === 0 && this.asked.length >= 2) {
      const none = document.createElement('li');
      none.className = 'muted';
      none.textContent = t('search.none');
      this.list.appendChild(none);
    }
    this.list.hidden = this.list.children.length === 0;
    this.input.setAttribute('aria-expanded', String(!this.list.hidden));
    this.input.removeAttribute('aria-activedescendant');
  }

  key(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.results.length === 0) {
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      Array.from(this.list.children).forEach((li, i) => {
        li.setAttribute('aria-selected', String(i === this.active));
      });
      this.input.setAttribute('aria-activedescendant', 'x-search-option-' + this.active);
    } else if (event.key === 'Escape') {
      this.show([]);
    }
  }

  choose(i) {
    const card = this.results[i];
    if (!card) {
      return;
    }
    this.input.value = '';
    this.asked = '';
    this.show([]);
    this.explorer.run(() => this.explorer.addFound(card.id));
  }
}
