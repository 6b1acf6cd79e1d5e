package io.careerledger.command.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import io.careerledger.command.fuzz.ApiDocument.PostOperation;
import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;

/**
 * Real records for one endpoint's fuzzing: a published framework with a pending version, a
 * person on the expert track with an assessment, a goal and a rotation, a conversation, a promotion
 * case and a review cycle. Each endpoint gets its own, so a bad request that was accepted (say, an
 * offboarding) can't keep the next endpoint's requests from reaching its handler.
 */
final class FuzzFixture {

    static final String MILESTONE = "expert-reference";
    private static final Pattern UUID_TEXT = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final String frameworkId;
    final String employeeId = UUID.randomUUID().toString();
    final String managerId = UUID.randomUUID().toString();
    final String goalId = UUID.randomUUID().toString();
    final String assessmentId = UUID.randomUUID().toString();
    final String assignmentId = UUID.randomUUID().toString();
    final String conversationId = UUID.randomUUID().toString();
    final String caseId = UUID.randomUUID().toString();
    final String cycleId = UUID.randomUUID().toString();
    final String roundId = UUID.randomUUID().toString();
    final String answerId = UUID.randomUUID().toString();
    /** invited to the feedback round: the first answered in the fixture, the fuzzer answers as the second */
    private final String firstPeerId = UUID.randomUUID().toString();
    private final String secondPeerId = UUID.randomUUID().toString();
    private final String hrId;
    private final String councilId;
    private final String hr;
    private final String council;
    private final String employee;
    private final String manager;
    private final String secondPeer;
    private final String admin;
    private final String sampleDocument;
    private String pendingVersion;

    private FuzzFixture(ApiClient api, String tag) {
        frameworkId = "fuzz-" + tag;
        hrId = "hr-fuzz-" + tag;
        councilId = "council-fuzz-" + tag;
        hr = api.token(hrId, "HR");
        council = api.token(councilId, "COUNCIL");
        employee = api.token(employeeId, "EMPLOYEE");
        manager = api.token(managerId, "MANAGER");
        secondPeer = api.token(secondPeerId, "EMPLOYEE");
        admin = api.token(hrId, "ADMIN");
        sampleDocument = api.get("/api/frameworks/samples/three-track", hr).body();
    }

    static FuzzFixture create(ApiClient api, String tag) {
        FuzzFixture fixture = new FuzzFixture(api, tag);
        fixture.record(api);
        return fixture;
    }

