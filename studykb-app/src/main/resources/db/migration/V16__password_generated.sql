-- A password the system generated (users add, users password, the first administrator, 用户管理's new or reset
-- password) must be changed at the first page login (issue 15): pages lead to /account until it is. API tokens
-- and scripts are not stopped by it. Setting a password of one's own on /account clears the flag.
-- Portable SQL: runs on the embedded H2 store and on PostgreSQL.

ALTER TABLE app_user ADD COLUMN password_generated BOOLEAN DEFAULT FALSE NOT NULL;
