package org.studykb.analysis;

/** {@code #} comments in the {@code indexer/} text files: at the start of a line or after whitespace. */
final class Comments {
    private Comments() {}

    /** The line without its comment, trimmed; a BOM and a trailing CR are dropped too. */
    static String strip(String line) {
        String s = line;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                s = s.substring(0, i);
                break;
            }
        }
        return s.strip();
    }
}
