package org.studykb.index;

import java.util.List;

/**
 * One document as a catalogue lists it, without its text: what the campaign pages and their timelines show, and who
 * may see it. A value the document lacks is null.
 *
 * @param access the roles allowed to see it when it is 内部; empty when it is public
 */
public record CatalogEntry(String id, String title, String type, String campaign, String phase, String date,
                           List<String> access) {
}
