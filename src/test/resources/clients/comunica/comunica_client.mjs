// Comunica as an outside client of a running UNKG server.
//
// Usage: node comunica_client.mjs < job.json
//
// The job is a JSON object: {"endpoint": URL, "queries": {name: SPARQL}, "traversals": {name: {"source": URL,
// "query": SPARQL}}}. Each query is sent with the endpoint as Comunica's only source (a SPARQL endpoint); each
// traversal is answered from what Comunica reads when it dereferences its one source, as a linked-data client does
// (its own content negotiation, following the 303 See Other). Prints one JSON object: for each name, the answer in
// the SPARQL 1.1 Query Results JSON Format as Comunica's own serializer writes it, or {"error": message}.
import { QueryEngine } from '@comunica/query-sparql';

const RESULTS_JSON = 'application/sparql-results+json';

async function read(stream) {
  let text = '';
  for await (const chunk of stream) {
    text += chunk.toString();
  }
  return text;
}

async function answer(engine, query, sources) {
  try {
    // A fresh context per query, so that no answer is taken from what an earlier one fetched.
    const result = await engine.query(query, { sources, lenient: false, httpTimeout: 120000 });
    const { data } = await engine.resultToString(result, RESULTS_JSON);
    return JSON.parse(await read(data));
  } catch (e) {
    return { error: String(e && e.stack ? e.stack : e) };
  }
}

async function main() {
  const job = JSON.parse(await read(process.stdin));
  const engine = new QueryEngine();
  const output = { queries: {}, traversals: {} };
  for (const [name, query] of Object.entries(job.queries)) {
    output.queries[name] = await answer(engine, query, [{ type: 'sparql', value: job.endpoint }]);
    await engine.invalidateHttpCache();
  }
  for (const [name, { source, query }] of Object.entries(job.traversals)) {
    output.traversals[name] = await answer(engine, query, [source]);
    await engine.invalidateHttpCache();
  }
  process.stdout.write(JSON.stringify(output));
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
  process.exit(1);
});
