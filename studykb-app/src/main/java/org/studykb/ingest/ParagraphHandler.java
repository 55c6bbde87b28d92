package org.studykb.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML body as text: one line per paragraph, heading or table row (cells separated by a tab),
 * whatever the format's own idea of whitespace. Counts OCR characters and stops at a character limit.
 */
final class ParagraphHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "table", "br", "blockquote", "pre", "dt", "dd", "section", "article", "header", "footer", "ul", "ol",
            "caption", "tbody", "thead", "hr", "address", "center");

    /** The class a top-level {@code <div class="page">} is remembered by, so a nested one is told apart. */
    private static final String TOP_PAGE = "page (top level)";

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private final Deque<String> divClasses = new ArrayDeque<>();
    private final List<Integer> pageEnds = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private StringBuilder heading;
    private int ocrDepth;
    private int ocrChars;
    private int cellDepth;
    private int cellInRow;
    private boolean truncated;

    ParagraphHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    String text() {
        return text.toString();
    }

    /** Texts of h1 headings (a title or top heading as the format marks it), in document order. */
    List<String> headings() {
        return List.copyOf(headings);
    }

    /**
     * Where each page of a PDF ends in {@link #text()}, in page order: the offset after the line end that closes
     * Tika's {@code <div class="page">}. Pages of embedded documents (nested in another div) are not counted.
     */
    List<Integer> pageEnds() {
        return List.copyOf(pageEnds);
    }

    int ocrChars() {
        return ocrChars;
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = name(localName, qName);
        if (name.equals("div")) {
            String cls = String.valueOf(atts.getValue("class"));
            divClasses.push(divClasses.isEmpty() && cls.equals("page") ? TOP_PAGE : cls);
            ocrDepth += cls.equals("ocr") ? 1 : 0;
        }
        if (name.equals("tr")) {
            newline();
            cellInRow = 0;
        } else if (name.equals("td") || name.equals("th")) {
            if (cellInRow++ > 0) {
                text.append('\t');
            }
            cellDepth++;
        } else if (name.equals("h1")) {
            heading = new StringBuilder();
        }
        if (BLOCKS.contains(name) || name.matches("h[1-6]")) {
            separate();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        String closedDiv = name.equals("div") && !divClasses.isEmpty() ? divClasses.pop() : "";
        if (closedDiv.equals("ocr")) {
            ocrDepth--;
        }
        if ((name.equals("td") || name.equals("th")) && cellDepth > 0) {
            cellDepth--;
        } else if (name.equals("h1") && heading != null) {
            String h = heading.toString().strip();
            if (!h.isEmpty()) {
                headings.add(h);
            }
            heading = null;
        }
        if (BLOCKS.contains(name) || name.matches("h[1-6]")) {
            separate();
        }
        if (closedDiv.equals(TOP_PAGE)) {
            pageEnds.add(text.length());
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        int room = maxChars - text.length();
        int take = Math.min(room, length);
        String s = new String(ch, start, take);
        if (cellDepth > 0) {
            s = s.replace('\n', ' ').replace('\t', ' ');
        }
        text.append(s);
        if (heading != null) {
            heading.append(s);
        }
        if (ocrDepth > 0) {
            ocrChars += (int) s.chars().filter(c -> !Character.isWhitespace(c)).count();
        }
        if (take < length) {
            truncated = true;
            throw new WriteLimitReachedException(maxChars);
        }
    }

    /** PDF text marks its line ends as ignorable whitespace: keep them as line ends. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        if (cellDepth == 0 && new String(ch, start, length).indexOf('\n') >= 0) {
            newline();
        }
    }

    /** Block boundary: a new line, or a space inside a table cell so the row stays on one line. */
    private void separate() {
        if (cellDepth > 0) {
            if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(' ');
            }
        } else {
            newline();
        }
    }

    private void newline() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
