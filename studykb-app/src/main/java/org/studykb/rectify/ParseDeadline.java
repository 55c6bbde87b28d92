package org.studykb.rectify;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 完成时限 the way plans write it: 2009年1月底前, 2014年3月前 (before March: the end of
 * February), 2月底, 2009年1月20日, 2009.1.31, 年底前, 上半年, 一季度, 立即整改 / 马上办 (the
 * document date plus {@code immediateDays}), 长期坚持. A month without a year takes the year of the
 * document, or the next one when that month has already gone.
 */
final class ParseDeadline {
    private static final Pattern LONG_TERM = Pattern.compile("长期|常态化|持续|经常性|常抓不懈");
    private static final Pattern IMMEDIATE = Pattern.compile("立即|立行立改|马上|即知即改|即查即改|立说立行|当即");
    private static final Pattern DAY = Pattern.compile("(?:(\\d{4})\\s*[年.\\-/])?\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern MONTH = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(底|末|中旬|上旬|下旬|份)?\\s*(前|以前|之前)?");
    private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(年底|年末|年内|全年)");
    private static final Pattern HALF = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(上半年|下半年)");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(?:第)?([一二三四1-4])\\s*季度");

    private final int immediateDays;

    ParseDeadline(int immediateDays) {
        this.immediateDays = immediateDays;
    }

    /** A month without a year in an undated document: a deadline, but no day to judge it by. */
    private static final class NoYear extends RuntimeException {
        NoYear() {
            super(null, null, false, false);
        }
    }

    Deadline parse(String raw, Optional<LocalDate> documentDate) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return Deadline.none("");
        }
        String s = ChineseNumerals.toDigits(text);
        Optional<LocalDate> date;
        try {
            date = date(s, documentDate);
        } catch (NoYear e) {
            return new Deadline(Deadline.Kind.DATE, Optional.empty(), text);
        }
        if (date.isPresent()) {
            return new Deadline(Deadline.Kind.DATE, date, text);
        }
        if (IMMEDIATE.matcher(s).find()) {
            return new Deadline(Deadline.Kind.IMMEDIATE, documentDate.map(d -> d.plusDays(immediateDays)), text);
        }
        if (LONG_TERM.matcher(s).find()) {
            return new Deadline(Deadline.Kind.LONG_TERM, Optional.empty(), text);
        }
        return Deadline.none(text);
    }

    private static Optional<LocalDate> date(String s, Optional<LocalDate> documentDate) {
        Matcher day = DAY.matcher(s);
        if (day.find() && (day.group(1) != null || s.contains("日"))) {
            int month = Integer.parseInt(day.group(2));
            int dayOfMonth = Integer.parseInt(day.group(3));
            int year = year(day.group(1), month, documentDate);
            return safe(() -> LocalDate.of(year, month, dayOfMonth));
        }
        Matcher m = MONTH.matcher(s);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            YearMonth ym = YearMonth.of(year(m.group(1), month, documentDate), month);
            String part = m.group(3) == null ? "" : m.group(3);
            boolean before = m.group(4) != null && part.isEmpty();
            if (before) {
                return Optional.of(ym.minusMonths(1).atEndOfMonth());
            }
            return Optional.of(switch (part) {
                case "上旬" -> ym.atDay(10);
                case "中旬" -> ym.atDay(20);
                default -> ym.atEndOfMonth();
            });
        }
        m = YEAR_END.matcher(s);
        if (m.find() && (m.group(1) != null || documentDate.isPresent())) {
            int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : documentDate.get().getYear();
            return Optional.of(LocalDate.of(year, 12, 31));
        }
        m = HALF.matcher(s);
        if (m.find() && (m.group(1) != null || documentDate.isPresent())) {
            int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : documentDate.get().getYear();
            return Optional.of(m.group(2).equals("上半年") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        }
        m = QUARTER.matcher(s);
        if (m.find() && (m.group(1) != null || documentDate.isPresent())) {
            int q = "一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1 : Integer.parseInt(m.group(2));
            int month = q * 3;
            int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : year(null, month, documentDate);
            return Optional.of(YearMonth.of(year, month).atEndOfMonth());
        }
        return Optional.empty();
    }

    /**
     * The stated year; else the document's, or the next one when the month is long gone by then; without
     * either there is no date to judge by ({@link NoYear}).
     */
    private static int year(String stated, int month, Optional<LocalDate> documentDate) {
        if (stated != null) {
            return Integer.parseInt(stated);
        }
        if (documentDate.isEmpty()) {
            throw new NoYear();
        }
        LocalDate d = documentDate.get();
        return month < d.getMonthValue() - 1 ? d.getYear() + 1 : d.getYear();
    }

    private static Optional<LocalDate> safe(java.util.function.Supplier<LocalDate> date) {
        try {
            return Optional.of(date.get());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
