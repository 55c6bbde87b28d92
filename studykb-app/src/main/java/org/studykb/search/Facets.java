package org.studykb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.studykb.index.Fields;

/** Counts per facet value (type, phase, campaign, year, unit, tag, keyword) over every document a query matches. */
public final class Facets {
    /** How many values of a facet an answer lists, the most frequent first (public: other backends list as many). */
    public static final int TOP = 50;
    /** Keywords are many per document: the most frequent only. */
    public static final int TOP_KEYWORDS = 15;

    private final FacetsConfig config = new FacetsConfig();
    private IndexReader stateReader;
    private Map<String, DefaultSortedSetDocValuesReaderState> states = Map.of();

    Facets() {
        for (String dim : Fields.FACETS) {
            config.setIndexFieldName(dim, Fields.facetField(dim));
        }
        config.setMultiValued(Fields.TAG, true);
        config.setMultiValued(Fields.KEYWORD, true);
    }

    /** No counts for any facet: the shape of an answer with no result. */
    Map<String, List<SearchResponse.FacetValue>> empty() {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            out.put(dim, List.of());
        }
        return out;
    }

    /** The counts over the matches {@code fc} collected (with the page, in the same pass). */
    Map<String, List<SearchResponse.FacetValue>> count(IndexSearcher searcher, FacetsCollector fc) throws IOException {
        Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
        for (Map.Entry<String, DefaultSortedSetDocValuesReaderState> e : states(searcher.getIndexReader()).entrySet()) {
            List<SearchResponse.FacetValue> values = new ArrayList<>();
            FacetResult result = new SortedSetDocValuesFacetCounts(e.getValue(), fc).getTopChildren(
                    Fields.KEYWORD.equals(e.getKey()) ? TOP_KEYWORDS : TOP, e.getKey());
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new SearchResponse.FacetValue(lv.label, lv.value.longValue()));
                }
            }
            if (Fields.YEAR.equals(e.getKey())) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            out.put(e.getKey(), values);
        }
        for (String dim : Fields.FACETS) {
            out.putIfAbsent(dim, List.of());
        }
        return out;
    }

    /** Reader states are costly to build: one set per reader generation. */
    private synchronized Map<String, DefaultSortedSetDocValuesReaderState> states(IndexReader reader)
            throws IOException {
        if (reader != stateReader) {
            Map<String, DefaultSortedSetDocValuesReaderState> fresh = new LinkedHashMap<>();
            for (String dim : Fields.FACETS) {
                String field = Fields.facetField(dim);
                if (hasField(reader, field)) {
                    fresh.put(dim, new DefaultSortedSetDocValuesReaderState(reader, field, config));
                }
            }
            states = fresh;
            stateReader = reader;
        }
        return states;
    }

    private static boolean hasField(IndexReader reader, String field) {
        return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo(field) != null);
    }
}
