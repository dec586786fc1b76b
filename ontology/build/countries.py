#!/usr/bin/env python3
"""Generate ontology/vocabularies/countries.ttl from ISO 3166 as packaged by Debian's iso-codes.

Sources, read at generation time:
  /usr/share/iso-codes/json/iso_3166-1.json          current countries and territories (alpha-2, alpha-3, numeric, names)
  /usr/share/iso-codes/json/iso_3166-3.json          withdrawn codes, for the former States listed in the overlay
  /usr/share/locale/zh_CN/LC_MESSAGES/iso_3166-1.mo  Chinese names (and iso_3166-3.mo for former States)
  ontology/build/countries-overlay.json              hand-made: UN membership, UN names, other names, extra places,
                                                     the sources of the entries that have no ISO 3166-1 code

Each entry's unkg:entrySource is its ISO 3166-1 record (https://www.iso.org/obp/ui/#iso:code:3166:{alpha-2}), or,
for a former State or a place without an ISO 3166-1 code, the document the overlay gives.

Install the sources with `apt-get install iso-codes`, then run `python3 ontology/build/countries.py` from anywhere.
The output is deterministic (sorted by key), so a rerun with the same inputs changes nothing.
"""
import gettext
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OVERLAY = os.path.join(HERE, "countries-overlay.json")
OUT = os.path.join(HERE, "..", "vocabularies", "countries.ttl")
ISO_DIR = "/usr/share/iso-codes/json"
LOCALE_DIR = "/usr/share/locale"


def iso_codes_version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def translator(domain):
    try:
        return gettext.translation(domain, localedir=LOCALE_DIR, languages=["zh_CN"]).gettext
    except OSError:
        sys.exit(f"no Chinese translations for {domain} under {LOCALE_DIR}: install the iso-codes package")


def lit(text, lang=None):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def unique(values, exclude=()):
    seen, out = set(exclude), []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


ISO_RECORD = "https://www.iso.org/obp/ui/#iso:code:3166:"


def timed_label_turtle(timed):
    """A name borne for a time only: a SKOS-XL label per language, its years as dct:temporal (as a theme's are)."""
    period = (f'dct:temporal [ a dct:PeriodOfTime ; dcat:startDate {lit(timed["from"])}^^xsd:gYear ; '
              f'dcat:endDate {lit(timed["to"])}^^xsd:gYear ]')
    return [f"[ a skosxl:Label ; skosxl:literalForm {lit(text, lang)} ;\n            {period} ;\n"
            f"            skos:note {lit(timed['note'], 'en')} ]" for lang, text in sorted(timed["label"].items())]


def entry_turtle(key, cls, pref, alts, codes, comment=None, source=None, timed=(), hidden=()):
    # where the entry comes from (unkg:entrySource): its ISO 3166-1 record, or the overlay's source for an entry
    # without an ISO 3166-1 code
    source = source or ISO_RECORD + codes["alpha_2"]
    lines = [f"country:{key} a unkg:{cls} ;",
             "    skos:inScheme country:scheme ;",
             f"    unkg:entrySource <{source}> ;",
             f"    skos:prefLabel {lit(pref['en'], 'en')} , {lit(pref['zh'], 'zh')} ;",
             f"    rdfs:label {lit(pref['en'], 'en')} , {lit(pref['zh'], 'zh')} ;"]
    alt_literals = [lit(a, "en") for a in unique(alts.get("en", []), [pref["en"]])] + \
                   [lit(a, "zh") for a in unique(alts.get("zh", []), [pref["zh"]])]
    if alt_literals:
        lines.append("    skos:altLabel " + " ,\n        ".join(alt_literals) + " ;")
    if hidden:
        lines.append("    skos:hiddenLabel " + " ,\n        ".join(lit(h, "en") for h in hidden) + " ;")
    timed_labels = [label for t in timed for label in timed_label_turtle(t)]
    if timed_labels:
        lines.append("    skosxl:altLabel " + " ,\n        ".join(timed_labels) + " ;")
    if comment:
        lines.append(f"    rdfs:comment {lit(comment, 'en')} ;")
    if codes:
        lines.append(f"    skos:notation {lit(codes['alpha_3'])} ;")
        lines.append(f"    unkg:isoAlpha2 {lit(codes['alpha_2'])} ;")
        lines.append(f"    unkg:isoAlpha3 {lit(codes['alpha_3'])} ;")
        if codes.get("numeric"):
            lines.append(f"    unkg:isoNumeric {lit(codes['numeric'])} ;")
    lines[-1] = lines[-1][:-2] + " ."
    return "\n".join(lines)


