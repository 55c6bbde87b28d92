package org.studykb.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.studykb.access.Viewer;
import org.studykb.search.Suggestions;

class MissingPartTest {

    @Test
    void aPartTheBackendGivesIsUsedAsItIs() {
        Suggestions given = (prefix, max, viewer) -> List.of();
        assertThat(MissingPart.of(Suggestions.class, () -> given)).isSameAs(given);
    }

    @Test
    void aPartTheBackendRefusesFailsEachCallWithTheBackendsReasonNotTheStartUp() {
        Suggestions missing = MissingPart.of(Suggestions.class, () -> {
            throw new UnsupportedOperationException("suggestions are not built on the solr backend yet");
        });
        assertThat(missing.toString()).contains("not built on the solr backend");
        assertThat(missing).isEqualTo(missing).hasSameHashCodeAs(missing);
        assertThatThrownBy(() -> missing.suggest("民主", 8, Viewer.OPERATOR))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("suggestions are not built on the solr backend yet");
    }
}
