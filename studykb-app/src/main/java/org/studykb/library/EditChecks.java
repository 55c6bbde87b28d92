package org.studykb.library;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.studykb.index.Fields;
import org.studykb.ingest.Vocabulary;
import org.studykb.store.ManualEdit;

/**
 * Whether an edit keeps a document's values consistent, before anything is written: a type and a campaign are ones
 * {@code indexer/} configures (or already in use), and a phase belongs to the document's campaign as it will be
 * after the edit. A refusal is an {@link IllegalArgumentException} whose message says what is wrong and what may be
 * chosen, in Chinese.
 */
public final class EditChecks {
    private final Vocabulary vocabulary;

    public EditChecks(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Checks {@code edit} on a document whose current campaign and phase are given (null for none, or for a new
     * upload); {@code inUse} holds the values the index already has per field ({@link Fields#TYPE}, …).
     */
    public void check(ManualEdit edit, String currentCampaign, String currentPhase, Map<String, List<String>> inUse) {
        if (set(edit.type()) && !vocabulary.types().contains(edit.type())
                && !inUse.getOrDefault(Fields.TYPE, List.of()).contains(edit.type())) {
            throw new IllegalArgumentException("没有「" + edit.type() + "」这个类型，请从列表中选择");
        }
        if (set(edit.campaign()) && !vocabulary.phases().containsKey(edit.campaign())
                && !inUse.getOrDefault(Fields.CAMPAIGN, List.of()).contains(edit.campaign())) {
            throw new IllegalArgumentException("没有「" + edit.campaign() + "」这个活动；可选：" + joined(vocabulary.campaigns()));
        }
        if (edit.phase() == null && edit.campaign() == null) {
            return;
        }
        String campaign = edit.campaign() != null ? edit.campaign() : currentCampaign;
        String phase = edit.phase() != null ? edit.phase() : currentPhase;
        if (!set(phase)) {
            return;
        }
        List<String> phases = set(campaign) ? vocabulary.phases().get(campaign) : null;
        if (phases != null && !phases.contains(phase)) {
            throw new IllegalArgumentException("阶段「" + phase + "」不属于活动「" + campaign + "」；该活动的阶段："
                    + joined(phases));
        }
        if (phases == null && !vocabulary.allPhases().contains(phase)
                && !inUse.getOrDefault(Fields.PHASE, List.of()).contains(phase)) {
            throw new IllegalArgumentException("没有「" + phase + "」这个阶段，请先选活动，再从它的阶段中选择");
        }
    }

    /**
     * What a form offers: the configured campaigns (then those only in use), each with its phases, and the types. A
     * campaign or phase the form must show again (the current value, or what the user chose on a refused form) is
     * offered too: a campaign nobody configured at the end of the list, a phase outside the campaign's own list
     * among the loose phases.
     */
    public Choices choices(Map<String, List<String>> inUse, String phase, String campaign) {
        java.util.LinkedHashSet<String> campaigns = new java.util.LinkedHashSet<>(vocabulary.campaigns());
        campaigns.addAll(inUse.getOrDefault(Fields.CAMPAIGN, List.of()));
        if (set(campaign)) {
            campaigns.add(campaign);
        }
        java.util.LinkedHashSet<String> types = new java.util.LinkedHashSet<>(vocabulary.types());
        types.addAll(inUse.getOrDefault(Fields.TYPE, List.of()));
        java.util.LinkedHashSet<String> loose = new java.util.LinkedHashSet<>();
        inUse.getOrDefault(Fields.PHASE, List.of()).stream().filter(p -> !vocabulary.allPhases().contains(p))
                .forEach(loose::add);
        List<String> own = set(campaign) ? vocabulary.phases().get(campaign) : null;
        if (set(phase) && (own != null ? !own.contains(phase) : !vocabulary.allPhases().contains(phase))) {
            loose.add(phase);
        }
        return new Choices(List.copyOf(campaigns), vocabulary.phases(), List.copyOf(loose), List.copyOf(types));
    }

    /**
     * The choices of a form.
     *
     * @param phases      each configured campaign's phases: the phase list follows the campaign chosen
     * @param loosePhases phases in use that no configured campaign has
     */
    public record Choices(List<String> campaigns, Map<String, List<String>> phases, List<String> loosePhases,
                          List<String> types) {
    }

    private static boolean set(String value) {
        return value != null && !value.isEmpty();
    }

    private static String joined(Collection<String> values) {
        return values.isEmpty() ? "（无）" : String.join("、", values);
    }
}
