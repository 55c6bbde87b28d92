/**
 * Who may do what: the roles and their permissions, and the {@link org.studykb.access.Viewer} every search,
 * document page and ledger view is restricted by. The bottom of the package graph: it imports nothing of ours.
 */
package org.studykb.access;
