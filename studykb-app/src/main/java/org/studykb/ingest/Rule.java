package org.studykb.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tagging rule, as paperless-ngx's MatchingModel: what to match ({@code words} or {@code regex}), how
 * ({@link How}), where ({@link Place}), what it sets ({@link Target} and value) and how much it weighs.
 *
 * @param line the rule's line in its file, for messages
 */
record Rule(String name, Target target, String value, How how, Set<Place> where, List<String> words,
            List<Pattern> patterns, double weight, int line) {

    private static final Logger LOG = LoggerFactory.getLogger(Rule.class);

    /** ANY word, ALL words, the LITERAL phrase as written, or a REGEX. Words ignore spaces and case. */
    enum How { ANY, ALL, LITERAL, REGEX }

    /** Where to look: the title, the first N characters of the text, the file name. */
    enum Place {
        TITLE, BODY, FILENAME;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a rule sets. */
    enum Target {
        TYPE, CAMPAIGN, PHASE;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A rule that matched: where, on what text, where the match ends in that text, and its score. */
    record Hit(Rule rule, Place place, String evidence, int end, double score) {
        Provenance provenance() {
            return Provenance.ruleMatch(rule.name(), evidence, place.label());
        }
    }

    /** The best-scoring place this rule matches in, if any. */
    Optional<Hit> match(RuleSubject subject, RuleSettings settings) {
        return where.stream().map(place -> matchIn(place, subject, settings)).flatMap(Optional::stream)
                .max(java.util.Comparator.comparingDouble(Hit::score));
    }

    private Optional<Hit> matchIn(Place place, RuleSubject subject, RuleSettings settings) {
        String raw = subject.raw(place);
        String folded = subject.folded(place);
        int end = -1;
        String evidence = null;
        switch (how) {
            case ANY -> {
                for (String w : words) {
                    int at = folded.indexOf(w);
                    if (at >= 0 && at + w.length() > end) {
                        end = at + w.length();
                        evidence = w;
                    }
                }
            }
            case ALL -> {
                for (String w : words) {
                    int at = folded.indexOf(w);
                    if (at < 0) {
                        return Optional.empty();
                    }
                    end = Math.max(end, at + w.length());
                }
                evidence = String.join("+", words);
            }
            case LITERAL -> {
                for (String w : words) {
                    int at = raw.indexOf(w);
                    if (at >= 0 && at + w.length() > end) {
                        end = at + w.length();
                        evidence = w;
                    }
                }
            }
            case REGEX -> {
                for (Pattern p : patterns) {
                    Optional<Matcher> m = find(p, raw, settings);
                    if (m.isPresent() && m.get().end() > end) {
                        end = m.get().end();
                        evidence = m.get().group();
                    }
                }
            }
        }
        if (evidence == null) {
            return Optional.empty();
        }
        boolean atEnd = place == Place.TITLE
                && end >= (how == How.ANY || how == How.ALL ? subject.foldedTitleTail() : subject.rawTitleTail());
        double score = weight * settings.factor(place) * (atEnd ? settings.titleEndBonus() : 1.0);
        return Optional.of(new Hit(this, place, evidence, end, score));
    }

    private Optional<Matcher> find(Pattern p, String text, RuleSettings settings) {
        Matcher m = p.matcher(new DeadlineCharSequence(text, System.nanoTime() + settings.regexTimeout().toNanos()));
        try {
            return m.find() ? Optional.of(m) : Optional.empty();
        } catch (DeadlineCharSequence.Timeout e) {
            LOG.warn("rule {} (line {}): regex {} timed out after {}; counted as no match", name, line, p,
                    settings.regexTimeout());
            return Optional.empty();
        }
    }
}
