// The peer of `unkg bench`: loads the store's dumps (gzipped or not) into an in-memory Oxigraph store and times
// queries against it. The quads go to their named graphs and the distinct triples of their union to the default
// graph, which is what the UNKG endpoint's default graph is: Oxigraph's own union of the named graphs would repeat
// a solution for every graph that holds the same triple.
// Reads a job from standard input:
//   { "quads": "/path/unkg.nq.gz", "triples": "/path/unkg.nt.gz", "warmUp": 3, "repeats": 20,
//     "queries": [ { "id": "label", "sparql": "SELECT ...", "construct": false } ] }
// and prints { "loadSeconds": s, "quads": n, "queries": [ { "id", "rows", "ms": [...] } | { "id", "error" } ] }.
// Each answer is serialised (SPARQL results JSON, or N-Triples) as a server would, but not sent over HTTP.
import { readFileSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { createReadStream } from "node:fs";
import oxigraph from "oxigraph";

const job = JSON.parse(readFileSync(0, "utf8"));
const store = new oxigraph.Store();

// Fed in chunks cut at line ends: N-Quads is one statement a line, and one string of the whole file would pass
// V8's limit on a string's length long before the store's.
async function load(path, format) {
  let input = createReadStream(path);
  if (path.endsWith(".gz")) {
    input = input.pipe(createGunzip());
  }
  let rest = "";
  for await (const chunk of input) {
    const text = rest + chunk.toString("utf8");
    const end = text.lastIndexOf("\n");
    if (end < 0) {
      rest = text;
      continue;
    }
    store.load(text.slice(0, end + 1), { format, no_transaction: true });
    rest = text.slice(end + 1);
  }
  if (rest.trim().length > 0) {
    store.load(rest, { format, no_transaction: true });
  }
}

function ask(q) {
  const answer = store.query(q.sparql, {
    results_format: q.construct ? "application/n-triples" : "application/sparql-results+json",
  });
  if (q.construct) {
    return answer.split("\n").filter((l) => l.trim().length > 0).length;
  }
  const json = JSON.parse(answer);
  return json.boolean !== undefined ? String(json.boolean) : json.results.bindings.length;
}

const started = process.hrtime.bigint();
await load(job.quads, "application/n-quads");
await load(job.triples, "application/n-triples");
const loadSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const results = [];
for (const q of job.queries) {
  try {
    let rows = null;
    for (let i = 0; i < job.warmUp; i++) {
      rows = ask(q);
    }
    const ms = [];
    for (let i = 0; i < job.repeats; i++) {
      const t0 = process.hrtime.bigint();
      rows = ask(q);
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    results.push({ id: q.id, rows: String(rows), ms });
  } catch (e) {
    results.push({ id: q.id, error: String(e.message || e).split("\n")[0] });
  }
}
process.stdout.write(JSON.stringify({ loadSeconds, quads: store.size, queries: results }) + "\n");
