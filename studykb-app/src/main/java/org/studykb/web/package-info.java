/**
 * The web front end and JSON API, one subpackage per feature: {@code search}, {@code document}, {@code ledger},
 * {@code admin}, {@code security}. Here: the application, its typed settings, the wiring of the store and the
 * {@code library} services, and the error pages and messages every feature shares. Controllers are thin: they
 * call one service and map the result; every handler carries {@link org.studykb.web.security.Requires}.
 */
package org.studykb.web;
