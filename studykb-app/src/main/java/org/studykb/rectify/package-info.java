/**
 * Rectification tracing (整改追踪): problems raised in opinion and inspection documents, the
 * measures and outcomes that answer them, suggested links found by search, statuses and the ledger.
 * Everything here is derived from the index plus the people's decisions kept in the store, so a
 * rebuilt index gives the same ledger with the same confirmations.
 */
package org.studykb.rectify;
