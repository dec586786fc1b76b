package org.unkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names of instruments and bodies in Chinese text by their form: a title in 《》 ({@code 《精神药物公约》}),
 * and a body's name ending in {@code 委员会}, {@code 组织}, {@code 办公室} or {@code 特派团} that begins as the names of
 * international bodies begin ({@code 联合国…}, {@code 国际…}, {@code 非洲联盟…}). Chinese writes no spaces, so a name's
 * start is known only where such a word or a punctuation mark marks it; elsewhere nothing is found.
 */
final class ChineseNameDiscoverer {

    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,60})》");
    private static final Pattern BODY = Pattern.compile(
            "((?:联合国|国际|非洲联盟|非洲|欧洲联盟|欧洲|阿拉伯|伊斯兰|东南亚|美洲|加勒比|太平洋|西非|东非|南部非洲|中部非洲)"
                    + "[\\p{IsHan}]{1,16}?(?:委员会|组织|办公室|特派团))");
    /** Words inside a body's name that make it a class of bodies, not one body ("联合国制裁委员会"). */
    private static final Pattern GENERIC = Pattern.compile("制裁|有关|相关|各|其他|其它|区域|次区域|所有|这些|该|此|的|与|或|有组织$");
    /** Titles of what is not an instrument (a report, a letter, a resolution), or a bare head ("《议定书》"). */
    private static final Pattern NOT_INSTRUMENT = Pattern.compile("报告|决议|来文|信|说明|记录|^(?:议定书|公约|宪章|协定|条约|宣言|规约)$");

    List<FoundName> find(String text) {
        List<FoundName> found = new ArrayList<>();
        Matcher t = TITLE.matcher(text);
        while (t.find()) {
            String title = t.group(1).strip();
            if (NOT_INSTRUMENT.matcher(title).find()) {
                continue;
            }
            Map.Entry<String, HeadWords.Head> head = HeadWords.chineseEnding(title);
            HeadWords.Head h = head != null && "instrument".equals(head.getValue().kind()) ? head.getValue()
                    : HeadWords.instrument();
            found.add(new FoundName(t.start(1), t.end(1), t.group(1), h.kind(), h.types(), Optional.empty()));
        }
        Matcher b = BODY.matcher(text);
        while (b.find()) {
            String name = b.group(1);
            if (GENERIC.matcher(name).find() || inTitle(text, b.start())) {
                continue;
            }
            HeadWords.Head h = HeadWords.chineseEnding(name).getValue();
            found.add(new FoundName(b.start(1), b.end(1), name, h.kind(), h.types(), Optional.empty()));
        }
        return found;
    }

    private static boolean inTitle(String text, int at) {
        return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
    }
}
