// Oxigraph, another store, loading the dumps of a UNKG server.
//
// Usage: node oxigraph_client.mjs < job.json
//
// The job is a JSON object: {"triples": FILE, "quads": FILE, "queries": {name: SPARQL}}, FILE a gzipped dump. The
// distinct triples (unkg.nt.gz) are loaded into one in-memory store, in its default graph; the quads (unkg.nq.gz)
// into another, in their named graphs, which is queried with the union of the named graphs as the default graph, as
// a store without a distinct union answers. Prints one JSON object: {"triples": {name: answer}, "quads": {name:
// answer}}, each answer in the SPARQL 1.1 Query Results JSON Format as Oxigraph writes it, or {"error": message}.
import oxigraph from 'oxigraph';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const RESULTS_JSON = 'application/sparql-results+json';

async function read(stream) {
  let text = '';
  for await (const chunk of stream) {
    text += chunk.toString();
  }
  return text;
}

function store(file, format) {
  const s = new oxigraph.Store();
  s.load(gunzipSync(readFileSync(file)), { format });
  return s;
}

function answer(s, query, options) {
  try {
    return JSON.parse(s.query(query, { ...options, results_format: RESULTS_JSON }));
  } catch (e) {
    return { error: String(e && e.stack ? e.stack : e) };
  }
}

async function main() {
  const job = JSON.parse(await read(process.stdin));
  const triples = store(job.triples, 'application/n-triples');
  const quads = store(job.quads, 'application/n-quads');
  const output = { triples: {}, quads: {} };
  for (const [name, query] of Object.entries(job.queries)) {
    output.triples[name] = answer(triples, query, {});
    output.quads[name] = answer(quads, query, { use_default_graph_as_union: true });
  }
  process.stdout.write(JSON.stringify(output));
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
