-- Sessions that outlive a change of their account (issue 11): every change that must end a user's sessions
-- (turning the login off or on, a new password, other roles) adds one to session_version. A form login keeps
-- the number it signed in with and is ended on its next request once the store's number differs, also when
-- the change came from another process (the users command) through the shared store.
-- Portable SQL: runs on the embedded H2 store and on PostgreSQL.

ALTER TABLE app_user ADD COLUMN session_version BIGINT DEFAULT 0 NOT NULL;
