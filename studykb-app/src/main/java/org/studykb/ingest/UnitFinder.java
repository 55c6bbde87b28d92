package org.studykb.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who issued or wrote a document: the 落款 unit above (or before) the closing date, else the author line
 * under the title of a personal text (陈立明 / 工程管理科 黄振华), else the issuing organ on its own line above the
 * title or opening it (中共…党组关于…, 滨河区建设工务局…办法), else a red header (…党组文件) or a unit beside or
 * above a date at the top (a bulletin's masthead, a compilation's cover). A person found there is the author, not
 * a unit: 「局党组书记、局长 陈立明」 is the author as printed and names no unit, 「工程管理科 黄振华」 is 黄振华 of
 * the unit 工程管理科. Unit names go through {@link IngestSettings#unitName} so that one unit has one name.
 */
final class UnitFinder {

    /** 发文单位 (an organ or a department: the unit facet) and 作者 (a person). */
    record Who(Tagged<String> unit, Tagged<String> author) {
    }

    /** A person: an optional position or department, then a name of two to four characters. */
    private static final Pattern PERSON = Pattern.compile("(?:(.{2,30}?)[\\s\u3000]+)?([\\p{IsHan}]{2,4}?)(?:同志)?");
    /** How the name of an organ or department ends; a name (or a position: 局长, 书记) does not end so. */
    private static final Pattern ORGAN_END = Pattern.compile(
            ".*(局|科|室|股|站|处|厅|部|委|会|组|办|院|所|队|校|中心|党组|党委|党总支|党支部|班子|单位|机关)");

    private static final Pattern ORGAN_IN_TITLE = Pattern.compile(
            "(.{4,30}?(党组|党委|党总支|党支部|委员会|工委|局|办公室|领导小组|政府|中心|科|站))关于.*");
    private static final Pattern ORGAN_OPENS_TITLE = Pattern.compile(
            "(.{2,20}?(局|委员会|人民政府|政府|办公室|中心)(党组|党委|机关党委|党总支|党支部)?)(?!关于).{4,}");
    private static final Pattern LABELLED = Pattern.compile(
            "(?:检查人|发言人|报告人|撰稿人?|作者|汇报人|整理人?|记录人?|填报人|制表人?)\\s*[:：]\\s*(.{2,30})");
    private static final Pattern EDITED_BY = Pattern.compile("(编印|编|印发|制发|制|主办)$");
    private static final Pattern RED_HEADER = Pattern.compile("(.{2,30}?)\\s*文件");
    private static final Pattern AUTHOR = Pattern.compile(
            "[（(]?\\s*((?:[\\p{IsHan}]{2,20}[\\s　]+)?[\\p{IsHan}]{2,4}(?:同志)?)\\s*[）)]?|[（(]\\s*([\\p{IsHan}]{2,30})\\s*[）)]");
    private static final Pattern SENTENCE = Pattern.compile("[。，；！？,;!?：:、“”\"]");
    private static final Pattern CLOSING = Pattern.compile("(特此通知|特此报告|此致|敬礼|以上|附件|抄送|抄报|印发|主送|谢谢).*");

    private UnitFinder() {
    }

    static Who find(List<TextLine> lines, TitleFinder.Choice title, IngestSettings settings) {
        Optional<Tagged<String>> found = signature(lines, title)
                .or(() -> authorUnderTitle(lines, title))
                .or(() -> title.issuer().map(organ -> Tagged.of(organ, new Provenance("heading", "", organ))))
                .or(() -> organInTitle(title))
                .or(() -> head(lines, title));
        if (found.isEmpty()) {
            return new Who(Tagged.absent(), Tagged.absent());
        }
        String value = found.get().value().orElse("").strip();
        Provenance why = found.get().provenance();
        Matcher person = PERSON.matcher(value);
        if (!person.matches() || ORGAN_END.matcher(person.group(2)).matches()) {
            return new Who(Tagged.of(settings.unitName(value), why), Tagged.absent());
        }
        String before = person.group(1) == null ? "" : person.group(1).strip();
        if (ORGAN_END.matcher(before).matches() && unitLike(before)) {
            return new Who(Tagged.of(settings.unitName(before), why), Tagged.of(person.group(2), why));
        }
        String author = before.isEmpty() ? person.group(2) : before + " " + person.group(2);
        return new Who(Tagged.absent(), Tagged.of(author, why));
    }

    /** The 落款: the unit before the closing date on its line, or on the line above it. */
    private static Optional<Tagged<String>> signature(List<TextLine> lines, TitleFinder.Choice title) {
        Optional<DateFinder.Dated> signature = DateFinder.signature(lines);
        if (signature.isEmpty()) {
            return Optional.empty();
        }
        DateFinder.Dated sig = signature.get();
        if (unitLike(sig.rest())) {
            return Optional.of(Tagged.of(unit(sig.rest()), new Provenance("signature", "", sig.line().text())));
        }
        int above = sig.line().index() - 1;
        if (above > title.lineIndex() && above >= 0) {
            String text = lines.get(above).text();
            Matcher labelled = LABELLED.matcher(text.strip());
            String unit = labelled.matches() ? labelled.group(1) : text;
            if (unitLike(unit)) {
                return Optional.of(Tagged.of(unit(unit), new Provenance("signature", "", text)));
            }
        }
        return Optional.empty();
    }

    /** A personal text's author line under its title: 陈立明, 工程管理科 黄振华, （党组成员、副局长）. */
    private static Optional<Tagged<String>> authorUnderTitle(List<TextLine> lines, TitleFinder.Choice title) {
        int t = title.lineIndex();
        if (t < 0 || t + 1 >= lines.size() || DateFinder.dated(lines.get(t + 1)).isPresent()) {
            return Optional.empty();
        }
        String line = lines.get(t + 1).text();
        if (TitleBlock.stopsTitleSearch(line) || PassageSplitter.MARKER.matcher(line).lookingAt()) {
            return Optional.empty(); // 第一章 总则, 一、…: the body has begun
        }
        Matcher m = AUTHOR.matcher(line.strip());
        if (m.matches()) {
            String author = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("[\\s　]+", " ");
            return Optional.of(Tagged.of(author, new Provenance("heading", "", line)));
        }
        return TitleBlock.authorName(line).map(name -> Tagged.of(name, new Provenance("heading", "", line)));
    }

    /** The issuing organ that opens the title: 中共…党组关于…, 滨河区建设工务局评标专家管理办法. */
    private static Optional<Tagged<String>> organInTitle(TitleFinder.Choice title) {
        return title.title().value().flatMap(text -> {
            Matcher m = ORGAN_IN_TITLE.matcher(text);
            Matcher opens = ORGAN_OPENS_TITLE.matcher(text);
            String organ = m.matches() ? m.group(1) : opens.lookingAt() ? opens.group(1) : null;
            return Optional.ofNullable(organ).map(o -> Tagged.of(o, new Provenance("heading", "", text)));
        });
    }

    /** A red header (…党组文件), a unit above a date line, or a unit beside a date (a bulletin's masthead). */
    private static Optional<Tagged<String>> head(List<TextLine> lines, TitleFinder.Choice title) {
        List<TextLine> top = lines.subList(0, Math.min(DateFinder.TOP_LINES, lines.size()));
        for (TextLine line : top) {
            Matcher red = RED_HEADER.matcher(line.text());
            if (red.matches() && unitLike(red.group(1))) {
                return Optional.of(Tagged.of(red.group(1), new Provenance("heading", "", line.text())));
            }
            Optional<DateFinder.Dated> dated = DateFinder.dated(line);
            if (dated.isEmpty() || line.index() == title.lineIndex()) {
                continue;
            }
            if (unitLike(dated.get().rest())) {
                return Optional.of(Tagged.of(unit(dated.get().rest()), new Provenance("heading", "", line.text())));
            }
            int above = line.index() - 1;
            if (dated.get().rest().isEmpty() && above > title.lineIndex() && unitLike(lines.get(above).text())) {
                String text = lines.get(above).text();
                return Optional.of(Tagged.of(unit(text), new Provenance("heading", "", text)));
            }
        }
        return Optional.empty();
    }

    /** The unit without a trailing 编 / 编印 / 印发 (「…办公室编」). */
    private static String unit(String text) {
        return EDITED_BY.matcher(text.strip()).replaceFirst("").strip();
    }

    static boolean unitLike(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.length() <= 40 && !SENTENCE.matcher(t).find() && !CLOSING.matcher(t).matches()
                && t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && t.indexOf('\t') < 0;
    }
}
