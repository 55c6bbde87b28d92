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
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code studykb.*} in application.yml; the CLI's {@code --data}, {@code --config} set the same. {@code time-zone} is
 * the zone pages show times in (Asia/Shanghai unless set); the JSON API keeps UTC instants. {@code backend} is where
 * the index is: {@code lucene} (the embedded index under {@code data}) or {@code solr} (a SolrCloud collection,
 * {@code studykb.solr.*}; module studykb-solr on the class path, scripts/solr.sh).
 */
@Validated
@ConfigurationProperties("studykb")
public record StudykbProperties(@NotNull @DefaultValue("./data") Path data,
                         @NotNull @DefaultValue("./indexer") Path config,
                         @DefaultValue("10") @Min(1) @Max(100) int pageSize,
                         @Valid @NotNull @DefaultValue Upload upload,
                         @Valid @NotNull @DefaultValue Audit audit,
                         @NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone,
                         @NotNull @Pattern(regexp = "lucene|solr") @DefaultValue("lucene") String backend,
                         @Valid @NotNull @DefaultValue Solr solr) {

    /**
     * The SolrCloud collection, with {@code studykb.backend=solr}: the same settings as the commands'
     * {@code --solr}/{@code --zk}, {@code --collection}, {@code --shards}, {@code --replicas}.
     *
     * @param urls       Solr nodes, e.g. {@code http://localhost:8983/solr}; or
     * @param zkHost     ZooKeeper hosts {@code host:port[,host:port…][/chroot]}
     * @param collection the collection; created from the generated configset when the cluster lacks it
     * @param shards     shards of a collection it creates
     * @param replicas   replicas of each shard of a collection it creates
     */
    public record Solr(@NotNull @DefaultValue({}) List<String> urls, @NotNull @DefaultValue("") String zkHost,
                       @NotEmpty @DefaultValue("studykb") String collection,
                       @DefaultValue("2") @Min(1) int shards, @DefaultValue("2") @Min(1) int replicas) {
    }

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
