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
import org.studykb.store.StoreSettings;

/** {@code backup --to DIR [--data DIR]}: store, index and the files under the data folder, with a manifest. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "备份数据目录（数据库、索引、上传的文件），serve 运行时也可以；写出带校验和的清单 manifest.json",
        exitCodeListHeading = "%n退出码:%n",
        exitCodeList = {"0:备份完成", "1:备份失败（原因见输出）", "2:用法错误（备份目录不是空的等）"})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "备份到这个目录（不存在或为空）")
    Path to;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StoreSettings store = StoreSettings.current();
        if (store.server()) {
            System.err.println("错误：数据库是服务器数据库（" + store.describe(options.data) + "），本命令只备份内置数据库。"
                    + "请用数据库自己的备份（PostgreSQL：pg_dump），索引可随时用 index 重建");
            return Main.EXIT_USAGE;
        }
        BackupData.Result r;
        try {
            r = BackupData.run(options.data, to);
        } catch (BackupException e) {
            System.err.println("错误：" + e.getMessage());
            return e.usage() ? Main.EXIT_USAGE : 1;
        }
        var m = r.manifest();
        long bytes = m.files().stream().mapToLong(f -> f.size()).sum();
        out.printf("备份完成：%s%n", r.to());
        out.printf("  时间 %s；索引提交代数 %d，%d 条记录；数据库 %s（%d 条语句）%n", m.created(), m.indexGeneration(),
                m.indexDocuments(), m.store(), r.storeStatements());
        out.printf("  共 %d 个文件，%.1f MB；清单 %s%n", m.files().size(), bytes / 1024.0 / 1024.0,
                r.to().resolve("manifest.json"));
        r.notes().forEach(n -> out.println("提示：" + n));
        return 0;
    }
}
