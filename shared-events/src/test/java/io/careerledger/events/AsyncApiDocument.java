package io.careerledger.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Renders the AsyncAPI 3 document of the topic from the event catalogue, its schemas and examples. */
final class AsyncApiDocument {

    static final String TOPIC = "career.events.v1";

    /** The command-service's aggregates, as {@code ce_aggregatetype} names them. */
    static final List<String> AGGREGATE_TYPES = List.of("EmployeeCareer", "ProgressionConversation", "PromotionCase",
            "ReviewCycle", "CareerFramework", "FeedbackRound");

    private AsyncApiDocument() {
    }

    static String render(Path contract) throws IOException {
        Map<String, Object> messages = new LinkedHashMap<>();
        Map<String, Object> channelMessages = new LinkedHashMap<>();
        List<Map<String, String>> operationMessages = new java.util.ArrayList<>();
        for (Class<? extends CareerEvent> event : EventTypes.ALL) {
            String name = event.getSimpleName();
            int revision = EventTypes.revisionOf(event);
            Path example = ContractTest.exampleOf(name, revision);
            Object payloadExample = Files.exists(example) ? JsonMapper.builder().build().readValue(example.toFile(), Object.class) : Map.of();
            messages.put(name, ordered(
                    "name", name,
                    "title", name + " (revision " + revision + ")",
                    "description", personalFieldsNote(event),
                    "contentType", "application/json",
                    "headers", ordered("allOf", List.of(
                            Map.of("$ref", "#/components/schemas/CloudEventHeaders"),
                            ordered("type", "object", "properties", Map.of("ce_type", Map.of("const", EventTypes.typeOf(event)))))),
                    "payload", Map.of("$ref", "./schemas/" + name + ".v" + revision + ".schema.json"),
                    "bindings", Map.of("kafka", ordered("key", ordered("type", "string",
                            "description", "the employee id (framework events: the framework id)"))),
                    "examples", List.of(ordered(
                            "name", name,
                            "headers", ordered("ce_specversion", "1.0", "ce_id", "6f1d8e4a-0c1b-4c39-9a55-8d1a2b3c4d5e",
                                    "ce_source", "urn:careerledger:command-service", "ce_type", EventTypes.typeOf(event),
                                    "ce_subject", "213d9fab-41dd-396b-8399-8f7f18091e2c", "ce_time", "2026-11-23T09:30:00Z",
                                    "content-type", "application/json", "ce_aggregatetype", aggregateTypeOf(event),
                                    "ce_aggregateid", keyedByItsAggregate(event) ? "213d9fab-41dd-396b-8399-8f7f18091e2c"
                                            : "9c4b2a1e-7d3f-4e8a-b5c6-0f1e2d3c4b5a", "ce_aggregatesequence", "0",
                                    "ce_eventposition", "42",
                                    "ce_eventhash", "9f2c4e1a7b3d5f6081a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708",
                                    "ce_actorid", "hr-1", "ce_correlationid", "2b7e1c0a-5d4f-4e3a-8b2c-1a0f9e8d7c6b"),
                            "payload", payloadExample))));
            channelMessages.put(name, Map.of("$ref", "#/components/messages/" + name));
            operationMessages.add(Map.of("$ref", "#/channels/careerEvents/messages/" + name));
        }
        Map<String, Object> document = ordered(
                "asyncapi", "3.0.0",
                "info", ordered("title", "Career Ledger events", "version", "1",
                        "description", "Every event of Career Ledger, in the order the event store holds it per key. "
                                + "Records are CloudEvents 1.0 in Kafka binary mode: attributes in ce_* headers, "
                                + "the body is the event's JSON. Each event is published once; deduplicate on ce_id all the same (a consumer "
                                + "may read a record twice). One key carries "
                                + "several aggregates (a person's career, conversations and promotion cases): per "
                                + "(ce_aggregatetype, ce_aggregateid) ce_aggregatesequence runs 0, 1, 2, ... in topic order, "
                                + "so a gap or a step back shows a lost or reordered event. ce_eventhash chains each event to its "
                                + "aggregate's previous one (ce_previouseventhash), as the event store does: a consumer can check "
                                + "the links (each ce_previouseventhash equals the ce_eventhash it received last for that aggregate), "
                                + "but cannot recompute a ce_eventhash from the record, because the hash covers the stored metadata "
                                + "bytes, which are not published; GET /api/audit/verify on the command-service (HR) recomputes the chains. "
                                + "Personal data: the fields marked \"x-personal-data\": true in the payload schemas hold "
                                + "AES-256-GCM ciphertext under the data key of the event's subject, as "
                                + "pd1:<key id>:<base64url(12-byte nonce, ciphertext, 16-byte tag)> with the key id as associated "
                                + "data (a list: one ciphertext per item); io.careerledger.events.PersonalDataCipher decrypts it. "
                                + "An authorised consumer fetches the key with GET /api/personal-data-keys/{keyId} on the "
                                + "command-service (a token with the role PERSONAL_DATA_KEYS); 410 means the person's data was "
                                + "erased: read the field as \"[erased]\" and drop every copy of the person's keys on PersonalDataErased."),
                "defaultContentType", "application/json",
                "servers", Map.of("local", ordered("host", "localhost:9092", "protocol", "kafka")),
                "channels", Map.of("careerEvents", ordered("address", TOPIC, "messages", channelMessages)),
                "operations", Map.of("consumeCareerEvents", ordered("action", "receive",
                        "channel", Map.of("$ref", "#/channels/careerEvents"), "messages", operationMessages)),
                "components", ordered(
                        "messages", messages,
                        "schemas", Map.of("CloudEventHeaders", cloudEventHeaders())));
        return YAMLMapper.builder().build().writeValueAsString(document).replaceFirst("^---\\s*\\n", "");
    }

