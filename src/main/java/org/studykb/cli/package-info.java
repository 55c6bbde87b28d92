/**
 * The command line: {@code serve}, {@code index}, {@code search}. Thin: each command parses its
 * options, calls one service and prints the result; exit codes follow DESIGN.md.
 */
package org.studykb.cli;
