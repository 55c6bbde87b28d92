package org.studykb.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's own 文号 (区建工党〔2008〕12号) in its head: brackets [ ] ( ) （ ） 【 】 become 〔 〕, the
 * original stays as evidence. Numbers cited in the body (根据…〔2008〕5号文件) are other documents' numbers.
 */
final class DocNumberFinder {

    static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,12})\\s*[〔\\[(（【［]\\s*((?:19|20)\\d{2}|\\*\\d{1,2})\\s*[〕\\])）】］]\\s*(?:第\\s*)?"
                    + "(\\d{1,4})\\s*号");
    private static final int HEAD_LINES = 8;

    private DocNumberFinder() {
    }

    static Tagged<String> find(List<TextLine> lines) {
        for (TextLine line : lines.subList(0, Math.min(HEAD_LINES, lines.size()))) {
            Matcher m = DOC_NUMBER.matcher(line.text());
            if (m.find() && standsAlone(line.text(), m)) {
                return Tagged.of(normalise(m), new Provenance("heading", "", m.group()));
            }
        }
        return Tagged.absent();
    }

    /** The number starts its line and ends it, or is followed by a gap (then 签发人：…), not by a sentence. */
    private static boolean standsAlone(String line, Matcher m) {
        String rest = line.substring(m.end());
        return line.substring(0, m.start()).isBlank() && (rest.isBlank() || Character.isWhitespace(rest.charAt(0)));
    }

    /** 区建工党〔2008〕12号 from any bracket style. */
    static String normalise(Matcher m) {
        return m.group(1) + "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号";
    }
}
