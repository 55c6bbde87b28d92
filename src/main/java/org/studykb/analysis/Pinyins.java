package org.studykb.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Toneless pinyin of a word through HanLP (word-level, so 银行 is yinhang and 行动 xingdong), joined
 * without separators: 科学发展观 → kexuefazhanguan, initials kxfzg. Characters without pinyin
 * (letters, digits, rare ideographs) are kept as they are; ü is written v, as people type it.
 */
public final class Pinyins {
    /** Every toneless syllable HanLP knows (ba, zhuang, lv …). */
    static final Set<String> SYLLABLES = syllables();

    private Pinyins() {}

    /** Full pinyin and initials of {@code word}. */
    public record Spelling(String full, String initials) {}

    public static Spelling of(String word) {
        List<Pinyin> pinyins = HanLP.convertToPinyinList(word);
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            Pinyin p = i < pinyins.size() ? pinyins.get(i) : Pinyin.none5;
            String syllable = p.getPinyinWithoutTone();
            if (p == Pinyin.none5 || "none".equals(syllable)) {
                full.append(word.charAt(i)); // drg付费 → drgfufei, initials drgff
                initials.append(word.charAt(i));
            } else {
                full.append(syllable.replace('ü', 'v'));
                initials.append(syllable.charAt(0));
            }
        }
        return new Spelling(full.toString(), initials.toString());
    }

    static boolean hasPinyin(String word) {
        return word.codePoints().anyMatch(Character::isIdeographic);
    }

    private static Set<String> syllables() {
        Set<String> out = new HashSet<>();
        for (Pinyin p : Pinyin.values()) {
            String s = p.getPinyinWithoutTone();
            if (!"none".equals(s)) {
                out.add(s.replace('ü', 'v'));
            }
        }
        return Set.copyOf(out);
    }
}
