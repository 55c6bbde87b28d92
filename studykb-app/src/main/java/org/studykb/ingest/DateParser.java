package org.studykb.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the ways Chinese documents write them: 2008年11月20日, 二〇〇八年十一月二十日 (〇 ○ 零 O),
 * 2008-11-20, 2008.11.20, 2008/11/20, 2008.11, 2008年11月, 2008年, and the sample's *8年9月 (* for 200).
 * Impossible dates (2008年13月, 2月30日) and implausible years are not dates.
 */
final class DateParser {

    /** A date found in a string. */
    record Found(DocDate date, int start, int end, String text) {
    }

    private static final Pattern ARABIC = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2}|\\*\\d{1,2})\\s*年\\s*(?:(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?|度)?");
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9.])((?:19|20)\\d{2})\\s*([-./])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{1,2}))?(?![0-9])");
    private static final Pattern CHINESE = Pattern.compile(
            "([〇○零OoＯ0一二三四五六七八九]{4})\\s*年\\s*(?:([十一二三四五六七八九]{1,3}|元)\\s*月"
                    + "(?:\\s*([十一二三四五六七八九廿卅]{1,3})\\s*[日号])?)?");
    private static final String DIGITS = "〇一二三四五六七八九";
    /** 6月30日, 12月底, 1月份: a month (and day) with no year before it. */
    private static final Pattern YEARLESS = Pattern.compile(
            "(?<![0-9０-９年.\\-/])(?<!年\\s)(1[0-2]|0?[1-9])\\s*月(?:\\s*([0-3]?[0-9])\\s*[日号])?");

    private DateParser() {
    }

    /** All dates in the string, left to right. */
    static List<Found> findAll(String s) {
        List<Found> found = new ArrayList<>();
        collect(ARABIC.matcher(s), found, m -> arabicYear(m.group(1)), m -> number(m.group(2)), m -> number(m.group(3)));
        collect(SEPARATED.matcher(s), found, m -> Integer.parseInt(m.group(1)), m -> number(m.group(3)),
                m -> number(m.group(4)));
        collect(CHINESE.matcher(s), found, m -> chineseYear(m.group(1)), m -> chineseNumber(m.group(2)),
                m -> chineseNumber(m.group(3)));
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * The dates written without a year (6月30日, 12月底, 1—2月), each given the year that puts it nearest
     * {@code anchor}: a ledger kept from November to February writes 11月26日 and 1月 and means two years.
     */
    static List<Found> findYearless(String s, LocalDate anchor) {
        List<Found> found = new ArrayList<>();
        Matcher m = YEARLESS.matcher(s);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int day = number(m.group(2));
            Optional<DocDate> best = Optional.empty();
            long bestDistance = Long.MAX_VALUE;
            for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
                Optional<DocDate> d = of(year, month, day);
                if (d.isPresent()) {
                    long distance = Math.abs(d.get().value().toEpochDay() - anchor.toEpochDay());
                    if (distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                }
            }
            int start = m.start();
            best.ifPresent(d -> found.add(new Found(d, start, m.end(), m.group())));
        }
        return found;
    }

    static boolean plausible(LocalDate date) {
        return date.getYear() >= 1949 && date.getYear() <= LocalDate.now().getYear() + 1;
    }

    /** A date from its parts, at the precision they state; empty when impossible. */
    static Optional<DocDate> of(int year, int month, int day) {
        try {
            if (year < 0) {
                return Optional.empty();
            }
            DocDate date = month <= 0 ? new DocDate(LocalDate.of(year, 1, 1), DocDate.Precision.YEAR)
                    : day <= 0 ? new DocDate(LocalDate.of(year, month, 1), DocDate.Precision.MONTH)
                    : new DocDate(LocalDate.of(year, month, day), DocDate.Precision.DAY);
            return plausible(date.value()) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty(); // 2月30日, 13月: not a date
        }
    }

    private interface Part {
        int of(Matcher m);
    }

    private static void collect(Matcher m, List<Found> out, Part year, Part month, Part day) {
        while (m.find()) {
            int y = year.of(m);
            int mo = month.of(m);
            int d = day.of(m);
            if (mo < 0 || d < 0 || (mo == 0 && d > 0)) {
                continue;
            }
            of(y, mo, d).ifPresent(date -> out.add(new Found(date, m.start(), m.end(), m.group())));
        }
    }

    private static int arabicYear(String y) {
        if (y.startsWith("*")) {
            return 2000 + Integer.parseInt(y.substring(1)); // *8 → 2008, *13 → 2013
        }
        return Integer.parseInt(y);
    }

    private static int number(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    private static int chineseYear(String s) {
        int year = 0;
        for (char c : s.toCharArray()) {
            int digit = "〇○零OoＯ0".indexOf(c) >= 0 ? 0 : DIGITS.indexOf(c);
            if (digit < 0) {
                return -1;
            }
            year = year * 10 + digit;
        }
        return year;
    }

    /** 一 → 1, 十 → 10, 十一 → 11, 二十 → 20, 二十一 → 21, 廿三 → 23, 元 → 1; 0 when absent, -1 when malformed. */
    static int chineseNumber(String s) {
        if (s == null) {
            return 0;
        }
        if (s.equals("元")) {
            return 1;
        }
        String t = s.replace("廿", "二十").replace("卅", "三十");
        int ten = t.indexOf('十');
        if (ten < 0) {
            return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
        }
        if (t.indexOf('十', ten + 1) >= 0 || ten > 1 || t.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(0));
        int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
        return tens <= 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
}
