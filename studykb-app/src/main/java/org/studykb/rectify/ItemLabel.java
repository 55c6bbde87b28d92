package org.studykb.rectify;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Item markers of Chinese official documents, at the start of a line or inside a paragraph. */
final class ItemLabel {
    private static final String CN = "[一二三四五六七八九十]{1,3}";

    private static final List<Pattern> AT_START = List.of(
            Pattern.compile("^" + CN + "[、．.](?![0-9])"),
            Pattern.compile("^[（(]" + CN + "[）)]"),
            Pattern.compile("^(?:\\d{1,2}[、．.](?![0-9])|第" + CN + "条[\\s\u3000]?)"),
            Pattern.compile("^(?:[（(]\\d{1,2}[）)]|[\u2460-\u2473])"),
            Pattern.compile("^(?:" + CN + "是|第" + CN + "[，,、：:])"));

    /** Enumerators inside a paragraph, each family on its own: 一是…二是…, 第一，…第二，…, ①…②…, （1）…（2）…, 1.…2.… */
    static final List<Pattern> INLINE = List.of(
            Pattern.compile("(?<=^|[：:；;。，,！？\\s])" + CN + "是(?=[^，。；、的])"),
            Pattern.compile("(?<=^|[：:；;。！？\\s])第" + CN + "[，,、：:]"),
            Pattern.compile("[\u2460-\u2473]"),
            Pattern.compile("(?<=^|[：:；;。，,\\s])[（(]\\d{1,2}[）)]"),
            Pattern.compile("(?<=^|[：:；;。\\s])\\d{1,2}[．.、](?![0-9])"));

    private ItemLabel() {
    }

    record Match(String marker, int level) {
    }

    static Match at(String text) {
        for (int i = 0; i < AT_START.size(); i++) {
            Matcher m = AT_START.get(i).matcher(text);
            if (m.find()) {
                return new Match(m.group(), i + 1);
            }
        }
        return new Match("", 0);
    }
}
