-- The consumption pipeline keeps its own record of which events were applied (a redelivered ce_id
-- changes nothing); the audit log (audit_event) is the audit package's table, written by its own
-- projection and read by it alone.
CREATE TABLE applied_event (
    event_id VARCHAR(255) PRIMARY KEY
);
INSERT INTO applied_event (event_id) SELECT event_id FROM audit_event;
