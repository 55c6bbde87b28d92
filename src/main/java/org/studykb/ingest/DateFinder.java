package org.studykb.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses a document's date: the 落款 date at the end first, then a dated line at the top (a speech's
 * （2008年9月22日）, a meeting's 时间：…, a bulletin's unit-and-date line), then the first dated mention in the
 * text, and last the creation date in the file's metadata.
 */
final class DateFinder {

    static final int SIGNATURE_LINES = 8;
    static final int TOP_LINES = 10;
    private static final Pattern LABEL = Pattern.compile(
            "(会议|召开|活动|座谈|填报|制表|填表|统计|报送|印发|发布|成文|评议|测评|讲课|调研)?(时间|日期)\\s*[:：].*");
    private static final Pattern SENTENCE = Pattern.compile("[。，；！？,;!?]");
    private static final Pattern NOISE = Pattern.compile("[\\s（）()【】\\[\\]〔〕:：]|印发|发布|制|于");

    /**
     * A line that carries a date.
     *
     * @param line  the line
     * @param found the date in it
     * @param rest  the line without the date and brackets: empty for a pure date line, else (usually) the unit
     */
    record Dated(TextLine line, DateParser.Found found, String rest) {
    }

    private DateFinder() {
    }

    static Tagged<DocDate> find(List<TextLine> lines, Optional<LocalDate> metaCreated) {
        Optional<Dated> signature = signature(lines);
        if (signature.isPresent()) {
            return tag(signature.get().found(), "signature");
        }
        for (TextLine line : lines.subList(0, Math.min(TOP_LINES, lines.size()))) {
            Optional<Dated> dated = dated(line);
            if (dated.isPresent() && dated.get().found().date().precision() != DocDate.Precision.YEAR) {
                return tag(dated.get().found(), "heading");
            }
        }
        for (TextLine line : lines) {
            if (line.text().indexOf('\t') >= 0) {
                continue; // a date in a table row is a deadline, not the document's date
            }
            for (DateParser.Found f : DateParser.findAll(line.text())) {
                if (f.date().precision() != DocDate.Precision.YEAR) {
                    return tag(f, "text");
                }
            }
        }
        return metaCreated.map(d -> Tagged.of(new DocDate(d, DocDate.Precision.DAY),
                new Provenance("metadata", "", "created " + d))).orElseGet(Tagged::absent);
    }

    /** The first date (month or day) the text mentions anywhere, tables included: evidence of when it was written. */
    static Optional<DocDate> mentioned(List<TextLine> lines) {
        return lines.stream().flatMap(l -> DateParser.findAll(l.text()).stream())
                .filter(f -> f.date().precision() != DocDate.Precision.YEAR).map(DateParser.Found::date).findFirst();
    }

    /**
     * The 落款: the bottom-most line that is only a date, or a unit and a date, in the last part of the text (an
     * attached form or table may follow it), never among the first three lines (that is a speech's date under its
     * title). Labelled dates (会议时间：…) are not a 落款.
     */
    static Optional<Dated> signature(List<TextLine> lines) {
        int from = Math.max(Math.min(3, lines.size() - 1), lines.size() - Math.max(SIGNATURE_LINES, lines.size() * 2 / 5));
        for (int i = lines.size() - 1; i >= from; i--) {
            Optional<Dated> dated = dated(lines.get(i));
            if (dated.isPresent() && dated.get().found().date().precision() != DocDate.Precision.YEAR
                    && !LABEL.matcher(lines.get(i).text()).matches()) {
                return dated;
            }
        }
        return Optional.empty();
    }

    /** The line's date when the line is a date line: only a date, a labelled date, or a unit and a date. */
    static Optional<Dated> dated(TextLine line) {
        String text = line.text();
        if (text.indexOf('\t') >= 0 || text.length() > 60) {
            return Optional.empty();
        }
        List<DateParser.Found> found = DateParser.findAll(text);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DateParser.Found f = found.get(0);
        if (LABEL.matcher(text).matches() && text.indexOf(f.text()) < 12) {
            return Optional.of(new Dated(line, f, ""));
        }
        if (found.size() > 1) {
            return Optional.empty();
        }
        String rest = NOISE.matcher(text.substring(0, f.start()) + text.substring(f.end())).replaceAll("");
        if (rest.length() > 30 || SENTENCE.matcher(rest).find()) {
            return Optional.empty();
        }
        return Optional.of(new Dated(line, f, text.substring(0, f.start()).strip()));
    }

    private static Tagged<DocDate> tag(DateParser.Found f, String source) {
        return Tagged.of(f.date(), new Provenance(source, "", f.text().strip()));
    }
}
