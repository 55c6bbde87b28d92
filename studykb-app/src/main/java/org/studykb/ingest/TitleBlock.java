package org.studykb.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines that make up a title once its first line is found: a second line it wraps onto, a subtitle (——…),
 * the author under a personal text, or the issue number under a bulletin's masthead. Also which top lines can be
 * a title at all.
 */
final class TitleBlock {

    private static final Pattern BARE_STEM = Pattern.compile("(通\\s*知|通\\s*报|公\\s*告|决\\s*定|意\\s*见|纪\\s*要|报\\s*告)");
    private static final Pattern ITEM = Pattern.compile(
            "([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、.．]|[①-⑳]|第[一二三四五六七八九十]+[章条、，])");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；;，,！!？?]");
    private static final Pattern GENRE_END = Pattern.compile(
            ".*(方案|通知|讲话|报告|材料|体会|总结|记录|纪要|汇总|办法|制度|规定|细则|计划|安排|简报|讲稿|提纲|意见|清单|台账|汇编|情况|发言)");
    private static final Pattern SUBTITLE = Pattern.compile("(?:——|—|－－|--|─)+\\s*(.{2,60})");
    private static final Pattern SPEECH = Pattern.compile("在.{2,60}(讲话|致辞)");
    private static final Pattern PERSONAL_GENRE = Pattern.compile(
            ".{0,40}(心得体会|学习心得|学习体会|心得|体会|对照检查材料|对照检查|发言|发言提纲|发言材料|党课讲稿|讲稿|思想汇报|剖析材料)");
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:[\\p{IsHan}、，,（）()]{1,30}[\\s\u3000]+|(?:检查人|发言人|作者|撰稿人?|主讲人?|报告人|汇报人)\\s*[:：]\\s*)"
                    + "([\\p{IsHan}]{2,4}?)(?:同志)?|([\\p{IsHan}]{2,3}?)(?:同志)?");
    private static final Pattern NOTE_AT_END = Pattern.compile("[（(][^（）()]{1,20}[）)]$");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    static final int MAX_TITLE = 80;

    private final IngestSettings settings;

    TitleBlock(IngestSettings settings) {
        this.settings = settings;
    }

    /** A bare stem (通知) or a bulletin's masthead (学习实践活动简报): completed from the lines after it. */
    static boolean isStem(String line) {
        return Bulletin.MASTHEAD.matcher(line).matches() || BARE_STEM.matcher(line).matches();
    }

    /**
     * The title at line {@code at} with what completes it: a second line it wraps onto, a subtitle (——…), and for
     * personal texts the author under it. A leader's speech is cited 「陈立明同志在…上的讲话」; a title that ends in a
     * personal genre and has no subtitle is one of dozens alike in a campaign, so the author is added:
     * 「学习实践科学发展观心得体会（韩磊）」, 「在…交流会上的发言（郑伟）」.
     */
    TitleFinder.Choice from(List<TextLine> top, int at) {
        return from(top, at, Optional.empty());
    }

    /** As {@link #from(List, int)}, the line above having named the issuing organ (left out of the title). */
    TitleFinder.Choice from(List<TextLine> top, int at, Optional<TextLine> issuer) {
        String title = clean(top.get(at).text());
        String evidence = issuer.map(l -> l.text() + " / ").orElse("") + top.get(at).text();
        int last = at;
        for (int wrapped = wrapEnd(top, at); last < wrapped; ) {
            title += clean(top.get(++last).text());
            evidence += " / " + top.get(last).text();
        }
        if (last + 1 < top.size() && SUBTITLE.matcher(top.get(last + 1).text()).matches()) {
            String sub = SUBTITLE.matcher(top.get(++last).text()).replaceFirst("$1");
            title += "——" + clean(sub);
            evidence += " / " + top.get(last).text();
        }
        boolean hasSubtitle = title.contains("——");
        Optional<String> author = last + 1 < top.size() ? authorName(top.get(last + 1).text()) : Optional.empty();
        if (author.isPresent() && !title.contains(author.get())) {
            if (SPEECH.matcher(title).matches()) {
                title = author.get() + "同志" + title;
                evidence += " / " + top.get(last + 1).text();
            } else if (!hasSubtitle && PERSONAL_GENRE.matcher(title).matches()) {
                title = title + "（" + author.get() + "）";
                evidence += " / " + top.get(last + 1).text();
            }
        }
        return new TitleFinder.Choice(Tagged.of(title, new Provenance(at == 0 ? "first-line" : "heading", "", evidence)),
                top.get(last).index(), issuer.map(l -> clean(l.text())));
    }

    /** Bare 通知: the 关于… line that follows, if any; else the stem itself. */
    TitleFinder.Choice fromStem(List<TextLine> top, int at, String stem) {
        for (int j = at + 1; j < top.size(); j++) {
            String next = top.get(j).text();
            if (stopsTitleSearch(next) || skipped(next)) {
                continue;
            }
            if (headingLike(next) && next.startsWith("关于")) {
                return new TitleFinder.Choice(Tagged.of(clean(next), new Provenance("heading", "", stem + " / " + next)),
                        top.get(j).index());
            }
            break;
        }
        return new TitleFinder.Choice(Tagged.of(stem, new Provenance("heading", "", stem)), top.get(at).index());
    }

    static boolean isMasthead(String line) {
        return Bulletin.MASTHEAD.matcher(line).matches();
    }

    /** 「陈立明」「陈立明同志」「工程管理科 黄振华」「局党组书记、局长　陈立明」「检查人：赵红梅」: the name. */
    static Optional<String> authorName(String line) {
        Matcher m = AUTHOR.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /**
     * The last line of a title wrapped over up to three lines (PDF, or a long heading set in lines): the joined
     * lines end in a genre word (a bracketed note after it aside, …汇编（水利篇）) and each added line is short
     * and heading-like, or a short tail (…活动总结 / 报告); a line that already ends in a genre word is complete.
     */
    private int wrapEnd(List<TextLine> top, int at) {
        String joined = top.get(at).text().strip();
        for (int j = at + 1; j < top.size() && j <= at + 2; j++) {
            String s = top.get(j).text().strip();
            if (s.length() > 30 || skipped(s) || stopsTitleSearch(s) || SUBTITLE.matcher(s).matches()) {
                return at;
            }
            boolean shortTail = s.length() <= 4 && s.codePoints().allMatch(TitleBlock::isHan);
            if (!shortTail && (genreEnd(joined) || !headingLike(s))) {
                return at;
            }
            joined += s;
            if (genreEnd(joined)) {
                return j;
            }
            if (shortTail) {
                return at;
            }
        }
        return at;
    }

    private static boolean genreEnd(String title) {
        return GENRE_END.matcher(NOTE_AT_END.matcher(title).replaceFirst("")).matches();
    }

    /** The line names only the issuing organ (发文机关): 中共××委员会 above the title. */
    boolean issuerLine(String line) {
        return settings.isIssuerLine(line);
    }

    boolean skipped(String line) {
        return settings.isNotTitleLine(line) || DateFinder.dated(new TextLine(0, 0, line))
                .filter(d -> d.rest().isEmpty()).isPresent();
    }

    /** A salutation (局机关各科室：) or a numbered item means the title region is over. */
    static boolean stopsTitleSearch(String line) {
        return line.endsWith("：") || line.endsWith(":") || ITEM.matcher(line).lookingAt() || line.length() > 120;
    }

    static boolean headingLike(String line) {
        int han = (int) line.codePoints().filter(TitleBlock::isHan).count();
        return han >= 4 && line.length() <= MAX_TITLE && !SENTENCE_END.matcher(line).matches()
                && line.indexOf('\t') < 0;
    }

    static String clean(String title) {
        return SPACES.matcher(title.strip()).replaceAll(" ").replaceFirst("[。．.]$", "");
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
