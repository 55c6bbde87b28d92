package org.studykb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.studykb.backup.BackupException;
import org.studykb.backup.RestoreData;

/** {@code restore --from DIR [--data DIR] [--force]}: checks every checksum first, then fills the data folder. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "从备份恢复数据目录：先按清单核对每个文件的校验和，再写入；数据目录须为空，除非加 --force",
        exitCodeListHeading = "%n退出码:%n",
        exitCodeList = {"0:恢复完成", "1:备份损坏或恢复失败（未写入或原因见输出）", "2:用法错误（数据目录不是空的等）"})
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "备份目录（含 manifest.json）")
    Path from;

    @Option(names = "--force", description = "数据目录不是空的也恢复：原内容改名为 <目录>.before-restore-<时间> 保留")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RestoreData.Result r;
        try {
            r = RestoreData.run(from, options.data, force);
        } catch (BackupException e) {
            System.err.println("错误：" + e.getMessage());
            return e.usage() ? Main.EXIT_USAGE : 1;
        }
        var m = r.manifest();
        out.printf("校验通过：%d 个文件的大小和 SHA-256 与清单一致%n", m.files().size());
        out.printf("恢复完成：%s（备份于 %s，来自 %s）%n", r.data(), m.created(), m.data());
        out.printf("  索引提交代数 %d，%d 条记录；数据库 %s%n", m.indexGeneration(), r.documents(), m.store());
        if (r.keptAside() != null) {
            out.println("  原数据目录已改名保留：" + r.keptAside());
        }
        r.notes().forEach(n -> out.println("提示：" + n));
        return 0;
    }
}
