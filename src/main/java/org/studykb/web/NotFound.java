package org.studykb.web;

/** A document, campaign or page that does not exist: 404 with a message for people. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
