package org.studykb.web;

/** The signed-in user's roles do not grant what the request needs: answered 403 with the missing permission. */
final class Forbidden extends RuntimeException {
    Forbidden(String message) {
        super(message);
    }
}
