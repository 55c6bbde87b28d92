package org.studykb.store;

import java.security.SecureRandom;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing (BCrypt through Spring Security's delegating encoder) and generated passwords. */
public final class Passwords {
    /** No 0/O, 1/l/I: a generated password is read off a console and typed by hand. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    public static final int MIN_LENGTH = 10;

    private Passwords() {
    }

    public static PasswordEncoder encoder() {
        return ENCODER;
    }

    /** 18 characters from 56: about 104 bits. */
    public static String generate() {
        StringBuilder sb = new StringBuilder(18);
        for (int i = 0; i < 18; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Why a chosen password is refused, or null when it is acceptable. */
    public static String weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "密码至少 " + MIN_LENGTH + " 个字符";
        }
        if (password.length() > 128) {
            return "密码最长 128 个字符";
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return "密码不能包含用户名";
        }
        if (password.chars().distinct().count() < 5) {
            return "密码太简单";
        }
        return null;
    }
}
