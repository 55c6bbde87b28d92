package org.studykb.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses a document's title: the metadata title unless it is junk (新建 Microsoft Word 文档, 文档1, 附件2, a file
 * name, a red header), else the first heading-like line near the top (past 文号, 密级, 附件N, red headers and
 * web chrome), else a meaningful file name, else the first line. A bare stem (通知) or a bulletin's masthead
 * (学习实践活动简报 / 第5期) is combined with what follows it.
 */
final class TitleFinder {

    /**
     * The title, the line it came from (-1 when it came from elsewhere) and the issuing organ's line above it, left
     * out of the title (中共××委员会 / 关于…的报告).
     */
    record Choice(Tagged<String> title, int lineIndex, Optional<String> issuer) {
        Choice(Tagged<String> title, int lineIndex) {
            this(title, lineIndex, Optional.empty());
        }
    }

    static final int TOP_LINES = 12;
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[-–—|｜_]\\s+|\\s*——\\s*|_|\\s*[|｜]\\s*");

    private final IngestSettings settings;
    private final TitleBlock block;
    private final Bulletin bulletin;

    TitleFinder(IngestSettings settings) {
        this.settings = settings;
        this.block = new TitleBlock(settings);
        this.bulletin = new Bulletin(block);
    }

    Choice find(List<TextLine> lines, Optional<String> metaTitle, String fileName) {
        return find(lines, metaTitle, List.of(), fileName);
    }

    /**
     * @param headings h1 headings the format marked; the first one near the top, if it can be a title, is preferred
     *                 over the first heading-like line (a web page's site name, a bulletin's masthead)
     */
    Choice find(List<TextLine> lines, Optional<String> metaTitle, List<String> headings, String fileName) {
        String baseName = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").strip();
        List<TextLine> top = lines.subList(0, Math.min(TOP_LINES, lines.size()));
        Optional<String> meta = metaTitle.map(t -> fromMetadata(t, top)).filter(t -> usable(t, baseName));
        Optional<Choice> fromText = fromMarkedHeading(top, headings).or(() -> fromText(top, lines));
        if (meta.isPresent()) {
            String m = TitleBlock.squeeze(meta.get());
            if (fromText.isPresent() && TitleBlock.squeeze(fromText.get().title().value().orElse("")).contains(m)) {
                return fromText.get();
            }
            Optional<TextLine> fuller = top.stream()
                    .filter(l -> TitleBlock.squeeze(l.text()).contains(m) && TitleBlock.squeeze(l.text()).length() > m.length())
                    .filter(l -> TitleBlock.headingLike(l.text())).findFirst();
            if (fuller.isPresent()) {
                return new Choice(Tagged.of(TitleBlock.clean(fuller.get().text()), new Provenance("heading", "",
                        "metadata 「" + metaTitle.get() + "」 completed from text")), fuller.get().index());
            }
            String topText = TitleBlock.squeeze(String.join("", top.stream().map(TextLine::text).toList()));
            if (topText.contains(m) || fromText.isEmpty()) {
                int line = top.stream().filter(l -> TitleBlock.squeeze(l.text()).equals(m)).mapToInt(TextLine::index)
                        .findFirst().orElse(-1);
                return new Choice(Tagged.of(m, new Provenance("metadata", "", metaTitle.get())), line);
            }
            // a metadata title the document does not print is a stale draft name: the printed heading wins
        }
        if (fromText.isPresent()) {
            return fromText.get();
        }
        if (usable(baseName, "") && baseName.codePoints().anyMatch(TitleBlock::isHan)) {
            return new Choice(Tagged.of(baseName, new Provenance("filename", "", fileName)), -1);
        }
        Optional<TextLine> first = lines.stream().filter(l -> l.text().indexOf('\t') < 0).findFirst();
        if (first.isEmpty()) {
            return new Choice(Tagged.absent(), -1);
        }
        String text = first.get().text();
        String shortened = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return new Choice(Tagged.of(shortened, new Provenance("first-line", "", shortened)), first.get().index());
    }

