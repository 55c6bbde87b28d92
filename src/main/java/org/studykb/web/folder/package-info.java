/**
 * 备课夹 / 材料夹: the pages where a user collects passages and documents from the results and document pages
 * into named folders, orders, notes and groups them, and downloads the folder as a Word outline. Thin controllers
 * over {@code library.Folders}; every form works without JavaScript.
 */
package org.studykb.web.folder;
