package org.studykb.analysis;

import com.hankcs.hanlp.corpus.tag.Nature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code indexer/dictionary.txt}: one term per line, optionally followed by a HanLP nature
 * (part of speech, default {@code nz}) and a frequency (default 1000); {@code #} starts a comment.
 * Terms are folded like the text they will meet (simplified, half-width, lower case).
 */
final class DictionaryFile {
    static final String NAME = "dictionary.txt";
    static final String DEFAULT_NATURE = "nz";
    static final int DEFAULT_FREQUENCY = 1000;

    /** One dictionary term and where it was defined. */
    record Entry(String term, Nature nature, int frequency, int line) {}

    private DictionaryFile() {}

    static List<Entry> parse(Path file, String content) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = Comments.strip(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length > 3) {
                throw new MalformedDictionaryException(file, lineNo,
                        "expected 'term [nature [frequency]]', got " + fields.length + " fields: " + line);
            }
            String term = Folding.fold(fields[0]);
            checkTerm(file, lineNo, term);
            Nature nature = nature(file, lineNo, fields.length > 1 ? fields[1] : DEFAULT_NATURE);
            int frequency = fields.length > 2 ? frequency(file, lineNo, fields[2]) : DEFAULT_FREQUENCY;
            Integer previous = seen.putIfAbsent(term, lineNo);
            if (previous != null) {
                throw new MalformedDictionaryException(file, lineNo,
                        "duplicate term '" + term + "' (first on line " + previous + ")");
            }
            entries.add(new Entry(term, nature, frequency, lineNo));
        }
        return entries;
    }

    private static void checkTerm(Path file, int lineNo, String term) {
        if (term.codePointCount(0, term.length()) < 2) {
            throw new MalformedDictionaryException(file, lineNo, "term '" + term + "' is shorter than 2 characters");
        }
        if (!term.codePoints().allMatch(Chars::isWordChar)) {
            throw new MalformedDictionaryException(file, lineNo,
                    "term '" + term + "' may hold only letters, digits and ideographs (no punctuation)");
        }
    }

    private static Nature nature(Path file, int lineNo, String name) {
        Nature nature = Nature.fromString(name);
        if (nature == null) {
            throw new MalformedDictionaryException(file, lineNo, "unknown HanLP nature '" + name + "'");
        }
        return nature;
    }

    private static int frequency(Path file, int lineNo, String text) {
        try {
            int f = Integer.parseInt(text);
            if (f > 0) {
                return f;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedDictionaryException(file, lineNo, "frequency '" + text + "' is not a positive integer");
    }
}
