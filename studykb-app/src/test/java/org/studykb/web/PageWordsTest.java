package org.studykb.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import org.studykb.library.FileKinds;

class PageWordsTest {
    private static final Instant AT = Instant.parse("2026-12-06T03:21:23.025641Z");

    private static StudykbProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("studykb",
                StudykbProperties.class);
    }

    @Test
    void pagesShowTimesInShanghaiUnlessAnotherZoneIsSet() {
        PageWords shanghai = new PageWords(bind(Map.of()));
        assertThat(shanghai.time(AT)).isEqualTo("2026-12-06 11:21");
        assertThat(shanghai.time(OffsetDateTime.parse("2026-12-06T03:21:23Z"))).isEqualTo("2026-12-06 11:21");
        assertThat(shanghai.time("2026-12-06 03:21:23")).as("the ledger's UTC text").isEqualTo("2026-12-06 11:21");
        assertThat(shanghai.clock(AT)).isEqualTo("11:21:23");

        PageWords berlin = new PageWords(bind(Map.of("studykb.time-zone", "Europe/Berlin")));
        assertThat(berlin.time(AT)).isEqualTo("2026-12-06 04:21");
        assertThat(new PageWords(ZoneId.of("America/New_York")).time(AT)).isEqualTo("2026-12-05 22:21");
        assertThat(shanghai.time(null)).isEmpty();
    }

    @Test
    void everyTypeTheUploadAllowsHasAChineseName() {
        for (String type : bind(Map.of()).upload().allowedTypes()) {
            assertThat(FileKinds.named(type)).as(type).isTrue();
            assertThat(FileKinds.name(type)).as(type).doesNotContain("/");
        }
        assertThat(FileKinds.label("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                37 * 1024 + 300)).isEqualTo("Word 文档 · 37 KB");
        assertThat(FileKinds.label("application/pdf", 1_468_006)).isEqualTo("PDF 文件 · 1.4 MB");
        assertThat(FileKinds.label("text/plain; charset=UTF-8", 850)).isEqualTo("纯文本 · 850 字节");
        assertThat(FileKinds.label("application/x-foo", 25L * 1024 * 1024)).isEqualTo("其他文件（application/x-foo） · 25 MB");
    }
}
