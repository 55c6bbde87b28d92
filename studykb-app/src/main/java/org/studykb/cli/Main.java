package org.studykb.cli;

import org.studykb.config.ConfigException;
import org.studykb.store.StoreDatabase;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar studykb.jar serve|index|search …}: see docs/architecture.md for the contracts. */
@Command(name = "studykb", mixinStandardHelpOptions = true, version = "studykb 0.1",
        description = "学习资料知识库：索引与检索学习教育活动材料",
        subcommands = {ServeCommand.class, IndexCommand.class, SearchCommand.class, ProblemsCommand.class,
                UsersCommand.class, BackupCommand.class, RestoreCommand.class})
public final class Main implements Runnable {
    /** Bad usage: unknown option, missing argument, unreadable configuration. */
    static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        StoreDatabase.localServerOnly();
        if (args.length == 0 || !"serve".equals(args[0])) {
            System.setProperty("studykb.log.level", System.getProperty("studykb.log.level", "WARN"));
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("错误：" + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return e instanceof IllegalArgumentException || e instanceof ConfigException ? EXIT_USAGE : 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
