package org.studykb.analysis;

/** Character classes shared by the tokenizers; all work on code points. */
final class Chars {
    private Chars() {}

    /** A character worth indexing: a letter, a digit or an ideograph (〇 is an ideograph, not a letter). */
    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.isIdeographic(cp);
    }

    /** Han, kana or hangul: text that is written without spaces and gets n-grams. */
    static boolean isCjk(int cp) {
        if (Character.isIdeographic(cp)) {
            return true;
        }
        if (!Character.isLetter(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** Latin (or other alphabetic) letters and digits: kept together as whole tokens. */
    static boolean isAlnum(int cp) {
        return Character.isLetterOrDigit(cp) && !isCjk(cp);
    }

    static boolean hasWordChar(char[] buf, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(buf, i, end);
            if (isWordChar(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
