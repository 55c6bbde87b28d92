/**
 * The one reader of the YAML files under {@code indexer/}: strict UTF-8, duplicate and unknown keys refused, and
 * every complaint a {@link org.studykb.config.ConfigException} naming the file and the line. At the bottom of the
 * package graph with {@code access}: it imports nothing of ours.
 */
package org.studykb.config;
