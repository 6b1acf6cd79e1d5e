-- Events the consumer could not apply after its retries: kept with the error until HR re-drives them.
-- While an employee has a parked event, their views are flagged stale.
CREATE TABLE parked_event (
    event_id     VARCHAR(255) PRIMARY KEY,
    event_type   VARCHAR(255),
    subject      VARCHAR(255),
    source       VARCHAR(255),
    occurred_at  TIMESTAMP WITH TIME ZONE,
    extensions   JSONB        NOT NULL,
    data         TEXT,
    topic        VARCHAR(255) NOT NULL,
    kafka_partition INTEGER   NOT NULL,
    kafka_offset BIGINT       NOT NULL,
    error        TEXT         NOT NULL,
    parked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    redrive_attempts INTEGER  NOT NULL DEFAULT 0
);
CREATE INDEX parked_event_subject ON parked_event (subject);
