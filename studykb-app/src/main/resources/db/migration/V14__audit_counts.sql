-- Repeated failures (issue 11): a failed login is counted in the row of its address and target for the
-- current minute (how many times, and when last) instead of a row each, so a flood cannot fill the trail.

ALTER TABLE audit_event ADD COLUMN repeat_count INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE audit_event ADD COLUMN last_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX audit_event_actor ON audit_event (actor, happened_at);