    private void record(ApiClient api) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        expect(api.publishThreeTrack(frameworkId, hr), 201);
        Response pending = api.postYaml("/api/frameworks/proposals?rationale=Pending", hr, frameworkDocument(frameworkId));
        expect(pending, 201);
        pendingVersion = JsonMapper.shared().readTree(pending.body()).path("version").asString();
        expect(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Ada Lovelace", "email": "ada@example.org", "managerId": "%s",
                 "frameworkId": "%s", "level": 3, "hireDate": "2024-02-01"}""".formatted(employeeId, managerId, frameworkId)), 201);
        expect(api.post(employeePath("/track"), employee, """
                {"trackId": "expert", "reason": "Strengths", "agreedBy": "%s"}""".formatted(managerId)), 200);
        expect(api.post(employeePath("/assessments"), manager, """
                {"assessmentId": "%s", "competencyId": "craft", "assessorRole": "MANAGER", "proficiency": 4}""".formatted(assessmentId)), 200);
        expect(api.post(employeePath("/goals"), employee, """
                {"goalId": "%s", "title": "Run the guild", "measure": "Six sessions", "dueDate": "%s"}"""
                .formatted(goalId, today.plusMonths(6))), 200);
        expect(api.post(employeePath("/assignments"), manager, """
                {"assignmentId": "%s", "kind": "ROTATION", "targetTeam": "Payments", "startDate": "%s", "endDate": "%s"}"""
                .formatted(assignmentId, today.plusDays(5), today.plusDays(90))), 200);
        expect(api.post("/api/conversations", manager, """
                {"conversationId": "%s", "employeeId": "%s", "kind": "CAREER_PLANNING", "scheduledFor": "%s"}"""
                .formatted(conversationId, employeeId, OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.SECONDS))), 201);
        expect(api.post("/api/promotion-cases", manager, """
                {"caseId": "%s", "employeeId": "%s", "targetLevel": 4, "justification": "Reference for payments"}"""
                .formatted(caseId, employeeId)), 201);
        expect(api.post("/api/review-cycles", hr, """
                {"cycleId": "%s", "name": "Fuzz", "frameworkId": "%s", "population": {"everyone": true},
                 "selfAssessmentDeadline": "%s", "managerAssessmentDeadline": "%s", "calibrationDeadline": "%s"}"""
                .formatted(cycleId, frameworkId, today.plusDays(10), today.plusDays(20), today.plusDays(30))), 201);
        expect(api.post("/api/feedback-rounds", manager, """
                {"roundId": "%s", "employeeId": "%s", "competencyIds": ["craft"], "invitees": [{"personId": "%s", "relation": "PEER"},
                 {"personId": "%s", "relation": "PEER"}, {"personId": "%s", "relation": "PEER"}]}"""
                .formatted(roundId, employeeId, firstPeerId, secondPeerId, UUID.randomUUID())), 201);
        expect(api.post("/api/feedback-rounds/" + roundId + "/answers", api.token(firstPeerId, "EMPLOYEE"), """
                {"answerId": "%s", "ratings": [{"competencyId": "craft", "rating": 4}]}""".formatted(answerId)), 204);
    }

    private static void expect(Response response, int status) {
        assertThat(response.status()).as("fixture step answered %s", response.body()).isEqualTo(status);
    }

    private String employeePath(String step) {
        return "/api/employees/" + employeeId + step;
    }

    /** The subjects of the tokens the fuzzer sends with: an event carrying one of them came from a fuzz request. */
    Set<String> actorIds() {
        return Set.of(hrId, councilId, employeeId, managerId, secondPeerId);
    }

    /**
     * Who may send to the endpoint, so requests get past authorisation to the handler. Unknown
     * endpoints go as HR, the widest role.
     */
    String tokenFor(String path) {
        if (path.equals("/dev/tokens")) {
            return null;
        }
        if (path.startsWith("/api/admin/")) {
            return admin;
        }
        if (path.startsWith("/api/feedback-rounds")) {
            return path.endsWith("/answers") ? secondPeer : path.endsWith("/author-reveal") ? hr : manager;
        }
        if (path.equals("/api/employees") || path.endsWith("/manager") || path.endsWith("/offboarding")
                || path.endsWith("/erasure") || path.contains("/legal-hold")) {
            return hr;
        }
        if (path.endsWith("/calibration") || path.startsWith("/api/frameworks/{frameworkId}/versions")
                || path.endsWith("/feedback") || path.endsWith("/decision")) {
            return council;
        }
        if (path.endsWith("/acknowledgement")) {
            return employee;
        }
        if (path.startsWith("/api/employees/{employeeId}/assignments") || path.endsWith("/verification")
                || path.endsWith("/assessments") || path.startsWith("/api/conversations") || path.startsWith("/api/promotion-cases")) {
            return manager;
        }
        return path.startsWith("/api/employees/") ? employee : hr;
    }

    /** A real value for a path parameter, so the request reaches the record. */
    String pathValue(String parameter, PostOperation operation) {
        String value = switch (parameter) {
            case "employeeId" -> employeeId;
            case "goalId" -> goalId;
            case "assessmentId" -> assessmentId;
            case "assignmentId" -> assignmentId;
            case "milestoneId" -> MILESTONE;
            case "conversationId" -> conversationId;
            case "caseId" -> caseId;
            case "cycleId" -> cycleId;
            case "frameworkId" -> frameworkId;
            case "version" -> pendingVersion;
            case "trackId" -> "entrepreneur";
            case "roundId" -> roundId;
            case "answerId" -> answerId;
            default -> null;
        };
        if (value == null) {
            throw new AssertionError("No real value for path parameter {" + parameter + "} of " + operation
                    + ": add one to FuzzFixture.pathValue");
        }
        return value;
    }

    /** Records of every kind, by kind: what a colliding id is taken from. */
    Map<String, String> recordIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("employee", employeeId);
        ids.put("conversation", conversationId);
        ids.put("promotion case", caseId);
        ids.put("review cycle", cycleId);
        ids.put("goal", goalId);
        ids.put("assessment", assessmentId);
        ids.put("assignment", assignmentId);
        ids.put("feedback round", roundId);
        return ids;
    }

    /** The three-track sample under another id, as a proposal body. */
    String frameworkDocument(String id) {
        return sampleDocument.replaceFirst("(?m)^id: .*$", "id: " + id);
    }

    /**
     * A body the endpoint accepts, or refuses only for a business rule: the documented example (or
     * one made from the schema) with this fixture's records for references, fresh ids for what the
     * request creates and dates in the future. Every fuzz request is a mutation of one of these.
     */
    JsonNode validBody(PostOperation operation, ApiDocument document, Random random) {
        if (operation.mediaType() == null) {
            return null;
        }
        if (!operation.takesJson()) {
            return YAMLMapper.shared().readTree(frameworkDocument("fuzz-" + Long.toHexString(random.nextLong() >>> 1)));
        }
        JsonNode schema = operation.bodySchema();
        JsonNode example = schema.path("example");
        JsonNode body = example.isObject() ? example.deepCopy() : synthesise(schema, document);
        boolean creates = operation.in("path").isEmpty();
        return substitute(null, body, schema, document, creates, new int[2]);
    }

    private JsonNode substitute(String name, JsonNode value, JsonNode schema, ApiDocument document, boolean creates, int[] seen) {
        JsonNode resolved = document.resolve(schema);
        if (value.isObject()) {
            ObjectNode object = (ObjectNode) value;
            for (String property : List.copyOf(object.propertyNames())) {
                object.set(property, substitute(property, object.get(property), resolved.path("properties").path(property), document, creates, seen));
            }
            for (JsonNode required : resolved.path("required")) {
                if (!object.has(required.asString())) {
                    object.set(required.asString(), synthesise(resolved.path("properties").path(required.asString()), document));
                }
            }
            return object;
        }
        if (value.isArray()) {
            JsonNode known = known(name);
            if (known != null) {
                return known;
            }
            ArrayNode array = NODES.arrayNode();
            value.forEach(element -> array.add(substitute(name, element, resolved.path("items"), document, creates, seen)));
            return array;
        }
        String format = resolved.path("format").asString("");
        if (value.isString() && UUID_TEXT.matcher(value.asString()).matches()) {
            // what a creating request is about is the first id in its body; it's new each time
            boolean own = creates && seen[0]++ == 0;
            String reference = own ? null : reference(name);
            return NODES.stringNode(reference == null ? UUID.randomUUID().toString() : reference);
        }
        if (format.equals("date") && !"hireDate".equals(name)) {
            return NODES.stringNode(LocalDate.now(ZoneOffset.UTC).plusDays(10L * ++seen[1]).toString());
        }
        if (format.equals("date-time")) {
            return NODES.stringNode(OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.SECONDS).toString());
        }
        JsonNode known = known(name);
        return known == null ? value : known;
    }

    /** A record of this fixture that a body property of that name refers to. */
    private String reference(String name) {
        return switch (name == null ? "" : name) {
            case "employeeId", "ownerId" -> employeeId;
            case "managerId", "agreedBy" -> managerId;
            case "conversationId" -> conversationId;
            case "reviewCycleId", "cycleId" -> cycleId;
            case "caseId" -> caseId;
            default -> null;
        };
    }

    /** Values that fit this fixture for properties whose examples name other records. */
    private JsonNode known(String name) {
        return switch (name == null ? "" : name) {
            case "frameworkId" -> NODES.stringNode(frameworkId);
            case "trackId", "targetTrackId" -> NODES.stringNode("entrepreneur");
            case "successorTrackId" -> NODES.stringNode("expert");
            case "competencyId" -> NODES.stringNode("craft");
            case "milestoneId" -> NODES.stringNode(MILESTONE);
            case "reviewCycleId" -> NODES.stringNode(cycleId);
            case "level" -> NODES.numberNode(3);
            case "targetLevel" -> NODES.numberNode(4);
            case "roles" -> NODES.arrayNode().add("EMPLOYEE");
            default -> null;
        };
    }

    /** A plausible value from the schema alone, for bodies without an example. */
    private JsonNode synthesise(JsonNode schema, ApiDocument document) {
        JsonNode resolved = document.resolve(schema);
        if (resolved.has("enum")) {
            return resolved.path("enum").get(0);
        }
        return switch (resolved.path("type").asString("object")) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                resolved.path("properties").properties().forEach(property -> object.set(property.getKey(),
                        synthesise(property.getValue(), document)));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(synthesise(resolved.path("items"), document));
            case "integer", "number" -> NODES.numberNode(Math.max(1, resolved.path("minimum").asInt(1)));
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (resolved.path("format").asString("")) {
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                case "date" -> NODES.stringNode(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
                case "date-time" -> NODES.stringNode(OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.SECONDS).toString());
                case "email" -> NODES.stringNode("fuzz@example.org");
                default -> NODES.stringNode("Fuzz");
            };
        };
    }
}
