-- Wakes the streaming processors (the Kafka publisher, the promotion saga) of every command-service
-- replica as soon as events are committed: NOTIFY is delivered on commit only, and the notifications of
-- one transaction on one channel collapse into one. Without it a caught-up processor re-polls the event
-- table every 500 ms, and an event waits 250 ms on average before it is published.
CREATE FUNCTION notify_events_appended() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('events_appended', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_appended AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION notify_events_appended();
