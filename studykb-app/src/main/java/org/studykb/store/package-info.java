/**
 * The store: what people enter (manual type, phase and campaign, free tags), uploads, users and roles, and
 * the audit trail, in an embedded H2 database under {@code <data>/store} or PostgreSQL by configuration.
 * Schema changes are Flyway migrations in {@code db/migration}; classes here are plain JDBC over a DataSource.
 */
package org.studykb.store;