def main():
    overlay = json.load(open(OVERLAY, encoding="utf-8"))
    iso = json.load(open(os.path.join(ISO_DIR, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    withdrawn = {e["alpha_3"]: e for e in
                 json.load(open(os.path.join(ISO_DIR, "iso_3166-3.json"), encoding="utf-8"))["3166-3"]}
    zh = translator("iso_3166-1")
    zh3 = translator("iso_3166-3")

    members, observers = set(overlay["memberStates"]), set(overlay["observerStates"])
    known = {e["alpha_3"] for e in iso}
    for code in sorted((members | observers | set(overlay["entries"])) - known):
        sys.exit(f"countries-overlay.json names {code}, which is not an ISO 3166-1 alpha-3 code")

    entries = {}
    for e in iso:
        key = e["alpha_3"]
        extra = overlay["entries"].get(key, {})
        pref = {"en": e["name"], "zh": zh(e["name"])}
        overridden = extra.get("prefLabel", {})
        pref.update(overridden)
        alts = {"en": [], "zh": []}
        if "en" in overridden and ", " not in e["name"]:
            alts["en"].append(e["name"])
        for field in ("official_name", "common_name"):
            if field in e:
                alts["en"].append(e[field].removeprefix("the "))
                alts["zh"].append(zh(e[field]))
        if "zh" in overridden:
            alts["zh"].append(zh(e["name"]))
        for lang in ("en", "zh"):
            alts[lang] = extra.get("altLabel", {}).get(lang, []) + alts[lang]
        # ISO's inverted forms ("Korea, Republic of") are not how texts write names; the overlay drops wrong ones
        alts["en"] = [a for a in alts["en"] if ", " not in a]
        dropped = set(extra.get("dropLabel", []))
        alts = {lang: [a for a in values if a not in dropped] for lang, values in alts.items()}
        cls = "MemberState" if key in members else "ObserverState" if key in observers else "Country"
        entries[key] = entry_turtle(key, cls, pref, alts, e, timed=extra.get("timedLabel", ()),
                                    hidden=extra.get("hiddenLabel", ()))

    for key, extra in overlay["formerStates"].items():
        w = withdrawn.get(key)
        if w is None:
            sys.exit(f"former State {key} is not in ISO 3166-3")
        alts = {"en": extra["altLabel"]["en"] + [w["name"]], "zh": extra["altLabel"]["zh"] + [zh3(w["name"])]}
        alts["en"] = [a for a in alts["en"] if ", " not in a]
        entries[key] = entry_turtle(key, "FormerState", extra["prefLabel"], alts, w, source=extra["entrySource"])

    for key, extra in overlay["extra"].items():
        entries[key] = entry_turtle(key, extra["class"], extra["prefLabel"], extra["altLabel"], None, extra.get("comment"),
                                    source=extra["entrySource"])

    version = iso_codes_version()
    header = f"""# GENERATED by ontology/build/countries.py from Debian's iso-codes {version} (ISO 3166-1, ISO 3166-3 and their
# zh_CN translations) and the hand-made ontology/build/countries-overlay.json. Do not edit by hand: edit the overlay
# and run the generator again.

@prefix unkg:    <https://w3id.org/unkg/ontology#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dct:     <http://purl.org/dc/terms/> .
@prefix dcat:    <http://www.w3.org/ns/dcat#> .
@prefix skosxl:  <http://www.w3.org/2008/05/skos-xl#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix country: <https://w3id.org/unkg/id/country/> .

# A name that an entry bore for a time only, and that at other times is another entry's, is a SKOS-XL label with
# its years as dct:temporal: a document of those years that uses it names this entry (the Republic of the Congo of
# 1960-1964 is today's Democratic Republic of the Congo).

country:scheme a skos:ConceptScheme ;
    skos:prefLabel "Countries and territories"@en , "国家和领土"@zh ;
    rdfs:label "Countries and territories"@en , "国家和领土"@zh ;
    dct:title "Countries and territories"@en , "国家和领土"@zh ;
    dct:description "The States Members of the United Nations, the non-member observer States, the other territories of ISO 3166-1, the former States that United Nations texts name, and Kosovo. Keys are ISO 3166-1 alpha-3 codes (ISO 3166-3 for former States). Names: ISO 3166 as published in Debian's iso-codes {version}, with its Chinese translations, and the names used in United Nations texts."@en ;
    dct:source <https://salsa.debian.org/iso-codes-team/iso-codes> .
"""
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(header)
        for key in sorted(entries):
            out.write("\n" + entries[key] + "\n")
    print(f"wrote {len(entries)} entries to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
