-- 内部文档：人工设定哪些角色可以看到一篇文档，与类型、阶段、活动同存于 manual_value（field_name = 'access'），
-- val 为角色名，以逗号分隔（如 LEADER,ADMIN；管理员总在其中）。没有这一行的文档是公开的。
-- Portable SQL: runs on the embedded H2 store and on PostgreSQL.

ALTER TABLE manual_value DROP CONSTRAINT manual_value_field;
ALTER TABLE manual_value ADD CONSTRAINT manual_value_field
    CHECK (field_name IN ('type', 'phase', 'campaign', 'access'));
