package org.studykb.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Parses {@code indexer/synonyms.txt} in Solr's synonym format: {@code a, b, c} makes the terms
 * equivalent, {@code a, b => c, d} rewrites the left side to the right side (list the input on the
 * right too to keep it). Entries may be phrases; they are segmented by the query analyzer, so
 * multi-word synonyms work through Lucene's synonym graph.
 *
 * <p>Fails fast, naming the line, on an empty entry, a rule that analyses to nothing, a term that
 * appears twice in a line, a term in two equivalence groups, or an input rewritten on two lines.
 */
final class SynonymFile {
    static final String NAME = "synonyms.txt";

    /** One rule; {@code outputs} is empty for an equivalence group. */
    record Rule(int line, List<String> inputs, List<String> outputs) {
        boolean equivalence() {
            return outputs.isEmpty();
        }
    }

    private SynonymFile() {}

    static List<Rule> parseRules(Path file, String content) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = Comments.strip(lines[i]);
            if (!line.isEmpty()) {
                rules.add(parseRule(file, i + 1, line));
            }
        }
        return rules;
    }

    private static Rule parseRule(Path file, int lineNo, String line) {
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            throw new MalformedDictionaryException(file, lineNo, "more than one '=>'");
        }
        List<String> inputs = entries(file, lineNo, sides[0]);
        List<String> outputs = sides.length == 2 ? entries(file, lineNo, sides[1]) : List.of();
        if (sides.length == 1 && inputs.size() < 2) {
            throw new MalformedDictionaryException(file, lineNo, "an equivalence group needs at least two entries");
        }
        return new Rule(lineNo, inputs, outputs);
    }

    private static List<String> entries(Path file, int lineNo, String side) {
        List<String> out = new ArrayList<>();
        for (String raw : side.split(",", -1)) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                throw new MalformedDictionaryException(file, lineNo, "empty entry (stray comma or '=>')");
            }
            out.add(entry);
        }
        return out;
    }

    /** Analyses every entry with {@code analyzer} and builds the map, checking for conflicts. */
    static SynonymMap build(Path file, List<Rule> rules, Analyzer analyzer) {
        Builder builder = new Builder(analyzer);
        Map<String, Integer> groupOf = new HashMap<>();
        Map<String, Integer> rewrittenAt = new HashMap<>();
        for (Rule rule : rules) {
            Map<String, CharsRef> in = analyzeAll(file, rule.line(), rule.inputs(), builder);
            Map<String, CharsRef> out = analyzeAll(file, rule.line(), rule.outputs(), builder);
            for (String key : in.keySet()) {
                Map<String, Integer> registry = rule.equivalence() ? groupOf : rewrittenAt;
                Integer previous = registry.putIfAbsent(key, rule.line());
                if (previous != null) {
                    throw new MalformedDictionaryException(file, rule.line(), "'" + key.replace('\0', ' ')
                            + "' is already " + (rule.equivalence() ? "in the group" : "rewritten")
                            + " on line " + previous);
                }
            }
            Map<String, CharsRef> targets = rule.equivalence() ? in : out;
            for (CharsRef input : in.values()) {
                for (CharsRef output : targets.values()) {
                    builder.add(input, output, false);
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building synonyms from " + file, e);
        }
    }

    private static Map<String, CharsRef> analyzeAll(Path file, int lineNo, List<String> entries, Builder builder) {
        Map<String, CharsRef> analyzed = new LinkedHashMap<>();
        for (String entry : entries) {
            CharsRef ref;
            try {
                ref = builder.analyze(entry, new CharsRefBuilder());
            } catch (IllegalArgumentException | IOException e) {
                throw new MalformedDictionaryException(file, lineNo, "'" + entry + "': " + e.getMessage());
            }
            if (ref.length == 0) {
                throw new MalformedDictionaryException(file, lineNo, "'" + entry + "' has no words");
            }
            if (analyzed.put(ref.toString(), ref) != null) {
                throw new MalformedDictionaryException(file, lineNo,
                        "'" + entry + "' repeats another entry of the line (same words after analysis)");
            }
        }
        return analyzed;
    }

    /** Exposes {@link SynonymMap.Parser#analyze}; parsing is done above. */
    private static final class Builder extends SynonymMap.Parser {
        Builder(Analyzer analyzer) {
            super(true, analyzer);
        }

        @Override
        public void parse(Reader in) {
            throw new UnsupportedOperationException("rules are parsed by SynonymFile");
        }
    }
}
