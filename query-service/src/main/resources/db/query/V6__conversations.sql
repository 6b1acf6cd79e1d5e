-- Conversation history: every progression conversation of an employee with its notes and agreements.
-- Notes keep their visibility and author; who may read which note is decided when they are served.
CREATE TABLE conversation (
    conversation_id     VARCHAR(255) PRIMARY KEY,
    employee_id         VARCHAR(255) NOT NULL,
    kind                VARCHAR(32)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    scheduled_by        VARCHAR(255) NOT NULL,
    participants        JSONB        NOT NULL,
    scheduled_for       TIMESTAMP WITH TIME ZONE NOT NULL,
    review_cycle_id     VARCHAR(64),
    agenda              TEXT,
    scheduled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    summary             TEXT,
    concluded_by        VARCHAR(255),
    concluded_at        TIMESTAMP WITH TIME ZONE,
    acknowledged        BOOLEAN      NOT NULL,
    acknowledged_at     TIMESTAMP WITH TIME ZONE,
    cancelled_by        VARCHAR(255),
    cancellation_reason TEXT,
    cancelled_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX conversation_employee_newest ON conversation (employee_id, scheduled_for DESC);

CREATE TABLE conversation_note (
    conversation_id  VARCHAR(255) NOT NULL REFERENCES conversation (conversation_id),
    note_id          VARCHAR(255) NOT NULL,
    author           VARCHAR(255) NOT NULL,
    text             TEXT         NOT NULL,
    visibility       VARCHAR(16)  NOT NULL,
    amendment_reason TEXT,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, note_id)
);

CREATE TABLE conversation_agreement (
    conversation_id  VARCHAR(255) NOT NULL REFERENCES conversation (conversation_id),
    agreement_id     VARCHAR(255) NOT NULL,
    recorded_by      VARCHAR(255) NOT NULL,
    description      TEXT         NOT NULL,
    owner_id         VARCHAR(255) NOT NULL,
    due_date         DATE         NOT NULL,
    amendment_reason TEXT,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_id, agreement_id)
);
