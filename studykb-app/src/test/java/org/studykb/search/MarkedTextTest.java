package org.studykb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Snippet HTML from another backend's marks: escaped as {@link MarkFormatter} escapes, only our marks let through. */
class MarkedTextTest {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private static String marked(String s) {
        return MarkedText.html(s.replace('[', OPEN).replace(']', CLOSE), OPEN, CLOSE);
    }

    @Test
    void marksBecomeMarkAndEverythingElseIsEscaped() {
        assertThat(marked("<script>alert('x')</script> [走马观花] & \"引号\"\n下一行"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>走马观花</mark> &amp; &quot;引号&quot; 下一行");
    }

    @Test
    void markupInsideAMarkIsEscapedToo() {
        assertThat(marked("前[<b>三公</b>]后")).isEqualTo("前<mark>&lt;b&gt;三公&lt;/b&gt;</mark>后");
    }

    @Test
    void adjacentMarksBecomeOneAsTheEmbeddedHighlighterJoinsThem() {
        assertThat(marked("[民主][生活会]与[批评]")).isEqualTo("<mark>民主生活会</mark>与<mark>批评</mark>");
    }

    @Test
    void strayAndUnclosedMarksNeverLeaveAnOpenTag() {
        assertThat(marked("a]b[c")).isEqualTo("ab<mark>c</mark>");
        assertThat(marked("[[x]]")).isEqualTo("<mark>x</mark>");
    }

    @Test
    void unmarkedTextIsEscapedAsTheFormatterEscapesIt() {
        String text = "<p class=\"x\">党课 & 讲稿</p>\t'";
        assertThat(MarkedText.escape(text)).isEqualTo(MarkFormatter.escape(text)).isEqualTo(marked(text));
    }
}
