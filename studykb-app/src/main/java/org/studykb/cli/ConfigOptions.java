package org.studykb.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --data} and {@code --config}, shared by every command. */
final class ConfigOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "数据目录（索引、数据库），默认 ./data")
    Path data = Path.of("data");

    @Option(names = "--config", paramLabel = "DIR", description = "索引配置目录（词典、同义词、规则），默认 ./indexer")
    Path config = Path.of("indexer");
}
