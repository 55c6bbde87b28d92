package org.studykb.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 人工设定的值: the type, phase and campaign a person set on one document, its free tags, and who may see it
 * (内部, {@link Fields#ACCESS}: role names joined by commas; none is public). They win over inferred values at
 * every index run, so re-indexing or rebuilding the index keeps them.
 *
 * @param values every manual value; type, phase, campaign and access at most once each, tags any number of times
 */
public record ManualValues(List<Manual> values) {
    /** The fields a person may set. */
    public static final List<String> FIELDS = List.of(Fields.TYPE, Fields.PHASE, Fields.CAMPAIGN, Fields.TAG,
            Fields.ACCESS);

    public static final ManualValues NONE = new ManualValues(List.of());

    /** One value set by a person: which field, what, who and when. */
    public record Manual(String field, String value, String who, Instant when) {
        public Manual {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(when, "when");
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("不能人工设定的字段：" + field);
            }
        }
    }

    public ManualValues {
        values = List.copyOf(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The manual type, phase or campaign. */
    public Optional<Manual> single(String field) {
        return values.stream().filter(m -> m.field().equals(field)).findFirst();
    }

    /** The roles allowed to see the document when it is 内部; empty when it is public. */
    public List<String> access() {
        return single(Fields.ACCESS).map(m -> accessRoles(m.value())).orElse(List.of());
    }

    /** {@code LEADER,ADMIN} → [LEADER, ADMIN]: the role names of an access value, without blanks and repeats. */
    public static List<String> accessRoles(String value) {
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(r -> !r.isEmpty()).distinct()
                .toList();
    }

    /** The free tags, in the order they were set. */
    public List<String> tags() {
        return values.stream().filter(m -> m.field().equals(Fields.TAG)).map(Manual::value).toList();
    }

    /**
     * The values without who and when, in a canonical order: stored with the document, so an index run sees
     * that a document's manual values changed and indexes it again although its file did not change.
     */
    public String fingerprint() {
        List<Manual> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(Manual::field).thenComparing(Manual::value));
        StringBuilder sb = new StringBuilder();
        for (Manual m : sorted) {
            sb.append(m.field()).append('=').append(m.value()).append('\n');
        }
        return sb.toString();
    }
}
