package org.studykb.web.security;

import java.io.PrintStream;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.studykb.store.Passwords;
import org.studykb.access.Role;
import org.studykb.store.UserAccounts;

/**
 * No default password: on a start when the store has no enabled administrator (the first start, or users made
 * only by scripts before it), an administrator {@code admin} is created with a random password that is printed
 * once on the console and stored only as a hash.
 */
final class FirstAdministrator implements ApplicationRunner {
    static final String NAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final PrintStream console;

    FirstAdministrator(UserAccounts accounts, PasswordEncoder encoder, PrintStream console) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.list().stream().anyMatch(u -> u.enabled() && u.roles().contains(Role.ADMIN))) {
            return;
        }
        String name = NAME;
        for (int n = 2; accounts.find(name).isPresent(); n++) {
            name = NAME + n;
        }
        String password = Passwords.generate();
        accounts.create(name, "管理员", encoder.encode(password), EnumSet.of(Role.ADMIN), "系统");
        accounts.passwordGenerated(name);
        log.warn("created the first administrator '{}'; its password is printed once on standard output", name);
        console.println();
        console.println("==================================================================");
        console.println(" 已创建首个管理员账号（只显示这一次，请登录后在「账号」页修改密码）");
        console.println("   用户名：" + name);
        console.println("   密  码：" + password);
        console.println(" 忘记密码时：java -jar target/studykb.jar users password " + name + " --data <数据目录>");
        console.println("==================================================================");
        console.println();
        console.flush();
    }
}