    private static Map<String, Object> cloudEventHeaders() {
        return ordered(
                "type", "object",
                "required", List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time", "content-type",
                        "ce_aggregatetype", "ce_aggregateid", "ce_aggregatesequence", "ce_eventposition", "ce_eventhash"),
                "properties", ordered(
                        "ce_specversion", Map.of("const", "1.0"),
                        "ce_id", ordered("type", "string", "description", "the event id: deduplicate on it"),
                        "ce_source", ordered("type", "string", "format", "uri-reference"),
                        "ce_type", ordered("type", "string", "description", "io.careerledger.<EventName>.v<revision>"),
                        "ce_subject", ordered("type", "string", "description", "the employee id (framework events: the framework id)"),
                        "ce_time", ordered("type", "string", "format", "date-time"),
                        "content-type", Map.of("const", "application/json"),
                        "ce_aggregatetype", ordered("type", "string", "enum", AGGREGATE_TYPES,
                                "description", "the kind of record the event belongs to; one key (the employee id) carries "
                                        + "a person's career, their conversations, promotion cases and feedback rounds"),
                        "ce_aggregateid", ordered("type", "string", "description",
                                "the id of that record: the employee id for a career, else the conversation, case, cycle, feedback round or framework id"),
                        "ce_aggregatesequence", ordered("type", "string", "description", "position of the event in its aggregate's "
                                + "history: per (ce_aggregatetype, ce_aggregateid) 0, 1, 2, ... without gaps, in topic order"),
                        "ce_eventposition", ordered("type", "string", "pattern", "^[0-9]+$", "description",
                                "the event's global index in the event store; per partition it increases in topic order "
                                + "(the publisher reads it back from each partition's last record to send every event once)"),
                        "ce_eventhash", ordered("type", "string", "pattern", "^[0-9a-f]{64}$", "description",
                                "SHA-256 (hex) of the stored event chained to its aggregate's previous one: sha256(previous hash"
                                + " || f(event id) || f(aggregate id) || int8(sequence) || f(aggregate type) || f(stored timestamp)"
                                + " || f(payload type) || f(payload revision) || f(stored payload) || f(stored metadata)), f(x) ="
                                + " int4(byte length) || bytes (missing: int4(-1)), text UTF-8, integers big-endian. Over the"
                                + " stored bytes: an erasure (a destroyed key) never breaks it, an edited row does. The stored"
                                + " metadata is not published: consumers check the links, the event store recomputes the hash"),
                        "ce_previouseventhash", ordered("type", "string", "pattern", "^[0-9a-f]{64}$", "description",
                                "ce_eventhash of the same aggregate's event at ce_aggregatesequence - 1; absent on its first event"),
                        "ce_actorid", ordered("type", "string", "description", "the authenticated subject who caused the event;"
                                + " on FeedbackGiven the anonymous author: withhold it (and ce_actorroles) from everyone"),
                        "ce_actorroles", ordered("type", "string", "description", "the actor's roles, comma-separated"),
                        "ce_correlationid", ordered("type", "string", "description", "the id shared by every message one request caused"),
                        "ce_causationid", ordered("type", "string", "description", "the id of the message (command) that caused this event"),
                        "ce_commandid", ordered("type", "string", "description", "the id of the command that was handled"),
                        "ce_reason", ordered("type", "string", "description", "the reason given with the command, when it has one"),
                        "ce_conversationid", ordered("type", "string", "description", "the progression conversation it happened in, when there is one"),
                        "ce_reviewcycleid", ordered("type", "string", "description", "the review cycle it happened in, when there is one")));
    }

    private static String personalFieldsNote(Class<? extends CareerEvent> event) {
        List<String> fields = PersonalDataCipher.personalFieldsOf(event.asSubclass(Record.class));
        return fields.isEmpty() ? "No personal fields."
                : "Personal fields, encrypted under the subject's data key: " + String.join(", ", fields) + ".";
    }

    /** Which aggregate records an event, for the examples: a promotion is applied on the person's career. */
    private static String aggregateTypeOf(Class<? extends CareerEvent> event) {
        String name = event.getSimpleName();
        if (name.startsWith("Conversation")) {
            return "ProgressionConversation";
        }
        if (name.startsWith("Promotion") && event != PromotionApplied.class) {
            return "PromotionCase";
        }
        if (name.startsWith("ReviewCycle")) {
            return "ReviewCycle";
        }
        if (name.startsWith("Feedback")) {
            return "FeedbackRound";
        }
        if (name.startsWith("Framework") || event == TrackRetirementScheduled.class) {
            return "CareerFramework";
        }
        return "EmployeeCareer";
    }

    /** A career's or a framework's id is the record key; a conversation, case or cycle has an id of its own. */
    private static boolean keyedByItsAggregate(Class<? extends CareerEvent> event) {
        return List.of("EmployeeCareer", "CareerFramework").contains(aggregateTypeOf(event));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
