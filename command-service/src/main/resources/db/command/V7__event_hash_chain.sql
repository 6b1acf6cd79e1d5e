-- Tamper evidence: every stored event carries a SHA-256 chained to its aggregate's previous event
-- (sequence - 1), computed by the database itself on insert, so every writer (Axon's storage engine,
-- a bulk load, a future tool) chains the same way without a second round trip. The hash covers the
-- stored bytes — payload and metadata as stored, ciphertext included — so an erasure by destroying
-- a key never breaks a chain, while changing one byte of a stored row does.
--
--   hash = sha256(previous_hash || f(event_identifier) || f(aggregate_identifier) || int8(sequence_number)
--                 || f(type) || f(time_stamp) || f(payload_type) || f(payload_revision) || f(payload) || f(meta_data))
--   f(x) = int4(byte length of x) || x, a missing value as int4(-1); text as UTF-8; ints big-endian;
--   previous_hash = the hash of (aggregate, sequence - 1), nothing for an aggregate's first event.
-- The length prefixes keep two different rows from hashing the same concatenation.

ALTER TABLE domain_event_entry ADD COLUMN previous_hash BYTEA, ADD COLUMN hash BYTEA;

CREATE FUNCTION event_hash_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END
$$;

CREATE FUNCTION event_hash(previous_hash BYTEA, event domain_event_entry) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(coalesce(previous_hash, ''::bytea)
        || event_hash_field(convert_to(event.event_identifier, 'UTF8'))
        || event_hash_field(convert_to(event.aggregate_identifier, 'UTF8'))
        || int8send(event.sequence_number)
        || event_hash_field(convert_to(event.type, 'UTF8'))
        || event_hash_field(convert_to(event.time_stamp, 'UTF8'))
        || event_hash_field(convert_to(event.payload_type, 'UTF8'))
        || event_hash_field(convert_to(event.payload_revision, 'UTF8'))
        || event_hash_field(event.payload)
        || event_hash_field(event.meta_data))
$$;

-- Backfill: each aggregate's events in sequence order, each chained to the one before.
DO $$
DECLARE
    event domain_event_entry;
    previous_aggregate VARCHAR(255);
    previous BYTEA;
    computed BYTEA;
BEGIN
    FOR event IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number LOOP
        IF previous_aggregate IS DISTINCT FROM event.aggregate_identifier THEN
            previous := NULL;
            previous_aggregate := event.aggregate_identifier;
        END IF;
        computed := event_hash(previous, event);
        UPDATE domain_event_entry SET previous_hash = previous, hash = computed WHERE global_index = event.global_index;
        previous := computed;
    END LOOP;
END
$$;

ALTER TABLE domain_event_entry ALTER COLUMN hash SET NOT NULL;

-- VOLATILE (the default): it must see the rows inserted before it in the same statement or transaction
CREATE FUNCTION chain_event_hash() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.previous_hash := (SELECT hash FROM domain_event_entry
                          WHERE aggregate_identifier = NEW.aggregate_identifier
                            AND sequence_number = NEW.sequence_number - 1);
    NEW.hash := event_hash(NEW.previous_hash, NEW);
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_hash_chain BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION chain_event_hash();
