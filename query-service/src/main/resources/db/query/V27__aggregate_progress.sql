-- How far each aggregate's events are applied, written in the transaction that applies them (with every
-- read model): a read carrying a Consistency-Token answers once its aggregate is here at the token's
-- sequence or later. Filled from the audit log for the events applied before.
CREATE TABLE aggregate_progress (
    aggregate_id VARCHAR(255) PRIMARY KEY,
    sequence     BIGINT       NOT NULL
);
INSERT INTO aggregate_progress (aggregate_id, sequence)
SELECT metadata ->> 'aggregateid', max(aggregate_sequence) FROM audit_event
WHERE metadata ? 'aggregateid' AND aggregate_sequence IS NOT NULL
GROUP BY metadata ->> 'aggregateid';
