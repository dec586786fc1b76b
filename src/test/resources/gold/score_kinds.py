#!/usr/bin/env python3
"""Entity precision and recall per kind, with score.py's matching.

usage: score_kinds.py GOLD.json DATA.nq [--json] [--misses] [--part all|held-out|rest]

A required entity found or missed counts for the kind that GOLD's "kinds" gives its key. A linked entity that
matches no key of its document counts against the precision of the kind its rdf:type in DATA says (Organization,
Instrument, Country, Person, ArmedGroup; "Other" for none of them). --misses lists the required entities not found;
--part scores only the held-out third or the rest, split as themes.py splits them (so that misses are read on the
part that rules are tuned on, never on the held-out one: its documents are counted but never listed).
"""
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402
from themes import held_out  # noqa: E402

KIND_CLASSES = {
    "Organization": score.UNKG + "Organization",
    "Instrument": score.UNKG + "Instrument",
    "Country": score.UNKG + "Country",
    "Person": score.UNKG + "Person",
    "ArmedGroup": score.UNKG + "ArmedGroup",
}


def kind_of(g, node):
    types = set(score.objs(g, node, score.RDF_TYPE))
    for kind, cls in KIND_CLASSES.items():
        if cls in types:
            return kind
    # a subclass written without its superclass (the converter writes the entity's own classes)
    local = {t.rsplit("#", 1)[-1] for t in types}
    organizations = {"PrincipalOrgan", "SubsidiaryBody", "Committee", "ExpertGroup", "Office", "CoordinationMechanism",
                     "PeaceOperation", "PeacekeepingOperation", "PoliticalMission", "FundOrProgramme",
                     "SpecializedAgency", "CourtOrTribunal", "TreatyBody", "IntergovernmentalOrganization",
                     "RegionalOrganization", "Forum", "NonGovernmentalOrganization"}
    instruments = {"Treaty", "Convention", "Protocol", "Declaration", "Strategy", "ActionPlan", "StandardsInstrument",
                   "Agreement", "Initiative"}
    if local & organizations:
        return "Organization"
    if local & instruments:
        return "Instrument"
    if local & {"MemberState", "ObserverState", "FormerState"}:
        return "Country"
    return "Other"


def in_part(doc, part):
    return part == "all" or held_out(doc["file"]) == (part == "held-out")


def by_kind(gold, g, part="all"):
    kinds = gold.get("kinds", {})
    accept = {k: {score.norm_name(a) for a in v} for k, v in gold["entities"].items()}
    counts = defaultdict(lambda: [0, 0, 0])
    wrong = defaultdict(list)
    missed = defaultdict(list)
    for doc in gold["documents"]:
        if not in_part(doc, part):
            continue
        node = score.find_document(g, doc)
        required, optional = doc.get("required", []), doc.get("optional", [])
        if node is None:
            for k in required:
                counts[kinds.get(k, "Other")][2] += 1
            continue
        matched = set()
        for e in score.objs(g, node, score.UNKG + "mentions"):
            n = score.names(g, e)
            hit = [k for k in required + optional if accept.get(k, set()) & n]
            matched.update(hit)
            if not hit:
                counts[kind_of(g, e)][1] += 1
                wrong[kind_of(g, e)].append((doc["file"], sorted(n)[0] if n else e))
        for k in required:
            counts[kinds.get(k, "Other")][0 if k in matched else 2] += 1
            if k not in matched:
                missed[kinds.get(k, "Other")].append((doc["file"], k))
    return counts, wrong, missed


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    part = "all"
    if "--part" in sys.argv:
        part = sys.argv[sys.argv.index("--part") + 1]
        args = [a for a in args if a != part]
    if len(args) != 2 or part not in ("all", "held-out", "rest"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    gold = json.load(open(args[0], encoding="utf-8"))
    g = score.load(args[1])
    counts, wrong, missed = by_kind(gold, g, part)
    result = {k: {"tp": tp, "fp": fp, "fn": fn, "prf": [round(x, 3) for x in score.prf(tp, fp, fn)]}
              for k, (tp, fp, fn) in sorted(counts.items())}
    if "--json" in sys.argv:
        print(json.dumps(result, indent=1))
    else:
        for k, r in result.items():
            p, rc, f = r["prf"]
            print(f"{k:13} P {p:.3f} R {rc:.3f} F1 {f:.3f}  (tp {r['tp']} fp {r['fp']} fn {r['fn']})")
            # the held-out documents give figures only (see themes.py)
            for file, name in wrong.get(k, []):
                if not held_out(file):
                    print(f"    wrong in {file}: {name}")
            if "--misses" in sys.argv:
                for file, key in missed.get(k, []):
                    if not held_out(file):
                        print(f"    missed in {file}: {key}")


if __name__ == "__main__":
    main()
