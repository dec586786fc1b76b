/*
 * The explorer's questions to the server: the kinds of link of a thing and their pages (/api/neighbourhood), cards
 * of things with the links among them (/api/explore/nodes), paths (/api/explore/paths), names (/api/explore/lookup)
 * and the view's RDF (/sparql). Each answer is JSON; a refusal becomes an ApiError with the server's words.
 */
export class ApiError extends Error {
  constructor(status, text) {
    super(status + ' ' + text);
    this.status = status;
  }
}

export class Api {
  constructor(config) {
    this.at = config.api;
    this.lang = config.lang;
    this.summaries = new Map();
  }

  url(path, params) {
    const url = new URL(path, window.location.href);
    Object.keys(params).forEach(function (name) {
      const value = params[name];
      if (Array.isArray(value)) {
        value.forEach(function (v) { url.searchParams.append(name, v); });
      } else if (value !== undefined && value !== null) {
        url.searchParams.set(name, value);
      }
    });
    url.searchParams.set('lang', this.lang);
    return url;
  }

  async get(path, params) {
    const answer = await window.fetch(this.url(path, params), { headers: { Accept: 'application/json' } });
    if (!answer.ok) {
      throw new ApiError(answer.status, await answer.text());
    }
    return answer.json();
  }

  /** Every kind of link of a thing with its counts and first things; asked once per thing. */
  neighbourhood(iri) {
    if (!this.summaries.has(iri)) {
      const asked = this.get(this.at.neighbourhood, { iri: iri });
      asked.catch(() => this.summaries.delete(iri));
      this.summaries.set(iri, asked);
    }
    return this.summaries.get(iri);
  }

  /** One page of one kind of link: {offset, limit, kind, year}. */
  async page(iri, link, direction, options) {
    const answer = await this.get(this.at.neighbourhood, Object.assign({ iri: iri, link: link,
      direction: direction }, options));
    return answer.links[0];
  }

  /** The cards of things, and the links that join them to each other or to those already drawn. */
  async nodes(iris, drawn) {
    const form = new URLSearchParams();
    iris.forEach(function (iri) { form.append('iri', iri); });
    drawn.forEach(function (iri) { form.append('with', iri); });
    form.set('lang', this.lang);
    const answer = await window.fetch(this.at.nodes, { method: 'POST', body: form,
      headers: { Accept: 'application/json' } });
    if (!answer.ok) {
      throw new ApiError(answer.status, await answer.text());
    }
    return answer.json();
  }

  paths(from, to, links, max) {
    return this.get(this.at.paths, { from: from, to: to, link: links, max: max });
  }

  lookup(words) {
    return this.get(this.at.lookup, { q: words });
  }

  /** The RDF a CONSTRUCT query gives, as Turtle text. */
  async turtle(query) {
    const form = new URLSearchParams();
    form.set('query', query);
    const answer = await window.fetch(this.at.sparql, { method: 'POST', body: form,
      headers: { Accept: 'text/turtle' } });
    if (!answer.ok) {
      throw new ApiError(answer.status, await answer.text());
    }
    return answer.text();
  }
}
