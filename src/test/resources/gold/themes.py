#!/usr/bin/env python3
"""Scores the themes of converted RDF against a gold file: are a document's main themes the ones a librarian gives it?

usage: themes.py GOLD.json DATA.nq [--json] [--part all|held-out|rest]

For each document of the gold file (found as score.py finds it), the themes are its dct:subject values and the main
themes its unkg:mainSubject values. An expected theme is found when a label of a theme contains one of its accept
strings after case folding, as in score.py; a main theme is right when its labels contain an accept string of one
of the document's expected themes. The figures:

- recall among the main themes: expected themes found among the main themes, over all expected themes;
- main-theme precision: main themes that are right, over all main themes;
- main themes and themes per document: mean and maximum;
- recall among all themes (dct:subject), as score.py gives it, and the documents left without a theme.

Where the data holds no unkg:mainSubject at all (a converter that does not rank themes), every theme counts as main.

The documents are split by a hash of their file name into a held-out third (the SHA-256 of the name, as a number, is
a multiple of 3) and the rest, so that figures on documents nobody looked at while tuning can be told apart. The
held-out documents are counted in the figures but never listed, in either output.
"""
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score import DCT, NAME_PREDICATES, UNKG, find_document, lits, load, norm_name, objs  # noqa: E402

MAIN = UNKG + "mainSubject"
PARTS = ("all", "held-out", "rest")


def held_out(file_name):
    return int(hashlib.sha256(file_name.encode("utf-8")).hexdigest(), 16) % 3 == 0


def labels(g, theme):
    return {norm_name(l.value) for p in NAME_PREDICATES for l in lits(g, theme, p)}


def matches(accepts, theme_labels):
    return any(norm_name(a) in lab for a in accepts for lab in theme_labels)


def rows(gold, g):
    accept = gold.get("themes", {})
    ranked = any(MAIN in props for props in g.values())
    out = []
    for doc in gold["documents"]:
        node = find_document(g, doc)
        expected = doc.get("themes", [])
        row = {"file": doc["file"], "held_out": held_out(doc["file"]), "found": node is not None,
               "expected": expected}
        subjects = sorted(set(objs(g, node, DCT + "subject"))) if node else []
        main = sorted(set(objs(g, node, MAIN))) if node and ranked else subjects
        names = {t: labels(g, t) for t in set(subjects) | set(main)}
        row["themes"] = len(subjects)
        row["main"] = len(main)
        row["found_main"] = [t for t in expected if any(matches(accept.get(t, [t]), names[m]) for m in main)]
        row["found_any"] = [t for t in expected if any(matches(accept.get(t, [t]), names[s]) for s in subjects)]
        right = [m for m in main if any(matches(accept.get(t, [t]), names[m]) for t in expected)]
        row["main_right"] = len(right)
        row["missed"] = [t for t in expected if t not in row["found_main"]]
        row["main_wrong"] = [short(m) for m in main if m not in right]
        row["main_themes"] = [short(m) for m in main]
        out.append(row)
    return out, ranked


def short(iri):
    return iri.rsplit("/", 1)[-1]


def summary(part_rows):
    n = len(part_rows)
    expected = sum(len(r["expected"]) for r in part_rows)
    main = sum(r["main"] for r in part_rows)
    return {
        "documents": n,
        "found": sum(r["found"] for r in part_rows),
        "expected_themes": expected,
        "recall_main": round(sum(len(r["found_main"]) for r in part_rows) / expected, 3) if expected else None,
        "precision_main": round(sum(r["main_right"] for r in part_rows) / main, 3) if main else None,
        "main_per_document_mean": round(main / n, 2) if n else None,
        "main_per_document_max": max((r["main"] for r in part_rows), default=0),
        "recall_all": round(sum(len(r["found_any"]) for r in part_rows) / expected, 3) if expected else None,
        "themes_per_document_mean": round(sum(r["themes"] for r in part_rows) / n, 2) if n else None,
        "themes_per_document_max": max((r["themes"] for r in part_rows), default=0),
        "without_theme": sum(1 for r in part_rows if r["themes"] == 0),
    }


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    part = "all"
    if "--part" in sys.argv:
        part = sys.argv[sys.argv.index("--part") + 1]
        args = [a for a in args if a != part]
    if len(args) != 2 or part not in PARTS:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    gold = json.load(open(args[0], encoding="utf-8"))
    all_rows, ranked = rows(gold, load(args[1]))
    chosen = {"all": all_rows, "held-out": [r for r in all_rows if r["held_out"]],
              "rest": [r for r in all_rows if not r["held_out"]]}
    result = {"ranked": ranked, "summary": {p: summary(rs) for p, rs in chosen.items()}}
    # The held-out documents give figures only: what went wrong in them is not shown, so that no rule is written
    # after reading it.
    shown = [r for r in chosen[part] if not r["held_out"]]
    if "--json" in sys.argv:
        result["rows"] = shown
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for r in shown:
            mark = "*" if r["held_out"] else " "
            print(f"{mark}{r['file']}: main {r['main']}/{r['themes']} {r['main_themes']}")
            if r["missed"]:
                print(f"     missed {r['missed']}")
            if r["main_wrong"]:
                print(f"     not expected {r['main_wrong']}")
        if not ranked:
            print("(no unkg:mainSubject in the data: every theme counts as main)")
        for p, s in result["summary"].items():
            print(f"{p}: " + json.dumps(s))
    sys.exit(0 if all(r["found"] for r in all_rows) else 1)


if __name__ == "__main__":
    main()
