-- Dashboards and organisation analytics. Every row is keyed by what its event names (employee,
-- assessment, goal, case, cycle, event id) and written by upsert, so a redelivered event changes nothing.
ALTER TABLE employee_view ADD COLUMN offboarded_on DATE;

-- Where a person stands: track and level, since when, and the framework version that was decided under.
CREATE TABLE career_position (
    employee_id       VARCHAR(255) PRIMARY KEY,
    framework_id      VARCHAR(64),
    framework_version INTEGER,
    track_id          VARCHAR(64),
    level             INTEGER      NOT NULL,
    level_since       DATE         NOT NULL,
    offboarded        BOOLEAN      NOT NULL
);
CREATE INDEX career_position_track_level ON career_position (track_id, level);

-- Every rating; the calibrated value lands on the assessment it adjusts.
CREATE TABLE competency_assessment (
    assessment_id          VARCHAR(255) NOT NULL,
    competency_id          VARCHAR(64)  NOT NULL,
    employee_id            VARCHAR(255) NOT NULL,
    assessor_role          VARCHAR(16)  NOT NULL,
    assessor_id            VARCHAR(255) NOT NULL,
    proficiency            INTEGER      NOT NULL,
    calibrated_proficiency INTEGER,
    review_cycle_id        VARCHAR(64),
    framework_id           VARCHAR(64),
    assessed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, competency_id)
);
CREATE INDEX competency_assessment_employee ON competency_assessment (employee_id, assessed_at);
CREATE INDEX competency_assessment_assessor ON competency_assessment (assessor_id);

CREATE TABLE goal_progress (
    employee_id      VARCHAR(255) NOT NULL,
    goal_id          VARCHAR(255) NOT NULL,
    title            VARCHAR(255) NOT NULL,
    due_date         DATE,
    percent_complete INTEGER      NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    PRIMARY KEY (employee_id, goal_id)
);

-- Promotion cases as dashboards and parity analytics need them; the full trail is the audit log.
CREATE TABLE promotion_case_view (
    case_id       VARCHAR(255) PRIMARY KEY,
    employee_id   VARCHAR(255) NOT NULL,
    track_id      VARCHAR(64),
    framework_version INTEGER  NOT NULL,
    from_level    INTEGER      NOT NULL,
    to_level      INTEGER      NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    nominated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    promoted_on   DATE,
    days_in_level INTEGER
);
CREATE INDEX promotion_case_view_employee ON promotion_case_view (employee_id);

CREATE TABLE track_switch (
    event_id      VARCHAR(255) PRIMARY KEY,
    employee_id   VARCHAR(255) NOT NULL,
    framework_id  VARCHAR(64)  NOT NULL,
    from_track_id VARCHAR(64)  NOT NULL,
    to_track_id   VARCHAR(64)  NOT NULL,
    switched_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE review_cycle_view (
    cycle_id     VARCHAR(64) PRIMARY KEY,
    name         VARCHAR(255) NOT NULL,
    everyone     BOOLEAN      NOT NULL,
    manager_ids  JSONB        NOT NULL,
    open         BOOLEAN      NOT NULL
);
