package org.studykb.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;


import org.studykb.library.ChangeSentences;
import org.studykb.library.FileKinds;
import org.studykb.library.ReasonSentences;

/**
 * The users' words on every page ({@code ${words}}): times in the configured zone (2026-12-06 11:21), file kinds and
 * sizes (Word 文档 · 37 KB), reasons and changes as sentences. The JSON API keeps the machine values.
 */
public final class PageWords {
    /** The zone when {@code studykb.time-zone} is not bound (a test slice without the properties). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DateTimeFormatter minutes;
    private final DateTimeFormatter clock;

    public PageWords(StudykbProperties properties) {
        this(properties.timeZone());
    }

    public PageWords(ZoneId zone) {
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.clock = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
    }

    /**
     * An instant as the users' local time, to the minute: an {@link Instant}, an {@link OffsetDateTime}, or a UTC
     * text {@code yyyy-MM-dd HH:mm:ss} (the ledger's history); empty for null, other text as it is.
     */
    public String time(Object when) {
        Instant instant = instant(when);
        return instant == null ? (when == null ? "" : when.toString()) : minutes.format(instant);
    }

    /** Only the local clock time with seconds (the last of repeated failures on the audit page). */
    public String clock(Object when) {
        Instant instant = instant(when);
        return instant == null ? (when == null ? "" : when.toString()) : clock.format(instant);
    }

    private static Instant instant(Object when) {
        if (when instanceof Instant i) {
            return i;
        }
        if (when instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (when instanceof String s && !s.isBlank()) {
            try {
                return LocalDateTime.parse(s.strip(), UTC_TEXT).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                try {
                    return Instant.parse(s.strip());
                } catch (DateTimeParseException notIso) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Word 文档 · 37 KB */
    public String file(String contentType, long bytes) {
        return FileKinds.label(contentType, bytes);
    }

    /** Why a value is what it is, as a sentence (标题中含「讲稿」), or empty. */
    public String reason(String provenanceLine) {
        return ReasonSentences.of(provenanceLine);
    }

    /** A change as a sentence (把阶段从「学习调研」改为「分析检查」). */
    public String change(String before, String after) {
        return ChangeSentences.of(before, after);
    }
}
