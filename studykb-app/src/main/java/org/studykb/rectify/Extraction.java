package org.studykb.rectify;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything rectification finds in a set of documents: where problems are raised, measures, outcomes.
 *
 * @param commitments the measures a document that raises problems writes in its own 整改措施 section: linked
 *                    like any measure, but not used to tell which problems are one (they answer their own list)
 */
record Extraction(List<Raised> raised, List<Measure> measures, List<Outcome> outcomes, List<Measure> commitments) {

    static Extraction of(List<SourceDoc> docs, RectifyRules rules, StableId ids) {
        ExtractProblems problems = new ExtractProblems(rules, ids);
        ExtractMeasures measures = new ExtractMeasures(rules, ids);
        ExtractOutcomes outcomes = new ExtractOutcomes(rules, ids);
        List<Raised> raised = new ArrayList<>();
        List<Measure> ms = new ArrayList<>();
        List<Outcome> os = new ArrayList<>();
        List<Measure> commitments = new ArrayList<>();
        for (SourceDoc d : docs) {
            switch (rules.roleOf(d.type(), d.title())) {
                case SOURCE -> {
                    raised.addAll(problems.extract(d));
                    commitments.addAll(measures.commitments(d));
                }
                case PLAN, LEDGER -> ms.addAll(measures.extract(d));
                case REPORT -> {
                    if (rules.isOutcomePhase(d.phase())) {
                        os.addAll(outcomes.report(d));
                    }
                }
                case RULE -> os.addAll(outcomes.rule(d));
                case NONE -> { }
            }
        }
        for (Measure m : ms) {
            outcomes.progress(m).ifPresent(os::add);
        }
        return new Extraction(List.copyOf(raised), List.copyOf(ms), List.copyOf(os), List.copyOf(commitments));
    }

    /** Every text, for the term statistics of similarity. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        raised.forEach(r -> texts.add(r.text()));
        measures.forEach(m -> texts.add(m.problemText() + " " + m.text()));
        outcomes.forEach(o -> texts.add(o.text()));
        return texts;
    }
}
