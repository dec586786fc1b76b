/*
 * The canvas's keys, for the main actions without a pointer: arrows move the selection to the nearest node that
 * way, Enter expands (or opens the next page of a group), C folds, P pins, Delete removes, O opens the page, + and -
 * zoom, 0 frames the view, Escape clears the selection, / goes to the search box. The panel's buttons do the same.
 */
import { frame } from './layouts.js';

export class Keyboard {
  constructor(explorer, canvas) {
    this.explorer = explorer;
    canvas.addEventListener('keydown', (event) => this.key(event));
    canvas.addEventListener('focus', () => {
      const cy = explorer.cy;
      if (cy.nodes(':selected').empty()) {
        const first = cy.nodes('.start:visible').union(cy.nodes(':visible')).first();
        if (first.nonempty()) {
          explorer.select(first);
        }
      }
    });
  }

  key(event) {
    const explorer = this.explorer;
    const cy = explorer.cy;
    const selected = cy.nodes(':selected');
    const node = selected.first();
    const arrows = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
    let handled = true;
    if (arrows[event.key]) {
      this.move(node, arrows[event.key]);
    } else if (event.key === 'Enter' && node.nonempty()) {
      explorer.run(async () => {
        if (node.hasClass('group')) {
          await explorer.panel.draw(node, { count: explorer.config.page });
        } else {
          await explorer.expand(node);
          explorer.layout({ frame: false });
          explorer.changed(true);
        }
      });
    } else if ((event.key === 'c' || event.key === 'C') && node.nonempty() && !node.hasClass('group')) {
      explorer.collapse(node);
      explorer.changed(true);
    } else if ((event.key === 'p' || event.key === 'P') && node.nonempty() && !node.hasClass('group')) {
      explorer.togglePin(node);
      explorer.panel.shown = null;
      explorer.changed(false);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected.nonempty()) {
      explorer.remove(selected);
      explorer.changed(true);
    } else if ((event.key === 'o' || event.key === 'O') && node.nonempty()) {
      explorer.open(node);
    } else if (event.key === '+' || event.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '0') {
      frame(cy, selected);
    } else if (event.key === 'Escape') {
      selected.unselect();
    } else if (event.key === '/') {
      document.getElementById('x-search').focus();
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  }

  /** Selects the nearest visible node in a direction (within 60° of it), and brings it into view. */
  move(from, direction) {
    const explorer = this.explorer;
    const cy = explorer.cy;
    const candidates = cy.nodes(':visible').filter(function (n) { return !n.hasClass('tick'); });
    if (from.empty()) {
      const first = candidates.first();
      if (first.nonempty()) {
        explorer.select(first);
      }
      return;
    }
    const p = from.position();
    let best = null;
    let bestScore = Infinity;
    candidates.forEach(function (n) {
      if (n.same(from)) {
        return;
      }
      const q = n.position();
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const along = dx * direction[0] + dy * direction[1];
      const distance = Math.sqrt(dx * dx + dy * dy);
      if (along <= 0 || along < distance * 0.5) {
        return;
      }
      const score = distance * (2 - along / distance);
      if (score < bestScore) {
        bestScore = score;
        best = n;
      }
    });
    if (best) {
      explorer.select(best);
      const extent = cy.extent();
      const q = best.position();
      if (q.x < extent.x1 || q.x > extent.x2 || q.y < extent.y1 || q.y > extent.y2) {
        cy.center(best);
      }
    }
  }
}
