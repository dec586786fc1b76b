/*
 * The view in the address: after each change the fragment (#view=...) is rewritten with what is drawn, so that the
 * address shared is the view. It holds each thing's IRI (relative to the data's base) and place, which are pinned
 * and which were started from, the groups with their anchor, kind of link and how far they were paged, the filters,
 * the layout, the zoom and pan, and the selection. Links are not kept: the server gives those among the things again.
 */
const KEY = 'view';
const VERSION = 1;

export function shorten(iri, base) {
  return iri.startsWith(base) ? iri.slice(base.length) : iri;
}

export function lengthen(key, base) {
  return /^[a-z][a-z0-9+.-]*:/i.test(key) ? key : base + key;
}

/** The view as an object: {v, n: [[key, x, y, flags]], g: [[anchor, link, direction]], ...}. */
export function capture(view, filters, layout, base) {
  const cy = view.cy;
  const round = function (v) { return Math.round(v * 10) / 10; };
  const things = view.things().map(function (n) {
    const p = n.position();
    const flags = (n.hasClass('pinned') ? 'p' : '') + (n.hasClass('start') ? 's' : '')
      + (n.hasClass('expanded') ? 'e' : '');
    return [shorten(n.id(), base), round(p.x), round(p.y), flags];
  });
  const groups = cy.nodes('.group').map(function (g) {
    const p = g.position();
    return [shorten(g.data('anchor'), base), g.data('link'), g.data('direction'), round(p.x), round(p.y),
      g.data('next') || 0];
  });
  const pan = cy.pan();
  return { v: VERSION, n: things, g: groups, f: filters.state(), l: layout, z: round(cy.zoom() * 100) / 100,
    p: [round(pan.x), round(pan.y)],
    s: cy.nodes(':selected').map(function (n) { return n.hasClass('group') ? null : shorten(n.id(), base); })
      .filter(Boolean) };
}

/** The view kept in the address, or null. */
export function read() {
  const fragment = window.location.hash.slice(1);
  if (!fragment) {
    return null;
  }
  const value = new URLSearchParams(fragment).get(KEY);
  if (!value) {
    return null;
  }
  try {
    const state = JSON.parse(value);
    return state && state.v === VERSION && Array.isArray(state.n) ? state : null;
  } catch (e) {
    return null;
  }
}

/** Writes the view into the address without adding to the history. */
export function write(state) {
  const params = new URLSearchParams();
  params.set(KEY, JSON.stringify(state));
  const url = new URL(window.location.href);
  url.hash = params.toString();
  window.history.replaceState(null, '', url.toString());
}

/** Calls fn a moment after the last of a burst of calls, so that a drag or a zoom writes the address once. */
export function debounce(fn, millis) {
  let timer = null;
  const call = function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fn, millis);
  };
  call.now = function () {
    window.clearTimeout(timer);
    fn();
  };
  return call;
}
