package org.studykb.web.search;

import java.lang.reflect.Proxy;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A part a backend does not give yet ({@code SearchBackend.byId()} or {@code .suggestions()} answering
 * {@link UnsupportedOperationException}) stands in as one whose every call fails with the backend's reason, so that
 * the service starts and the pages that do not need the part work; the pages that do answer with that error.
 */
final class MissingPart {
    private static final Logger log = LoggerFactory.getLogger(MissingPart.class);

    private MissingPart() {
    }

    /** The part the backend gives, or a stand-in saying why there is none. */
    static <T> T of(Class<T> type, Supplier<T> part) {
        try {
            return part.get();
        } catch (UnsupportedOperationException e) {
            String reason = e.getMessage();
            log.warn("{} not available on this backend ({}): the pages that need it answer with an error",
                    type.getSimpleName(), reason);
            Object standIn = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "toString" -> "missing " + type.getSimpleName() + ": " + reason;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(reason);
                    });
            return type.cast(standIn);
        }
    }
}
