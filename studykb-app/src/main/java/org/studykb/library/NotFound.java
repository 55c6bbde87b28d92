package org.studykb.library;

/** A document, campaign or page that does not exist: 404 with a message for people. */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
