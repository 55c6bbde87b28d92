package org.studykb.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code studykb.*} in application.yml; the CLI's {@code --data}, {@code --config} set the same. {@code time-zone} is
 * the zone pages show times in (Asia/Shanghai unless set); the JSON API keeps UTC instants.
 */
@Validated
@ConfigurationProperties("studykb")
public record StudykbProperties(@NotNull @DefaultValue("./data") Path data,
                         @NotNull @DefaultValue("./indexer") Path config,
                         @DefaultValue("10") @Min(1) @Max(100) int pageSize,
                         @Valid @NotNull @DefaultValue Upload upload,
                         @Valid @NotNull @DefaultValue Audit audit,
                         @NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone) {

    /**
     * Uploads from the browser.
     *
     * @param maxFileSize  the largest file accepted; the whole request may carry several (spring.servlet.multipart)
     * @param allowedTypes media types accepted, as Tika detects them from the content (never from the name)
     */
    public record Upload(@NotNull @DefaultValue("50MB") DataSize maxFileSize,
                  @NotEmpty @DefaultValue({"text/plain", "text/html", "application/xhtml+xml", "application/pdf",
                          "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "application/vnd.ms-powerpoint",
                          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                          "application/rtf", "application/vnd.oasis.opendocument.text",
                          "application/vnd.oasis.opendocument.spreadsheet", "image/png", "image/jpeg",
                          "image/tiff"}) List<String> allowedTypes) {
    }

    /**
     * The audit trail.
     *
     * @param retention how long events are kept: older ones are deleted at start-up and once a day (at least a day)
     */
    public record Audit(@NotNull @DefaultValue("365d") @DurationMin(days = 1) Duration retention) {
    }
}
