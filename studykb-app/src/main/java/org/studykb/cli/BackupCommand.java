package org.studykb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.studykb.backup.BackupData;
import org.studykb.backup.BackupException;
import org.studykb.search.Backends;
import org.studykb.search.SearchBackend;
import org.studykb.settings.IndexerSettings;
import org.studykb.store.StoreSettings;

/**
 * {@code backup --to DIR [--data DIR]}: store, index and the files under the data folder, with a manifest. With
 * {@code --backend solr … --solr-location PATH} the collection is backed up by SolrCloud's own BACKUP into PATH (a
 * location every node can write), and the folder holds the store and files.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "备份数据目录（数据库、索引、上传的文件），serve 运行时也可以；写出带校验和的清单 manifest.json",
        exitCodeListHeading = "%n退出码:%n",
        exitCodeList = {"0:备份完成", "1:备份失败（原因见输出）", "2:用法错误（备份目录不是空的等）"})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "备份到这个目录（不存在或为空）")
    Path to;

    @Mixin
    BackendOptions backend;

    @Option(names = "--solr-location", paramLabel = "PATH",
            description = "--backend solr 时，SolrCloud 集合备份（BACKUP）写到的位置：每个节点都能写的共享路径")
    String solrLocation = "";

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StoreSettings store = StoreSettings.current();
        if (store.server()) {
            System.err.println("错误：数据库是服务器数据库（" + store.describe(options.data) + "），本命令只备份内置数据库。"
                    + "请用数据库自己的备份（PostgreSQL：pg_dump），索引可随时用 index 重建");
            return Main.EXIT_USAGE;
        }
        if (!backend.problem().isEmpty()) {
            System.err.println("错误：" + backend.problem());
            return Main.EXIT_USAGE;
        }
        if (backend.embedded() != solrLocation.isEmpty()) {
            System.err.println("错误：--solr-location 与 --backend solr 同用，且必须给出");
            return Main.EXIT_USAGE;
        }
        BackupData.Result r;
        try {
            if (backend.embedded()) {
                r = BackupData.run(options.data, to);
            } else {
                try (SearchBackend index = backend.open(options, IndexerSettings.of(options.config).analyzers())) {
                    r = BackupData.run(options.data, to, new BackupData.OwnBackup(index, solrLocation));
                }
            }
        } catch (Backends.MissingBackendException e) {
            System.err.println("错误：" + e.getMessage());
            return Main.EXIT_USAGE;
        } catch (BackupException e) {
            System.err.println("错误：" + e.getMessage());
            return e.usage() ? Main.EXIT_USAGE : 1;
        }
        var m = r.manifest();
        long bytes = m.files().stream().mapToLong(f -> f.size()).sum();
        out.printf("备份完成：%s%n", r.to());
        if (m.indexBackup().isEmpty()) {
            out.printf("  时间 %s；索引提交代数 %d，%d 条记录；数据库 %s（%d 条语句）%n", m.created(), m.indexGeneration(),
                    m.indexDocuments(), m.store(), r.storeStatements());
        } else {
            out.printf("  时间 %s；索引：%s 的 %d 篇材料由 SolrCloud 备份；数据库 %s（%d 条语句）%n", m.created(),
                    backend.describe(options), m.indexDocuments(), m.store(), r.storeStatements());
        }
        out.printf("  共 %d 个文件，%.1f MB；清单 %s%n", m.files().size(), bytes / 1024.0 / 1024.0,
                r.to().resolve("manifest.json"));
        r.notes().forEach(n -> out.println("提示：" + n));
        return 0;
    }
}
