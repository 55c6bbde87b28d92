package org.studykb.rectify;

/** 二〇〇九年一月底 → 2009年1月底: Chinese numerals in dates to digits. */
final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String toDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && isNumeral(s.charAt(j))) {
                j++;
            }
            if (j > i && j < s.length() && "年月日季".indexOf(s.charAt(j)) >= 0) {
                out.append(value(s.substring(i, j)));
                i = j;
            } else if (j > i) {
                out.append(s, i, j);
                i = j;
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || c == '十' || c == '零' || c == 'O' || c == '○';
    }

    /** 二〇〇九 → 2009 (digit by digit); 十二 → 12; 二十一 → 21. */
    private static String value(String n) {
        String t = n.replace('零', '〇').replace('○', '〇').replace('O', '〇');
        if (t.indexOf('十') < 0) {
            StringBuilder sb = new StringBuilder();
            for (char c : t.toCharArray()) {
                sb.append(DIGITS.indexOf(c));
            }
            return sb.toString();
        }
        int ten = t.indexOf('十');
        int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(ten - 1));
        int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
        return Integer.toString(tens * 10 + ones);
    }
}
