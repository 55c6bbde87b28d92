/**
 * The command line: {@code serve}, {@code index}, {@code search}. Thin: each command parses its
 * options, calls one service and prints the result; exit codes follow docs/architecture.md.
 */
package org.studykb.cli;
