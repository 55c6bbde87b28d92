/**
 * A document's page and API (passages, citations, related documents, the original file, the edit form) and
 * uploads. Thin controllers over {@code library}.
 */
package org.studykb.web.document;
