package org.studykb.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The head of a bulletin (简报): masthead (报头, 学习实践活动简报), issue (期号, 第5期), editor and date (编发单位,
 * …领导小组办公室　2013年7月16日), then the headline of its first article. An issue that carries one article is
 * cited by that headline; an issue of several items (a contents line such as 本期要目, or further headlines) is
 * cited by its masthead and issue: 「学习实践活动简报（第5期）」.
 */
final class Bulletin {

    static final Pattern MASTHEAD = Pattern.compile(".{0,20}(简\\s*报|动\\s*态|专\\s*报|快\\s*报|通\\s*讯|情况反映|工作信息)");
    static final Pattern ISSUE = Pattern.compile("[（(]?\\s*(总第\\s*\\d+\\s*期\\s*)?第\\s*[0-9一二三四五六七八九十百〇]+\\s*期.*");
    private static final Pattern CONTENTS = Pattern.compile("(本期要目|本期导读|本期目录|本期内容|目\\s*录)\\s*[:：]?.*");
    private static final Pattern EDITED_BY = Pattern.compile(".{2,40}(编|编印|编发|主办|印发)");
    /** Longer than this, a line in the body is a paragraph, not another article's headline. */
    private static final int HEADLINE_MAX = 40;

    private final TitleBlock block;

    Bulletin(TitleBlock block) {
        this.block = block;
    }

    /**
     * The title of the bulletin whose masthead is line {@code at} of {@code top}; {@code lines} is the whole text,
     * read to tell one article from several.
     */
    TitleFinder.Choice title(List<TextLine> top, List<TextLine> lines, int at) {
        String masthead = TitleBlock.squeeze(top.get(at).text());
        String issue = "";
        int j = at + 1;
        for (; j < top.size(); j++) {
            String line = top.get(j).text();
            if (issue.isEmpty() && ISSUE.matcher(line.strip()).matches()) {
                issue = TitleBlock.squeeze(line.replaceAll("[（()）]", "")).replaceFirst("(期).*", "$1");
            } else if (!editorLine(line) && !block.skipped(line)) {
                break;
            }
        }
        String cited = issue.isEmpty() ? masthead : masthead + "（" + issue + "）";
        if (j < top.size() && headline(top.get(j).text())) {
            TitleFinder.Choice article = block.from(top, j);
            if (oneArticle(lines, article.lineIndex() + 1)) {
                return new TitleFinder.Choice(Tagged.of(article.title().value().orElseThrow(), new Provenance(
                        "heading", "", article.title().provenance().evidence() + " (headline under 「" + cited
                        + "」, one article)")), article.lineIndex());
            }
        }
        return new TitleFinder.Choice(Tagged.of(cited, new Provenance("heading", "", cited)), top.get(at).index());
    }

    /** 「…领导小组办公室　2013年7月16日」「…办公室编」「二〇〇八年九月」: who put the issue out, and when. */
    private boolean editorLine(String line) {
        Optional<DateFinder.Dated> dated = DateFinder.dated(new TextLine(0, 0, line));
        String rest = dated.map(DateFinder.Dated::rest).orElse(line).strip();
        if (rest.isEmpty()) {
            return dated.isPresent();
        }
        return UnitFinder.unitLike(rest)
                && (dated.isPresent() || EDITED_BY.matcher(rest).matches() || block.issuerLine(rest));
    }

    private boolean headline(String line) {
        return TitleBlock.headingLike(line) && !TitleBlock.stopsTitleSearch(line) && !TitleBlock.isStem(line)
                && !CONTENTS.matcher(line.strip()).matches();
    }

    /** No contents line and no further headline (a short heading-like line, not a numbered section) below. */
    private boolean oneArticle(List<TextLine> lines, int from) {
        for (TextLine l : lines.subList(Math.min(from, lines.size()), lines.size())) {
            String t = l.text().strip();
            if (CONTENTS.matcher(t).matches()) {
                return false;
            }
            if (t.length() <= HEADLINE_MAX && headline(t) && !block.skipped(t) && t.indexOf('：') < 0
                    && t.indexOf(':') < 0) {
                return false;
            }
        }
        return true;
    }
}
