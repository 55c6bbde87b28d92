/**
 * The web front end and JSON API: Spring MVC controllers over the search service. Thin: no Lucene
 * in a controller; one configuration class owns the closeable index objects.
 */
package org.studykb.web;
