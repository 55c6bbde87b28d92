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
        return find(lines, "", metaCreated, Optional.empty(), List.of());
    }

    /**
     * As {@link #find(List, Optional)}, then, for a document that states no full date (a ledger whose sheet
     * writes 1月20日 and 2月底): the year-less date its title gives the state at (整改进展情况表（截至1月23日）),
     * the metadata, and last the latest date its table rows report outside the deadline columns (what was done
     * by when, not what is due). A year-less date takes the year that puts it nearest an anchor: the first full
     * date the text mentions (a deadline column's 2009年1月底 too), else {@code folderAnchor}, the middle date of
     * the other documents in the file's folder; with neither it is left alone.
     *
     * @param deadlineColumns header cells of the columns that hold deadlines (完成时限), from {@code ingest.yml}
     */
    static Tagged<DocDate> find(List<TextLine> lines, String title, Optional<LocalDate> metaCreated,
                                Optional<LocalDate> folderAnchor, List<Pattern> deadlineColumns) {
        Tagged<DocDate> stated = stated(lines);
        if (stated.isPresent()) {
            return stated;
        }
        Optional<LocalDate> anchor = mentioned(lines).map(DocDate::value).or(() -> folderAnchor);
        Optional<DateParser.Found> asOf = anchor.flatMap(a -> asOf(title, a));
        if (asOf.isPresent()) {
            return Tagged.of(asOf.get().date(), new Provenance("as-of", "", asOf.get().text().strip() + " → "
                    + asOf.get().date().iso()));
        }
        if (metaCreated.isPresent()) {
            LocalDate d = metaCreated.get();
            return Tagged.of(new DocDate(d, DocDate.Precision.DAY), new Provenance("metadata", "", "created " + d));
        }
        if (deadlineColumns.isEmpty()) {
            return Tagged.absent(); // without knowing which columns are deadlines, a table's dates say nothing
        }
        Optional<DateParser.Found> reported = anchor.flatMap(a -> latestReported(lines, a, deadlineColumns));
        return reported.map(f -> Tagged.of(f.date(), new Provenance("table", "", f.text().strip() + " → "
                + f.date().iso()))).orElseGet(Tagged::absent);
    }

    private static final Pattern AS_OF = Pattern.compile("(截至|截止|截止到|截至到)\\s*$");

    /** 截至1月23日 in the title: the date the table's state is reported at. */
    static Optional<DateParser.Found> asOf(String title, LocalDate anchor) {
        for (DateParser.Found f : DateParser.findYearless(title, anchor)) {
            if (AS_OF.matcher(title.substring(0, f.start())).find()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The latest date in the table rows' cells outside the deadline columns (a header row names them), full or
     * year-less; a day only when the month is not the same as a later-stated month.
     */
    static Optional<DateParser.Found> latestReported(List<TextLine> lines, LocalDate anchor,
                                                     List<Pattern> deadlineColumns) {
        java.util.Set<Integer> deadlines = java.util.Set.of();
        boolean inTable = false;
        DateParser.Found latest = null;
        for (TextLine line : lines) {
            String text = line.text();
            if (text.indexOf('\t') < 0) {
                inTable = false;
                continue;
            }
            String[] cells = text.split("\t", -1);
            if (!inTable) {
                inTable = true;
                deadlines = deadlineColumns(cells, deadlineColumns);
                if (!deadlines.isEmpty()) {
                    continue; // the header row
                }
            }
            for (int c = 0; c < cells.length; c++) {
                if (deadlines.contains(c)) {
                    continue;
                }
                List<DateParser.Found> found = new java.util.ArrayList<>(DateParser.findAll(cells[c]));
                found.addAll(DateParser.findYearless(cells[c], anchor));
                for (DateParser.Found f : found) {
                    if (f.date().precision() != DocDate.Precision.YEAR
                            && (latest == null || f.date().value().isAfter(latest.date().value()))) {
                        latest = f;
                    }
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    private static java.util.Set<Integer> deadlineColumns(String[] header, List<Pattern> deadlineColumns) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int c = 0; c < header.length; c++) {
            String cell = header[c].strip();
            if (!cell.isEmpty() && DateParser.findAll(cell).isEmpty()
                    && deadlineColumns.stream().anyMatch(p -> p.matcher(cell).matches())) {
                out.add(c);
            }
        }
        return out;
    }

    /** The date the document states: its 落款, a dated line at the top, or the first dated line of its text. */
    private static Tagged<DocDate> stated(List<TextLine> lines) {
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
        return Tagged.absent();
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
