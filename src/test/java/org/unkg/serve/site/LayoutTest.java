package org.unkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The frame every page is rendered in. */
class LayoutTest {

    @Test
    void bothLanguagesHaveTheSameWords() {
        assertEquals(SiteMessages.of("en").keySet(), SiteMessages.of("zh").keySet());
    }

    @Test
    void aPageIsWrittenInItsLanguageWithTheSwitchToTheOther() {
        Chrome chrome = new Chrome("zh", SiteMessages.of("zh"), "en", "/id/theme/terrorism?lang=en", "恐怖主义");
        String html = Templates.get().render("error", chrome, Map.of("status", 404, "message", "没有"));
        assertTrue(html.contains("<html lang=\"zh\">"), html);
        assertTrue(html.contains("联合国安全理事会知识图谱"));
        assertTrue(html.contains("href=\"/id/theme/terrorism?lang=en\" hreflang=\"en\""));
        assertTrue(html.contains("value=\"恐怖主义\""));
    }

    @Test
    void valuesCannotBecomeMarkup() {
        String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        Chrome chrome = new Chrome("en", SiteMessages.of("en"), "zh", "/?q=" + hostile, hostile);
        String html = Templates.get().render("error", chrome, Map.of("status", 404, "message", hostile));
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
