-- Anonymous 360° feedback rounds (the feedback package's tables). The answers keep their author for
-- two things only: telling an invitee they answered already, and showing HR an author it revealed
-- with a reason (feedback_reveal); no view shows it otherwise.
CREATE TABLE feedback_round (
    round_id        VARCHAR(64)  PRIMARY KEY,
    employee_id     VARCHAR(64)  NOT NULL,
    opened_by       VARCHAR(255) NOT NULL,
    competency_ids  JSONB        NOT NULL,
    invitees        JSONB        NOT NULL,
    minimum_answers INTEGER      NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    closed_by       VARCHAR(255),
    closed_at       TIMESTAMPTZ
);
CREATE INDEX feedback_round_employee ON feedback_round (employee_id, opened_at);
-- the rounds a person is invited to
CREATE INDEX feedback_round_invitees ON feedback_round USING GIN (invitees jsonb_path_ops);

CREATE TABLE feedback_answer (
    round_id  VARCHAR(64)  NOT NULL REFERENCES feedback_round,
    answer_id VARCHAR(64)  NOT NULL,
    author_id VARCHAR(255) NOT NULL,
    ratings   JSONB        NOT NULL,
    comment   TEXT,
    given_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (round_id, answer_id)
);

CREATE TABLE feedback_reveal (
    event_id    VARCHAR(255) PRIMARY KEY,
    round_id    VARCHAR(64)  NOT NULL REFERENCES feedback_round,
    answer_id   VARCHAR(64)  NOT NULL,
    author_id   VARCHAR(255) NOT NULL,
    revealed_by VARCHAR(255) NOT NULL,
    reason      TEXT         NOT NULL,
    revealed_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX feedback_reveal_round ON feedback_reveal (round_id, revealed_at);
