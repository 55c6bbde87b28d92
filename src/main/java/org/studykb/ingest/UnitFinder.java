package org.studykb.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who issued or wrote a document: the 落款 unit above (or before) the closing date, else the author line
 * under the title of a personal text (陈立明 / 工程管理科 黄振华), else the issuing organ in the title
 * (中共…党组关于…) or in a red header (…党组文件), else a bulletin's unit-and-date line.
 */
final class UnitFinder {

    private static final Pattern ORGAN_IN_TITLE = Pattern.compile(
            "(.{4,30}?(党组|党委|党总支|党支部|委员会|工委|局|办公室|领导小组|政府|中心|科|站))关于.*");
    private static final Pattern RED_HEADER = Pattern.compile("(.{2,30}?)\\s*文件");
    private static final Pattern AUTHOR = Pattern.compile(
            "[（(]?\\s*((?:[\\p{IsHan}]{2,20}[\\s　]+)?[\\p{IsHan}]{2,4}(?:同志)?)\\s*[）)]?|[（(]\\s*([\\p{IsHan}]{2,30})\\s*[）)]");
    private static final Pattern SENTENCE = Pattern.compile("[。，；！？,;!?：:、“”\"]");
    private static final Pattern CLOSING = Pattern.compile("(特此通知|特此报告|此致|敬礼|以上|附件|抄送|抄报|印发|主送|谢谢).*");

    private UnitFinder() {
    }

    static Tagged<String> find(List<TextLine> lines, TitleFinder.Choice title) {
        Optional<DateFinder.Dated> signature = DateFinder.signature(lines);
        if (signature.isPresent()) {
            DateFinder.Dated sig = signature.get();
            if (unitLike(sig.rest())) {
                return Tagged.of(sig.rest(), new Provenance("signature", "", sig.line().text()));
            }
            int above = sig.line().index() - 1;
            if (above > title.lineIndex() && above >= 0 && unitLike(lines.get(above).text())) {
                return Tagged.of(lines.get(above).text().strip(), new Provenance("signature", "",
                        lines.get(above).text()));
            }
        }
        int t = title.lineIndex();
        if (t >= 0 && t + 1 < lines.size()) {
            Matcher m = AUTHOR.matcher(lines.get(t + 1).text().strip());
            if (m.matches() && DateFinder.dated(lines.get(t + 1)).isEmpty()) {
                String author = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("[\\s　]+", " ");
                return Tagged.of(author, new Provenance("heading", "", lines.get(t + 1).text()));
            }
        }
        Optional<String> titleText = title.title().value();
        if (titleText.isPresent()) {
            Matcher m = ORGAN_IN_TITLE.matcher(titleText.get());
            if (m.matches()) {
                return Tagged.of(m.group(1), new Provenance("heading", "", titleText.get()));
            }
        }
        for (TextLine line : lines.subList(0, Math.min(DateFinder.TOP_LINES, lines.size()))) {
            Matcher red = RED_HEADER.matcher(line.text());
            if (red.matches() && unitLike(red.group(1))) {
                return Tagged.of(red.group(1), new Provenance("heading", "", line.text()));
            }
            Optional<DateFinder.Dated> dated = DateFinder.dated(line);
            if (dated.isPresent() && unitLike(dated.get().rest()) && line.index() != title.lineIndex()) {
                return Tagged.of(dated.get().rest(), new Provenance("heading", "", line.text()));
            }
        }
        return Tagged.absent();
    }

    static boolean unitLike(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.length() <= 40 && !SENTENCE.matcher(t).find() && !CLOSING.matcher(t).matches()
                && t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && t.indexOf('\t') < 0;
    }
}
