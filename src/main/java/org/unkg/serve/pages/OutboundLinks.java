package org.unkg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unkg.common.Unkg;
import org.unkg.serve.lod.LocalPaths;
import org.unkg.serve.pages.EntityPage.Ref;
import org.unkg.serve.site.PageLanguage;

/**
 * Links from an entity to the rest of the UN's documentary web, shown as badges: a document on undocs.org in each
 * language of the pages ({@code https://undocs.org/{lang}/{symbol without spaces}}, the form the Dag Hammarskjöld
 * Library's own tables use) and its record in the UN Digital Library (a search of the symbol field, since record
 * numbers are not in the data); a theme's UNBIS Thesaurus concepts ({@code skos:exactMatch}, {@code skos:closeMatch});
 * an organization's Wikidata item ({@code owl:sameAs}).
 */
final class OutboundLinks {

    private OutboundLinks() {
    }

    static List<Ref> of(EntityFacts facts, String lang) {
        Map<String, String> t = PageMessages.of(lang);
        List<Ref> links = new ArrayList<>();
        for (var symbol : facts.literals(Unkg.SYMBOL)) {
            String path = symbol.getLiteralLexicalForm().replace(" ", "");
            List<String> languages = new ArrayList<>(List.of(lang, PageLanguage.other(lang)));
            for (String language : languages) {
                links.add(new Ref("undocs.org", "", "https://undocs.org/" + language + "/" + LocalPaths.escape(path),
                        t.get("link.undocs.title"), t.get("lang." + language)));
            }
            links.add(new Ref(t.get("link.undl"), "", "https://digitallibrary.un.org/search?ln=en&p="
                    + LocalPaths.query("191__a:[" + symbol.getLiteralLexicalForm() + "]"),
                    t.get("link.undl.title"), ""));
            break;
        }
        Set<String> unbis = new LinkedHashSet<>();
        for (String property : List.of(Vocab.SKOS_EXACT_MATCH, Vocab.SKOS_CLOSE_MATCH)) {
            for (String iri : facts.iris(property)) {
                if (iri.startsWith(Vocab.UNBIS) && unbis.add(iri)) {
                    String note = property.equals(Vocab.SKOS_EXACT_MATCH) ? t.get("link.exact") : t.get("link.close");
                    links.add(new Ref(t.get("link.unbis") + " " + iri.substring(Vocab.UNBIS.length()), "",
                            LocalPaths.external(iri), iri, note));
                }
            }
        }
        for (String iri : facts.iris(Vocab.OWL_SAME_AS)) {
            if (iri.startsWith(Vocab.WIKIDATA_ENTITY)) {
                String id = iri.substring(Vocab.WIKIDATA_ENTITY.length());
                links.add(new Ref("Wikidata " + id, "", "https://www.wikidata.org/wiki/" + LocalPaths.escape(id), iri,
                        ""));
            }
        }
        return links;
    }
}
