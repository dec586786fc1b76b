"""rdflib as an outside client of a running UNKG server.

Usage: python3 rdflib_client.py BASE_URL IRI...

Each IRI (under https://w3id.org/unkg/) is asked for at the server's own path, following the 303 See Other, once per
RDF media type; then the VoID description, the service description and the distinct-triples dump are parsed. Prints
one JSON object: for each IRI and media type, the number of triples (quads for N-Quads and TriG) rdflib read, those
in the default graph, and the address the 303 led to; and the triples of VoID, the service description and the dump.
"""
import gzip
import json
import sys
import urllib.request

import rdflib

BASE = "https://w3id.org/unkg/"
FORMATS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/n-triples": "nt",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}
QUADS = ("application/n-quads", "application/trig")


def fetch(url, accept):
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.geturl(), response.headers.get_content_type(), response.read()


def dereference(server, iri, accept):
    final, content_type, body = fetch(server + iri[len(BASE) - 1:], accept)
    if content_type != accept:
        raise SystemExit(f"{iri}: asked for {accept}, got {content_type} from {final}")
    if accept in QUADS:
        dataset = rdflib.Dataset()
        dataset.parse(data=body, format=FORMATS[accept], publicID=final)
        # rdflib 6 (Debian 12) files the default graph of a parsed document under the document's address; 7 puts it
        # into the dataset's default graph.
        default = rdflib.Graph()
        for name in (final, dataset.default_context.identifier):
            for triple in dataset.graph(rdflib.URIRef(name) if isinstance(name, str) else name):
                default.add(triple)
        statements = sum(len(g) for g in dataset.contexts())
    else:
        default = rdflib.Graph()
        default.parse(data=body, format=FORMATS[accept], publicID=final)
        statements = len(default)
    return {"url": final, "statements": statements, "default": len(default)}


def main():
    server = sys.argv[1].rstrip("/")
    result = {"things": {}}
    for iri in sys.argv[2:]:
        result["things"][iri] = {accept: dereference(server, iri, accept) for accept in FORMATS}
    void = rdflib.Graph()
    void.parse(server + "/.well-known/void", format="turtle")
    result["void"] = len(void)
    result["voidDumps"] = sorted(str(o) for o in void.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#dataDump")))
    description = rdflib.Graph()
    _, _, body = fetch(server + "/sparql", "text/turtle")
    description.parse(data=body, format="turtle", publicID=server + "/sparql")
    result["serviceDescription"] = len(description)
    result["endpoints"] = sorted(str(o) for o in description.objects(
        None, rdflib.URIRef("http://www.w3.org/ns/sparql-service-description#endpoint")))
    _, _, packed = fetch(server + "/dumps/unkg.nt.gz", "application/n-triples")
    dump = rdflib.Graph()
    dump.parse(data=gzip.decompress(packed).decode("utf-8"), format="nt")
    result["dump"] = len(dump)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
