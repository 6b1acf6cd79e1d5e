-- Every event received from career.events.v1, with its CloudEvents attributes: the audit log, and
-- the record that an event was applied (a redelivered ce_id is recognised and changes nothing).
CREATE TABLE audit_event (
    event_id           VARCHAR(255) PRIMARY KEY,
    event_type         VARCHAR(255) NOT NULL,
    subject            VARCHAR(255) NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    aggregate_sequence BIGINT,
    actor_id           VARCHAR(255),
    correlation_id     VARCHAR(255),
    payload            JSONB        NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_event_subject_time ON audit_event (subject, occurred_at);
CREATE INDEX audit_event_actor_time ON audit_event (actor_id, occurred_at);

CREATE TABLE employee_view (
    employee_id   VARCHAR(255) PRIMARY KEY,
    full_name     VARCHAR(255) NOT NULL,
    email         VARCHAR(255) NOT NULL,
    manager_id    VARCHAR(255),
    level         INTEGER      NOT NULL,
    hire_date     DATE         NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX employee_view_manager ON employee_view (manager_id);
