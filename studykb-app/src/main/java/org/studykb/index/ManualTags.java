package org.studykb.index;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.studykb.ingest.IngestedDocument;
import org.studykb.ingest.Provenance;
import org.studykb.ingest.Tagged;

/**
 * Puts the values a person set over the inferred ones, keeping why in words: who, when and what was inferred. Public
 * for every backend's records (the embedded {@link DocumentMapper}, studykb-solr's blocks).
 */
public final class ManualTags {
    public static final String SOURCE = "manual";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ManualTags() {
    }

    public static Tagged<String> apply(String field, Tagged<String> inferred, ManualValues manual) {
        Optional<ManualValues.Manual> set = manual.single(field);
        if (set.isEmpty() || set.get().value().isBlank()) {
            return inferred;
        }
        ManualValues.Manual m = set.get();
        String was = inferred.value()
                .map(v -> "原推断为「" + v + "」（" + inferred.provenance().describe() + "）")
                .orElse("原先未能推断");
        String evidence = m.who() + " 于 " + WHEN.format(m.when()) + " 人工设定；" + was;
        return Tagged.of(m.value().strip(), new Provenance(SOURCE, "", evidence));
    }

    /**
     * The values a document's records carry: each inferred value under the one a person set, and the roles its access
     * rule admits.
     *
     * @param access      the access rule (roles, comma-separated) with why: the person's, or the inferred one
     * @param accessRoles the roles that rule admits; none when everybody may read the document
     */
    public record Effective(Tagged<String> type, Tagged<String> phase, Tagged<String> campaign, List<String> tags,
                            Tagged<String> access, List<String> accessRoles) {
    }

    /** What a document's records carry, every backend alike. */
    public static Effective effective(IngestedDocument doc, ManualValues manual) {
        Tagged<String> access = manual.access().isEmpty() ? doc.access()
                : Tagged.of(String.join(",", manual.access()), new Provenance(SOURCE, "", ""));
        return new Effective(apply(Fields.TYPE, doc.type(), manual), apply(Fields.PHASE, doc.phase(), manual),
                apply(Fields.CAMPAIGN, doc.campaign(), manual), tags(manual), access,
                access.value().map(ManualValues::accessRoles).orElse(List.of()));
    }

    /** Tags, stripped, without blanks and duplicates, in the order they were set. */
    public static List<String> tags(ManualValues manual) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String t : manual.tags()) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        return List.copyOf(tags);
    }
}
