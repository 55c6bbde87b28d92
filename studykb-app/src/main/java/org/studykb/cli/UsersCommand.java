package org.studykb.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.studykb.store.AuditLog;
import org.studykb.store.Passwords;
import org.studykb.access.Role;
import org.studykb.store.StoreSettings;
import org.studykb.store.UserAccounts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code users list|add|password|roles|enable|disable|token}: the accounts of a data folder, from the machine
 * that holds it (for a lost administrator password, or scripts). Generated passwords and tokens are printed
 * once; changes are audited as made by 命令行. While {@code serve} runs, the command reaches the store through it
 * (H2's mixed mode); turning a login off, a new password or other roles end the user's signed-in sessions there.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "管理用户、角色、密码和接口令牌",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.Password.class,
                UsersCommand.SetRoles.class, UsersCommand.Enable.class, UsersCommand.Disable.class,
                UsersCommand.Token.class})
final class UsersCommand implements Runnable {
    static final String ACTOR = "命令行";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The accounts of a data folder; a clear message when the service holds its store. */
    static UserAccounts open(ConfigOptions options) {
        DataSource ds;
        try {
            ds = StoreSettings.current().open(options.data);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock") || String.valueOf(e.getMessage()).contains("already in use")) {
                throw new IllegalArgumentException("数据库正被运行中的服务占用：请先停止服务，或用网页上的「用户」页（管理员）");
            }
            throw e;
        }
        return new UserAccounts(ds, new AuditLog(ds));
    }

    static Set<Role> roles(List<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String n : names) {
            for (String part : n.split("[,，、]")) {
                if (!part.isBlank()) {
                    roles.add(Role.parse(part));
                }
            }
        }
        return roles;
    }

    @Command(name = "list", description = "列出用户和角色")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (UserAccounts.User u : open(options).list()) {
                out.println(u.username() + "\t" + u.displayName() + "\t"
                        + u.roles().stream().map(Role::label).collect(Collectors.joining("、"))
                        + (u.enabled() ? "" : "\t（已停用）"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", description = "新建用户，打印生成的初始密码（只显示这一次）")
    static final class Add implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "用户名")
        String username;
        @Option(names = "--role", required = true, paramLabel = "角色", description = "党员、撰写、领导、管理员（可多次给出）")
        List<String> roles;
        @Option(names = "--name", paramLabel = "姓名", description = "显示的姓名，默认为用户名")
        String displayName;

        @Override
        public Integer call() {
            String password = Passwords.generate();
            UserAccounts accounts = open(options);
            accounts.create(username, displayName, Passwords.encoder().encode(password), roles(roles), ACTOR);
            accounts.passwordGenerated(username);
            PrintWriter out = spec.commandLine().getOut();
            out.println("已创建用户 " + username + "，初始密码：" + password);
            out.flush();
            return 0;
        }
    }

    @Command(name = "password", description = "为用户生成新密码并打印（只显示这一次），如忘记管理员密码时")
    static final class Password implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "用户名")
        String username;

        @Override
        public Integer call() {
            String password = Passwords.generate();
            open(options).setPassword(username, Passwords.encoder().encode(password), true, ACTOR);
            PrintWriter out = spec.commandLine().getOut();
            out.println(username + " 的新密码：" + password);
            out.flush();
            return 0;
        }
    }

    @Command(name = "roles", description = "替换用户的角色")
    static final class SetRoles implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "用户名")
        String username;
        @Option(names = "--role", required = true, paramLabel = "角色", description = "党员、撰写、领导、管理员（可多次给出）")
        List<String> roles;

        @Override
        public Integer call() {
            UserAccounts.User u = open(options).setRoles(username, roles(roles), ACTOR);
            PrintWriter out = spec.commandLine().getOut();
            out.println(username + " 的角色：" + u.roles().stream().map(Role::label).collect(Collectors.joining("、")));
            out.flush();
            return 0;
        }
    }

    @Command(name = "enable", description = "启用用户")
    static final class Enable implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Parameters(index = "0", paramLabel = "用户名")
        String username;

        @Override
        public Integer call() {
            open(options).setEnabled(username, true, ACTOR);
            return 0;
        }
    }

    @Command(name = "disable", description = "停用用户（不能再登录，令牌也失效）")
    static final class Disable implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Parameters(index = "0", paramLabel = "用户名")
        String username;

        @Override
        public Integer call() {
            open(options).setEnabled(username, false, ACTOR);
            return 0;
        }
    }

    @Command(name = "token", description = "为用户生成接口令牌并打印（只显示这一次）：Authorization: Bearer <令牌>")
    static final class Token implements Callable<Integer> {
        @Mixin
        ConfigOptions options;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "用户名")
        String username;
        @Option(names = "--label", paramLabel = "用途", description = "令牌的用途，如「压测脚本」")
        String label;
        @Option(names = "--create", paramLabel = "角色",
                description = "用户不存在时以这个角色新建（不设密码登录，只用令牌）")
        String createWithRole;

        @Override
        public Integer call() {
            UserAccounts accounts = open(options);
            PrintWriter out = spec.commandLine().getOut();
            out.println(createWithRole == null ? accounts.createToken(username, label, ACTOR)
                    : accounts.createToken(username, Role.parse(createWithRole), label, ACTOR));
            out.flush();
            return 0;
        }
    }
}
