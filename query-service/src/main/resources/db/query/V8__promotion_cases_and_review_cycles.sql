-- Promotion cases: the current state of each case (readiness snapshot, evidence and each council
-- member's current stance as JSONB, only ever read whole with the case) and its decision trail, one
-- row per step in the order the case's events were stored (they share the employee's partition).
CREATE TABLE promotion_case (
    case_id           VARCHAR(255) PRIMARY KEY,
    employee_id       VARCHAR(255) NOT NULL,
    nominated_by      VARCHAR(255) NOT NULL,
    framework_id      VARCHAR(64)  NOT NULL,
    framework_version INTEGER      NOT NULL,
    track_id          VARCHAR(64)  NOT NULL,
    from_level        INTEGER      NOT NULL,
    to_level          INTEGER      NOT NULL,
    justification     TEXT         NOT NULL,
    skip_reason       TEXT,
    readiness         JSONB        NOT NULL,
    evidence          JSONB        NOT NULL,
    stances           JSONB        NOT NULL,
    status            VARCHAR(32)  NOT NULL,
    decision          VARCHAR(16),
    rationale         TEXT,
    decided_by        VARCHAR(255),
    decided_at        TIMESTAMP WITH TIME ZONE,
    effective_date    DATE,
    withdrawn_by      VARCHAR(255),
    withdrawal_reason TEXT,
    failure_reason    TEXT,
    nominated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX promotion_case_employee_newest ON promotion_case (employee_id, nominated_at DESC);

CREATE TABLE promotion_step (
    case_id           VARCHAR(255) NOT NULL REFERENCES promotion_case (case_id),
    step_number       INTEGER      NOT NULL,
    event_id          VARCHAR(255) NOT NULL UNIQUE,
    kind              VARCHAR(32)  NOT NULL,
    actor_id          VARCHAR(255),
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    correlation_id    VARCHAR(255),
    reason            TEXT,
    framework_id      VARCHAR(64)  NOT NULL,
    framework_version INTEGER      NOT NULL,
    details           JSONB        NOT NULL,
    PRIMARY KEY (case_id, step_number)
);

-- Review cycles with the deadlines that passed, and the assessments made into each cycle; who is
-- missing what is worked out when asked, from the population and these assessments.
CREATE TABLE review_cycle (
    cycle_id                    VARCHAR(255) PRIMARY KEY,
    name                        VARCHAR(255) NOT NULL,
    framework_id                VARCHAR(64)  NOT NULL,
    population                  JSONB        NOT NULL,
    self_assessment_deadline    DATE         NOT NULL,
    manager_assessment_deadline DATE         NOT NULL,
    calibration_deadline        DATE         NOT NULL,
    phase                       VARCHAR(32)  NOT NULL,
    closed                      BOOLEAN      NOT NULL,
    passed_deadlines            JSONB        NOT NULL,
    opened_by                   VARCHAR(255) NOT NULL,
    opened_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by                   VARCHAR(255),
    closed_at                   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX review_cycle_newest ON review_cycle (opened_at DESC);

CREATE TABLE review_assessment (
    cycle_id      VARCHAR(255) NOT NULL,
    assessment_id VARCHAR(255) NOT NULL,
    employee_id   VARCHAR(255) NOT NULL,
    assessor_role VARCHAR(16)  NOT NULL,
    assessed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cycle_id, assessment_id)
);
CREATE INDEX review_assessment_cycle_role ON review_assessment (cycle_id, assessor_role, employee_id);
