-- 每条链接决定记下它在审计记录里的那一行：问题的历史按读者能看到的措施、成效的编号筛选，而不是按文字。
-- 旧的决定：与它同一问题、同一人、在它之后最早的那条链接审计记录（两者在同一次操作中先后写入）。

ALTER TABLE rectify_link_decision ADD COLUMN audit_id BIGINT;

UPDATE rectify_link_decision d SET audit_id = (
    SELECT MIN(e.id) FROM audit_event e
    WHERE e.target = CONCAT('problem:', d.problem_id)
      AND e.actor = d.decided_by
      AND e.action IN ('CONFIRM_LINK', 'REJECT_LINK', 'UNDO_LINK')
      AND e.happened_at >= d.decided_at);
