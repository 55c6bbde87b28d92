package org.studykb.search;

import java.io.IOException;

/**
 * Opens an index backend other than the embedded one, found by {@link java.util.ServiceLoader}: a module that
 * implements one (studykb-solr) names its factory in {@code META-INF/services/org.studykb.search.BackendFactory}, and
 * the product finds it when the module's jar is on the class path ({@code -Dloader.path}).
 */
public interface BackendFactory {

    /** The name the settings give ({@code studykb.backend}, {@code --backend}). */
    String name();

    /** The backend the settings describe; the caller closes it. */
    SearchBackend open(BackendSettings settings) throws IOException;
}
