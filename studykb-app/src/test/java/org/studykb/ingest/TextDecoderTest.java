package org.studykb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    private static final String SHORT = "关于召开座谈会的通知";

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK", "GB2312"})
    void shortChineseInAGbCharsetIsReadAsGb18030(String charset) {
        TextDecoder.Decoded d = TextDecoder.decode(SHORT.getBytes(Charset.forName(charset))).orElseThrow();
        assertThat(d.text()).isEqualTo(SHORT);
        assertThat(d.charset()).isEqualTo(TextDecoder.GB18030);
    }

    @Test
    void validUtf8IsUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode(SHORT.getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertThat(d.text()).isEqualTo(SHORT);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkIsStripped() {
        byte[] utf8 = ("\uFEFF" + SHORT).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(utf8).orElseThrow().text()).isEqualTo(SHORT);
        byte[] utf16 = ("\uFEFF" + SHORT).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(utf16).orElseThrow().text()).isEqualTo(SHORT);
    }

    @Test
    void aWebPageDeclaringGb2312IsReadAsGb18030() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body>" + SHORT + "镕</body></html>";
        TextDecoder.Decoded d = TextDecoder.decodeHtml(page.getBytes(TextDecoder.GB18030)).orElseThrow();
        assertThat(d.text()).contains(SHORT + "镕");
    }

    @Test
    void aWrongDeclarationIsNotTrusted() {
        String page = "<html><head><meta charset=\"utf-8\"></head><body>" + SHORT + "</body></html>";
        TextDecoder.Decoded d = TextDecoder.decodeHtml(page.getBytes(TextDecoder.GB18030)).orElseThrow();
        assertThat(d.text()).contains(SHORT);
        assertThat(d.charset()).isEqualTo(TextDecoder.GB18030);
    }

    @Test
    void binaryIsNotText() {
        byte[] junk = new byte[512];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 7 % 32);
        }
        assertThat(TextDecoder.decode(junk).map(d -> TextDecoder.looksBinary(d.text())).orElse(true)).isTrue();
        assertThat(TextDecoder.looksBinary("正常的文字\n第二行\t制表")).isFalse();
    }
}
