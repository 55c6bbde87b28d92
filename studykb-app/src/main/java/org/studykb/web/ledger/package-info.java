/**
 * The rectification ledger's pages, API and xlsx export, and a problem's page with its chain and history, each
 * as the signed-in reader may see it. Thin controllers over {@code rectify}.
 */
package org.studykb.web.ledger;
