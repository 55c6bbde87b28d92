/**
 * Who is signed in and what they may do: sign-in with the throttle, API tokens, sessions checked against the
 * store, the permission every handler requires ({@link org.studykb.web.security.Requires}), request limits and
 * the first administrator.
 */
package org.studykb.web.security;
