package org.studykb.web;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code studykb.*} in application.yml; the CLI's {@code --data}, {@code --config} set the same. */
@Validated
@ConfigurationProperties("studykb")
record StudykbProperties(@NotNull @DefaultValue("./data") Path data,
                         @NotNull @DefaultValue("./indexer") Path config,
                         @DefaultValue("10") @Min(1) @Max(100) int pageSize) {
}
