package org.studykb.rectify;

/**
 * A measure, outcome or rule of the ledger that a leader may attach to a problem by hand (关联…).
 *
 * @param key  the stable id used to attach it
 * @param kind measure, outcome or rule
 */
public record Candidate(String key, String kind, String label, String path, int passage, String title, String date,
                        String text) {

    static Candidate of(Target t) {
        return new Candidate(t.key(), t.kind().word(), t.kind().label(), t.path(), t.passage(), t.title(),
                t.date().map(Object::toString).orElse(""), t.text());
    }
}
