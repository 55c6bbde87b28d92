package org.studykb.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.util.ResourceLoader;

/**
 * What the analysis factories share: reading their arguments the way a Solr schema or {@code CustomAnalyzer}
 * passes them (a map of strings, each factory taking out the keys it knows), refusing the keys left over, and
 * reading a named resource through Lucene's {@link ResourceLoader}.
 */
final class FactoryArgs {
    static final String MODE = "mode";
    static final String DICTIONARY = "dictionary";
    static final String SYNONYMS = "synonyms";

    private FactoryArgs() {}

    /**
     * Lucene's convention: a key the factory did not take is an error, never ignored silently (a misspelt
     * {@code dictionnary} would otherwise analyse without the dictionary).
     *
     * @throws IllegalArgumentException naming the factory, the unknown keys and the keys it takes
     */
    static void refuseUnknown(String factory, Map<String, String> left, String... known) {
        if (!left.isEmpty()) {
            throw new IllegalArgumentException(factory + ": unknown parameter(s) " + new TreeSet<>(left.keySet())
                    + "; it takes " + (known.length == 0 ? "none" : String.join(", ", known)));
        }
    }

    /** {@code mode="index"} or {@code mode="query"} (the default), taken out of {@code args}. */
    static StudyAnalyzer.Mode mode(String factory, Map<String, String> args) {
        String value = args.remove(MODE);
        if (value == null) {
            return StudyAnalyzer.Mode.QUERY;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "index" -> StudyAnalyzer.Mode.INDEX;
            case "query" -> StudyAnalyzer.Mode.QUERY;
            default -> throw new IllegalArgumentException(
                    factory + ": " + MODE + "='" + value + "' is neither 'index' nor 'query'");
        };
    }

    /** {@code true} or {@code false} taken out of {@code args}; anything else is refused (Lucene's reads it as false). */
    static boolean flag(String factory, Map<String, String> args, String key, boolean absent) {
        String value = args.remove(key);
        if (value == null) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(
                    factory + ": " + key + "='" + value + "' is neither 'true' nor 'false'");
        };
    }

    /** A resource name taken out of {@code args}; null when absent; blank is refused. */
    static String resourceName(String factory, Map<String, String> args, String key) {
        String value = args.remove(key);
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(factory + ": " + key + " is empty; give a resource name");
        }
        return value == null ? null : value.strip();
    }

    /** The bytes of resource {@code name}; a missing or unreadable resource is named with the factory's key. */
    static byte[] read(ResourceLoader loader, String factory, String key, String name) throws IOException {
        try (InputStream in = loader.openResource(name)) {
            if (in == null) {
                throw new IOException("not found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IOException(factory + ": cannot read " + key + " '" + name + "': " + e.getMessage(), e);
        }
    }

    /** The resource name as a path, for the dictionary and synonym parsers' messages (file:line: reason). */
    static Path source(String name) {
        return Path.of(name);
    }
}
