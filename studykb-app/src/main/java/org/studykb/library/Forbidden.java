package org.studykb.library;

/** The signed-in user's roles do not grant what the request needs: answered 403 with the missing permission. */
public final class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
