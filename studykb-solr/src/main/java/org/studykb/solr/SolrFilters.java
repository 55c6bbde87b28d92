package org.studykb.solr;

import java.util.Optional;
import java.util.stream.Collectors;

import org.studykb.access.Viewer;
import org.studykb.index.Fields;

/** Filter queries of the Solr backend, each the counterpart of an embedded search's filter. */
final class SolrFilters {
    private SolrFilters() {
    }

    /**
     * What a viewer may see, as {@code search.Visibility} restricts an embedded search: every record but the 内部
     * records none of whose roles the viewer has. Empty when the viewer sees everything.
     */
    static Optional<String> visibility(Viewer viewer) {
        return hidden(viewer).map(hidden -> "*:* -(" + hidden + ")");
    }

    /** The records the viewer may not see: 内部 and allowed to none of their roles. Empty when they see everything. */
    static Optional<String> hidden(Viewer viewer) {
        if (viewer.seesAll()) {
            return Optional.empty();
        }
        String hidden = "+" + Fields.ACCESS + ":" + Fields.ACCESS_INTERNAL;
        if (!viewer.roles().isEmpty()) {
            hidden += " -" + Fields.ACCESS + ":(" + viewer.roles().stream().map(Enum::name)
                    .collect(Collectors.joining(" ")) + ")";
        }
        return Optional.of(hidden);
    }
}
