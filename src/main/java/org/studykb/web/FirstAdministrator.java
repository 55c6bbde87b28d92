package org.studykb.web;

import java.io.PrintStream;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.studykb.store.Passwords;
import org.studykb.store.Role;
import org.studykb.store.UserAccounts;

/**
 * No default password: on the first start, when the store has no user, an administrator {@code admin} is
 * created with a random password that is printed once on the console and stored only as a hash.
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
        if (accounts.count() > 0) {
            return;
        }
        String password = Passwords.generate();
        accounts.create(NAME, "管理员", encoder.encode(password), EnumSet.of(Role.ADMIN), "系统");
        log.warn("created the first administrator '{}'; its password is printed once on standard output", NAME);
        console.println();
        console.println("==================================================================");
        console.println(" 已创建首个管理员账号（只显示这一次，请登录后在「账号」页修改密码）");
        console.println("   用户名：" + NAME);
        console.println("   密  码：" + password);
        console.println(" 忘记密码时：java -jar target/studykb.jar users password admin --data <数据目录>");
        console.println("==================================================================");
        console.println();
        console.flush();
    }
}
