package org.studykb.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts rules look at, raw and folded (no whitespace, lower case): the title, the body (first N characters)
 * and the file name. Also where the title's trailing remarks start (（第3期） （讨论稿） 。), so that a match that
 * ends the title can be recognised.
 */
final class RuleSubject {

    private static final Pattern TAIL = Pattern.compile(
            "(?:[（(【\\[〔][^（(）)】\\]〕]{0,24}[）)】\\]〕]|[。.:：！!\\s])*$");

    private final String title;
    private final String body;
    private final String filename;
    private final String foldedTitle;
    private final String foldedBody;
    private final String foldedFilename;

    RuleSubject(String title, String text, String filename, int bodyChars) {
        this.title = title;
        this.body = text.length() > bodyChars ? text.substring(0, bodyChars) : text;
        this.filename = filename.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        this.foldedTitle = fold(this.title);
        this.foldedBody = fold(this.body);
        this.foldedFilename = fold(this.filename);
    }

    static String fold(String s) {
        return s.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    String raw(Rule.Place place) {
        return switch (place) {
            case TITLE -> title;
            case BODY -> body;
            case FILENAME -> filename;
        };
    }

    String folded(Rule.Place place) {
        return switch (place) {
            case TITLE -> foldedTitle;
            case BODY -> foldedBody;
            case FILENAME -> foldedFilename;
        };
    }

    int rawTitleTail() {
        return tailStart(title);
    }

    int foldedTitleTail() {
        return tailStart(foldedTitle);
    }

    private static int tailStart(String s) {
        Matcher m = TAIL.matcher(s);
        return m.find() ? m.start() : s.length();
    }
}
