#!/usr/bin/env python3
"""Draws a reproducible random sample of discovered names for judging by hand.

    ./unkg discovered --json --contexts 1 data/en-resolutions > discovered.json
    python3 src/test/resources/gold/sample_discovered.py discovered.json --seed 15 --size 100 > sample.tsv

Writes a TSV (name, kind, document, context, judgement) with the judgement left empty. Judgements are one of
  right     a real name with the right boundaries
  boundary  a name, but cut too short or run on too long
  notname   not a name at all (a phrase, a heading, a fragment)
  generic   a generic designation, not the proper name of one body or text
Precision is the share of 'right' among the judged rows (see --score).
"""
import argparse
import collections
import csv
import json
import random
import sys


def main():
    p = argparse.ArgumentParser()
    p.add_argument("discovered", nargs="?")
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--size", type=int, default=100)
    p.add_argument("--score", metavar="TSV", help="print the precision of a judged sample")
    a = p.parse_args()
    if a.score:
        with open(a.score, encoding="utf-8") as f:
            rows = [r for r in csv.DictReader(f, delimiter="\t")]
        counts = collections.Counter(r["judgement"] for r in rows)
        print(json.dumps({"judged": len(rows), "counts": counts,
                          "precision": round(counts["right"] / len(rows), 3)}))
        return
    with open(a.discovered, encoding="utf-8") as f:
        names = json.load(f)["names"]
    names.sort(key=lambda n: n["iri"])
    sample = random.Random(a.seed).sample(names, min(a.size, len(names)))
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["name", "kind", "document", "context", "judgement"])
    for n in sample:
        c = n["contexts"][0] if n["contexts"] else {"document": "", "text": ""}
        w.writerow([n["name"], n["kind"], c["document"], " ".join(c["text"].split()), ""])


if __name__ == "__main__":
    main()
