-- Every metadata extension of the CloudEvent (actor, roles, correlation, causation, command, reason,
-- conversation, review cycle), so the audit log answers who, why, where and caused by what.
ALTER TABLE audit_event ADD COLUMN metadata JSONB NOT NULL DEFAULT '{}'::jsonb;
CREATE INDEX audit_event_type_time ON audit_event (event_type, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
