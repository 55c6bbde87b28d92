/**
 * The user's own collections: 备课夹 / 材料夹, where passages and documents from the results and document pages
 * are gathered into named folders, ordered, noted, grouped and downloaded as a Word outline; and saved searches
 * with their new results. Thin controllers over {@code library}; every form works without JavaScript.
 */
package org.studykb.web.folder;