    private Optional<Choice> fromMarkedHeading(List<TextLine> top, List<String> headings) {
        if (headings.isEmpty()) {
            return Optional.empty();
        }
        String first = TitleBlock.squeeze(headings.get(0));
        for (int i = 0; i < top.size(); i++) {
            String text = top.get(i).text();
            if (TitleBlock.squeeze(text).equals(first)) {
                return TitleBlock.headingLike(text) && !block.skipped(text) && !TitleBlock.stopsTitleSearch(text)
                        && !TitleBlock.isStem(text) && !block.issuerLine(text) ? Optional.of(block.from(top, i))
                        : Optional.empty();
            }
            if (TitleBlock.stopsTitleSearch(text)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The first heading-like line past 文号, red headers and the like; a bulletin's masthead or a bare 通知 is
     * completed from what follows, and a line naming only the issuing organ is left out when the title follows it.
     */
    private Optional<Choice> fromText(List<TextLine> top, List<TextLine> lines) {
        for (int i = 0; i < top.size(); i++) {
            String text = top.get(i).text();
            if (TitleBlock.stopsTitleSearch(text)) {
                return Optional.empty();
            }
            if (block.skipped(text)) {
                continue;
            }
            if (TitleBlock.isMasthead(text)) {
                return Optional.of(bulletin.title(top, lines, i));
            }
            if (TitleBlock.isStem(text)) {
                return Optional.of(block.fromStem(top, i, TitleBlock.squeeze(text)));
            }
            if (!TitleBlock.headingLike(text)) {
                continue;
            }
            if (block.issuerLine(text)) {
                Optional<Integer> next = titleAfter(top, i);
                if (next.isPresent()) {
                    Choice titled = block.from(top, next.get(), Optional.of(top.get(i)));
                    return Optional.of(next.get() == i + 1 && docNumberAbove(top, i) ? issuerKept(titled, text) : titled);
                }
            }
            return Optional.of(block.from(top, i));
        }
        return Optional.empty();
    }

    /**
     * Below the 发文字号 the heading is the 公文's 标题, which names its issuer (GB/T 9704: 发文机关 + 关于… + 文种):
     * 「××文件 / ××〔2013〕38号 / 中共××委员会 / 关于开展…的通知」 is titled 「中共××委员会关于开展…的通知」. An organ's
     * line at the top with the 文号 after the heading is a letterhead and stays out of the title.
     */
    private static boolean docNumberAbove(List<TextLine> top, int at) {
        return top.subList(0, at).stream()
                .anyMatch(l -> DocNumberFinder.find(List.of(l)).isPresent());
    }

    private static Choice issuerKept(Choice titled, String issuerLine) {
        String issuer = TitleBlock.clean(issuerLine);
        Tagged<String> title = titled.title();
        return new Choice(Tagged.of(issuer + title.value().orElse(""), title.provenance()), titled.lineIndex(),
                titled.issuer());
    }

    /** The line that can start a title after line {@code at} (past a 文号 or a date), if the heading goes on. */
    private Optional<Integer> titleAfter(List<TextLine> top, int at) {
        for (int j = at + 1; j < top.size(); j++) {
            String text = top.get(j).text();
            if (block.skipped(text)) {
                continue;
            }
            boolean starts = TitleBlock.headingLike(text) && !TitleBlock.stopsTitleSearch(text)
                    && !TitleBlock.isStem(text) && !block.issuerLine(text);
            return starts ? Optional.of(j) : Optional.empty();
        }
        return Optional.empty();
    }

    private String fromMetadata(String title, List<TextLine> top) {
        String[] parts = SITE_SEPARATOR.split(title.strip());
        if (parts.length == 1) {
            return title.strip();
        }
        for (String part : parts) {
            if (part.strip().length() >= 4 && top.stream().anyMatch(l -> TitleBlock.squeeze(l.text()).contains(TitleBlock.squeeze(part)))) {
                return part.strip();
            }
        }
        return java.util.Arrays.stream(parts).map(String::strip).max(Comparator.comparingInt(String::length))
                .orElse(title);
    }

    private boolean usable(String title, String baseName) {
        String t = title.strip();
        return !t.isEmpty() && !settings.isJunkTitle(t) && !TitleBlock.squeeze(t).equals(TitleBlock.squeeze(baseName))
                && t.length() <= TitleBlock.MAX_TITLE * 2;
    }
}
