package io.careerledger.command.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import io.careerledger.command.fuzz.ApiDocument.Parameter;
import io.careerledger.command.fuzz.ApiDocument.PostOperation;

/**
 * Bad requests for one endpoint, each a valid request with one thing broken: a field (missing, null,
 * of the wrong type, at or past its edges, with hostile Unicode, colliding with another record's id),
 * the body as a whole, a header ({@code Content-Type}, {@code Accept}, {@code If-Match}) or a path or
 * query parameter. Seeded: the same seed gives the same requests.
 */
final class BadRequests {

    private static final String RAW = "__fuzz_raw_value__";
    private static final String QUOTED_RAW = "\"" + RAW + "\"";
    private static final Pattern UUID_TEXT = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MEGABYTE = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.shared();

    /** Strings with a hostile code point, as JSON string literals (escapes where UTF-8 can't carry them). */
    private static final Map<String, Function<String, String>> UNICODE = new LinkedHashMap<>();

    static {
        UNICODE.put("NUL", valid -> quote(valid) + "\\u0000\"");
        UNICODE.put("NUL alone", valid -> "\"\\u0000\"");
        UNICODE.put("unpaired high surrogate", valid -> quote(valid) + "\\ud800\"");
        UNICODE.put("unpaired low surrogate", valid -> "\"\\udc00" + quote(valid).substring(1) + "\"");
        UNICODE.put("reversed surrogate pair", valid -> quote(valid) + "\\udc00\\ud800\"");
        UNICODE.put("astral", valid -> quote(valid) + " 𝔄𝔡𝔞 😀🏳️‍🌈\"");
        UNICODE.put("right-to-left override", valid -> "\"\\u202e" + quote(valid).substring(1) + " אדה لوفلايس\"");
        UNICODE.put("zero-width", valid -> "\"\\u200b" + quote(valid).substring(1) + "\\u200d\\u2060\"");
        UNICODE.put("byte order mark", valid -> "\"\\ufeff" + quote(valid).substring(1) + "\"");
        UNICODE.put("noncharacter", valid -> quote(valid) + "\\uffff\\ufffe\"");
        UNICODE.put("combining flood", valid -> quote(valid) + "e" + "\\u0301".repeat(500) + "\"");
        UNICODE.put("control characters", valid -> quote(valid) + "\\u001b[31m\\u0007\\u0008\"");
        UNICODE.put("line separators", valid -> quote(valid) + "\\u2028\\u2029\\r\\n\"");
    }

    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=fuzz", "application/json; charset=UTF-16", "application/json; charset=nonsense",
            "garbage", "application/*", "application/merge-patch+json", "application/yaml", "application/json", "(none)");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "text/csv", "garbage",
            "application/json;q=0", "application/problem+json", "text/event-stream", "application/yaml", "*/*;q=0");
    private static final List<String> IF_MATCHES = List.of("\"99999999999999999999999\"", "99999999999999999999999",
            "\"9223372036854775807\"", "\"9223372036854775808\"", "\"-1\"", "-1", "*", "W/\"0\"", "W/\"99999999999999999999\"",
            "\"1\", \"2\"", "garbage", "\"\"", "\"0\"", "W/", "\"", "\"abc\"", "  \"1\"  ", "\"" + "9".repeat(4000) + "\"",
            "*, \"1\"", "\"0x10\"", "\"1e3\"", "\"+1\"", "\"1.0\"");

    private final PostOperation operation;
    private final FuzzFixture fixture;
    private final ApiDocument document;
    private final Random random;
    private final String token;
    private final Map<String, String> pathValues = new LinkedHashMap<>();

    BadRequests(PostOperation operation, FuzzFixture fixture, ApiDocument document, Random random) {
        this.operation = operation;
        this.fixture = fixture;
        this.document = document;
        this.random = random;
        this.token = fixture.tokenFor(operation.path());
        operation.in("path").forEach(parameter -> pathValues.put(parameter.name(), fixture.pathValue(parameter.name(), operation)));
    }

    /** At least {@code count} requests: every kind that applies to the endpoint once, then a weighted draw. */
    List<FuzzRequest> generate(int count) {
        List<Kind> kinds = List.of(
                new Kind("missing field", 12, this::missingField),
                new Kind("null field", 10, this::nullField),
                new Kind("wrong type", 14, this::wrongType),
                new Kind("1 MB string", 3, this::hugeString),
                new Kind("deep nesting", 3, this::deepNesting),
                new Kind("unicode", 22, this::unicode),
                new Kind("extra field", 8, this::extraField),
                new Kind("colliding id", 12, this::collidingId),
                new Kind("number edge", 8, this::numberEdge),
                new Kind("string edge", 8, this::stringEdge),
                new Kind("enum edge", 5, this::enumEdge),
                new Kind("date edge", 8, this::dateEdge),
                new Kind("uuid edge", 6, this::uuidEdge),
                new Kind("array edge", 5, this::arrayEdge),
                new Kind("body shape", 10, this::bodyShape),
                new Kind("invalid UTF-8", 4, this::invalidUtf8),
                new Kind("Content-Type", 10, this::contentType),
                new Kind("Accept", 10, this::accept),
                new Kind("If-Match", 14, this::ifMatch),
                new Kind("path parameter", 8, this::pathParameter),
                new Kind("query parameter", 4, this::queryParameter));
        List<FuzzRequest> requests = new ArrayList<>();
        List<Kind> applicable = new ArrayList<>();
        for (Kind kind : kinds) {
            FuzzRequest first = kind.make().apply(kind.name());
            if (first != null) {
                requests.add(first);
                applicable.add(kind);
            }
        }
        int totalWeight = applicable.stream().mapToInt(Kind::weight).sum();
        while (requests.size() < count) {
            int draw = random.nextInt(totalWeight);
            for (Kind kind : applicable) {
                draw -= kind.weight();
                if (draw < 0) {
                    FuzzRequest request = kind.make().apply(kind.name());
                    if (request != null) {
                        requests.add(request);
                    }
                    break;
                }
            }
        }
        return requests;
    }

    private record Kind(String name, int weight, Function<String, FuzzRequest> make) {
    }

    // ---- a field of the body broken -------------------------------------------------------------

    /** A property of the valid body, with its schema (missing for YAML documents, which have none). */
    private record Field(List<Object> path, String name, JsonNode schema, JsonNode value) {

        String type() {
            String declared = schema.path("type").asString("");
            if (!declared.isEmpty()) {
                return declared;
            }
            return value.isString() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
                    : value.isBoolean() ? "boolean" : value.isArray() ? "array" : value.isObject() ? "object" : "null";
        }

        /** The declared format, or uuid for a value that is one; none for a value that's absent (null in the example). */
        String format() {
            if (!value.isString()) {
                return "";
            }
            String declared = schema.path("format").asString("");
            return declared.isEmpty() && UUID_TEXT.matcher(value.asString()).matches() ? "uuid" : declared;
        }

        String label() {
            StringBuilder label = new StringBuilder();
            for (Object step : path) {
                label.append(step instanceof Integer index ? "[" + index + "]" : (label.isEmpty() ? "" : ".") + step);
            }
            return label.toString();
        }
    }

    private List<Field> fields(JsonNode body) {
        List<Field> fields = new ArrayList<>();
        collect(body, operation.takesJson() ? operation.bodySchema() : null, new ArrayList<>(), fields);
        return fields;
    }

    private void collect(JsonNode node, JsonNode schema, List<Object> path, List<Field> fields) {
        JsonNode resolved = schema == null ? tools.jackson.databind.node.MissingNode.getInstance() : document.resolve(schema);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                List<Object> at = append(path, property.getKey());
                JsonNode propertySchema = schema == null ? null : resolved.path("properties").path(property.getKey());
                fields.add(new Field(at, property.getKey(), propertySchema == null ? missing() : document.resolve(propertySchema), property.getValue()));
                if (path.size() < 4) {
                    collect(property.getValue(), propertySchema, at, fields);
                }
            }
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> at = append(path, 0);
            JsonNode itemSchema = schema == null ? null : resolved.path("items");
            String name = path.isEmpty() ? "" : String.valueOf(path.get(path.size() - 1));
            fields.add(new Field(at, name, itemSchema == null ? missing() : document.resolve(itemSchema), node.get(0)));
            if (path.size() < 4) {
                collect(node.get(0), itemSchema, at, fields);
            }
        }
    }

    private static JsonNode missing() {
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    /** A field matching the test, picked at random, with the valid body it belongs to; null when none matches. */
    private Picked pick(Predicate<Field> test) {
        JsonNode body = fixture.validBody(operation, document, random);
        if (body == null) {
            return null;
        }
        List<Field> candidates = fields(body).stream().filter(test).toList();
        return candidates.isEmpty() ? null : new Picked(body, candidates.get(random.nextInt(candidates.size())));
    }

    private record Picked(JsonNode body, Field field) {
    }

    /** The valid body with the field's value replaced by raw JSON text (null: the field removed). */
    private FuzzRequest withField(String kind, Picked picked, String rawJson, String variant) {
        return withFieldBytes(kind, picked, rawJson == null ? null : rawJson.getBytes(StandardCharsets.UTF_8), variant);
    }

    private FuzzRequest withFieldBytes(String kind, Picked picked, byte[] raw, String variant) {
        JsonNode body = picked.body().deepCopy();
        List<Object> path = picked.field().path();
        JsonNode parent = body;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (raw == null) {
            if (last instanceof Integer index) {
                ((ArrayNode) parent).remove(index);
            } else {
                ((ObjectNode) parent).remove((String) last);
            }
            return request(kind, picked.field().label() + " " + variant, pathWith(pathValues), headers(), bytes(JSON.writeValueAsString(body)));
        }
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, StringNode.valueOf(RAW));
        } else {
            ((ObjectNode) parent).put((String) last, RAW);
        }
        String text = JSON.writeValueAsString(body);
        int at = text.indexOf(QUOTED_RAW);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(text.substring(0, at)));
        out.writeBytes(raw);
        out.writeBytes(bytes(text.substring(at + QUOTED_RAW.length())));
        return request(kind, picked.field().label() + " " + variant, pathWith(pathValues), headers(), out.toByteArray());
    }

    private FuzzRequest missingField(String kind) {
        Picked picked = pick(field -> true);
        return picked == null ? null : withField(kind, picked, null, "removed");
    }

    private FuzzRequest nullField(String kind) {
        Picked picked = pick(field -> true);
        return picked == null ? null : withField(kind, picked, "null", "= null");
    }

    private FuzzRequest wrongType(String kind) {
        Picked picked = pick(field -> true);
        if (picked == null) {
            return null;
        }
        List<String> others = new ArrayList<>(List.of("42", "-7.25", "true", "\"text\"", "[]", "{}", "[1, \"two\", null]",
                "{\"value\": " + JSON.writeValueAsString(picked.field().value()) + "}", "[" + JSON.writeValueAsString(picked.field().value()) + "]"));
        switch (picked.field().type()) {
            case "string" -> others.removeIf(value -> value.startsWith("\""));
            case "integer", "number" -> others.removeIf(value -> value.equals("42") || value.equals("-7.25"));
            case "boolean" -> others.remove("true");
            case "array" -> others.removeIf(value -> value.startsWith("["));
            case "object" -> others.removeIf(value -> value.startsWith("{"));
            default -> { }
        }
        if (picked.field().format().equals("date")) {
            others.add("20240101");
        }
        String value = others.get(random.nextInt(others.size()));
        return withField(kind, picked, value, "= " + value);
    }

    private FuzzRequest hugeString(String kind) {
        Picked picked = pick(field -> true);
        if (picked == null) {
            return null;
        }
        String prefix = picked.field().value().isString() ? picked.field().value().asString() : "";
        String filler = random.nextBoolean() ? "a" : "ü";
        int repeat = (MEGABYTE - prefix.length()) / bytes(filler).length;
        return withField(kind, picked, quote(prefix) + filler.repeat(Math.max(0, repeat)) + "\"", "= 1 MB of '" + filler + "'");
    }

    private FuzzRequest deepNesting(String kind) {
        Picked picked = pick(field -> true);
        if (picked == null) {
            return null;
        }
        int depth = 2_000 + random.nextInt(100_000);
        String value = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        return withField(kind, picked, value, "nested " + depth + " deep");
    }

    private FuzzRequest unicode(String kind) {
        Picked picked = pick(field -> field.value().isString() || field.value().isNumber());
        if (picked == null) {
            return null;
        }
        List<String> variants = List.copyOf(UNICODE.keySet());
        String variant = variants.get(random.nextInt(variants.size()));
        String valid = picked.field().value().asString();
        return withField(kind + " " + variant, picked, UNICODE.get(variant).apply(valid), "");
    }

    private FuzzRequest extraField(String kind) {
        JsonNode body = fixture.validBody(operation, document, random);
        if (body == null || !body.isObject()) {
            return null;
        }
        ObjectNode extended = (ObjectNode) body.deepCopy();
        String variant;
        switch (random.nextInt(6)) {
            case 0 -> {
                extended.put("unexpected", "surprise");
                variant = "unknown property";
            }
            case 1 -> {
                extended.put("@class", "java.lang.ProcessBuilder");
                variant = "@class";
            }
            case 2 -> {
                extended.putObject("__proto__").put("admin", true);
                variant = "__proto__";
            }
            case 3 -> {
                extended.put("actorId", UUID.randomUUID().toString());
                variant = "spoofed actorId";
            }
            case 4 -> {
                for (int i = 0; i < 5_000; i++) {
                    extended.put("extra" + i, i);
                }
                variant = "5000 unknown properties";
            }
            default -> {
                // a tree can't hold a key twice: the duplicate goes into the text
                String name = extended.propertyNames().iterator().next();
                String text = JSON.writeValueAsString(extended);
                return request(kind, "duplicate " + name, pathWith(pathValues), headers(),
                        bytes(text.substring(0, text.length() - 1) + ",\"" + name + "\":\"duplicate\"}"));
            }
        }
        return request(kind, variant, pathWith(pathValues), headers(), bytes(JSON.writeValueAsString(extended)));
    }

    /** An id already used by a record of another kind, in the body or in the path. */
    private FuzzRequest collidingId(String kind) {
        List<Parameter> idParameters = operation.in("path").stream().filter(parameter -> UUID_TEXT.matcher(pathValues.get(parameter.name())).matches()).toList();
        Picked picked = pick(field -> field.format().equals("uuid"));
        if (picked == null && idParameters.isEmpty()) {
            return null;
        }
        if (picked == null || (!idParameters.isEmpty() && random.nextInt(3) == 0)) {
            Parameter parameter = idParameters.get(random.nextInt(idParameters.size()));
            Map.Entry<String, String> other = otherRecord(pathValues.get(parameter.name()));
            Map<String, String> values = new LinkedHashMap<>(pathValues);
            values.put(parameter.name(), other.getValue());
            return request(kind, "{" + parameter.name() + "} = the " + other.getKey() + "'s id", pathWith(values), headers(), validBytes());
        }
        // a creation's own id (the first in its body) is what collides in the event store: favour it
        if (operation.in("path").isEmpty() && random.nextBoolean()) {
            JsonNode body = picked.body();
            picked = new Picked(body, fields(body).stream().filter(field -> field.format().equals("uuid")).findFirst().orElseThrow());
        }
        Map.Entry<String, String> other = otherRecord(picked.field().value().asString());
        return withField(kind, picked, "\"" + other.getValue() + "\"", "= the " + other.getKey() + "'s id");
    }

    private Map.Entry<String, String> otherRecord(String current) {
        List<Map.Entry<String, String>> others = fixture.recordIds().entrySet().stream()
                .filter(record -> !record.getValue().equals(current)).toList();
        return others.get(random.nextInt(others.size()));
    }

    private FuzzRequest numberEdge(String kind) {
        Picked picked = pick(field -> field.type().equals("integer") || field.type().equals("number"));
        if (picked == null) {
            return null;
        }
        List<String> values = List.of("0", "-1", "2147483648", "-2147483649", "9223372036854775808", "1e400", "-1e400", "1.5", "-0",
                "1E2", "0.0000000000000000000001", "123456789012345678901234567890", "00012", "NaN", "Infinity", "0x10", "+1");
        String value = values.get(random.nextInt(values.size()));
        return withField(kind, picked, value, "= " + value);
    }

    private FuzzRequest stringEdge(String kind) {
        Picked picked = pick(field -> field.type().equals("string") && field.format().isEmpty());
        if (picked == null) {
            return null;
        }
        int max = picked.field().schema().path("maxLength").asInt(4_000);
        List<String> values = List.of("\"\"", "\" \"", "\"\\t\\n \"", "\"" + "x".repeat(max + 1) + "\"", "\"" + "x".repeat(max) + "\"",
                "\"" + "é".repeat(max + 1) + "\"", "\"" + "😀".repeat(max / 2 + 1) + "\"", "\"" + "x".repeat(65_536) + "\"");
        String value = values.get(random.nextInt(values.size()));
        return withField(kind, picked, value, "= " + FuzzRequest.excerpt(value, 12) + " (" + value.length() + " chars)");
    }

    private FuzzRequest enumEdge(String kind) {
        Picked picked = pick(field -> field.schema().has("enum"));
        if (picked == null) {
            return null;
        }
        String valid = picked.field().value().asString();
        List<String> values = List.of("\"" + valid.toLowerCase() + "\"", "\" " + valid + "\"", "\"" + valid + " \"", "\"BOSS\"",
                "\"\"", "0", "99", "\"" + valid + valid + "\"");
        String value = values.get(random.nextInt(values.size()));
        return withField(kind, picked, value, "= " + value);
    }

    private FuzzRequest dateEdge(String kind) {
        Picked picked = pick(field -> field.format().equals("date") || field.format().equals("date-time"));
        if (picked == null) {
            return null;
        }
        List<String> values = picked.field().format().equals("date")
                ? List.of("\"+100000-01-01\"", "\"-0001-01-01\"", "\"2024-02-30\"", "\"2024-13-01\"", "\"2024-1-1\"", "\"20240101\"",
                        "20240101", "\"2024-02-01T00:00:00Z\"", "\"\"", "\"0000-00-00\"", "\"9999-12-31\"", "\"1970-01-01\"",
                        "\"yesterday\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"", "[2024, 2, 1]", "-1")
                : List.of("\"2026-13-01T00:00:00Z\"", "\"+1000000000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"",
                        "\"-999999999-01-01T00:00:00Z\"", "1e20", "-1", "\"2026-04-14T09:30:00\"", "\"2026-04-14T09:30:00+25:00\"",
                        "\"2026-04-14\"", "\"\"", "\"now\"", "9223372036854775807");
        String value = values.get(random.nextInt(values.size()));
        return withField(kind, picked, value, "= " + value);
    }

    private FuzzRequest uuidEdge(String kind) {
        Picked picked = pick(field -> field.format().equals("uuid"));
        if (picked == null) {
            return null;
        }
        String valid = picked.field().value().asString();
        List<String> values = List.of("\"not-a-uuid\"", "\"\"", "\"00000000-0000-0000-0000-000000000000\"",
                "\"FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF\"", "\"" + valid.replace("-", "") + "\"", "\"{" + valid + "}\"",
                "\"" + valid + "0\"", "\"1-1-1-1-1\"", "\"" + valid.toUpperCase() + "\"", "\"" + valid.substring(0, 35) + "\"");
        String value = values.get(random.nextInt(values.size()));
        return withField(kind, picked, value, "= " + value);
    }

    private FuzzRequest arrayEdge(String kind) {
        Picked picked = pick(field -> field.value().isArray());
        if (picked == null) {
            return null;
        }
        String element = picked.field().value().isEmpty() ? "\"x\"" : JSON.writeValueAsString(picked.field().value().get(0));
        List<String> values = List.of("[]", "[null]", "[\"\"]", "[" + String.join(",", java.util.Collections.nCopies(10_000, element)) + "]",
                "[" + element + ", 1]", "[[" + element + "]]", "[" + element + ", " + element + "]");
        String value = values.get(random.nextInt(values.size()));
        return withField(kind, picked, value, "= " + FuzzRequest.excerpt(value, 30));
    }

    // ---- the body as a whole -------------------------------------------------------------------

    private FuzzRequest bodyShape(String kind) {
        String valid = validText();
        int depth = 1_000 + random.nextInt(50_000);
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "[{}]", "\"text\"", "42", "true", "{}", "{", "}",
                "[".repeat(depth) + "]".repeat(depth), " ".repeat(MEGABYTE) + "{}", "{\"a\":1}{\"b\":2}", "---\n...\n"));
        if (valid != null) {
            bodies.addAll(List.of(valid.substring(0, random.nextInt(valid.length())), valid + "}}", valid + valid,
                    "\ufeff" + valid, "/* comment */" + valid, valid.replace('"', '\''), "[" + valid + "]",
                    valid.endsWith("}") ? valid.substring(0, valid.length() - 1) + ",}" : valid + ","));
        }
        String body = bodies.get(random.nextInt(bodies.size()));
        return request(kind, FuzzRequest.excerpt(body, 24) + " (" + body.length() + " chars)", pathWith(pathValues), headers(), bytes(body));
    }

    private FuzzRequest invalidUtf8(String kind) {
        List<byte[]> sequences = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82});
        int which = random.nextInt(sequences.size());
        Picked picked = pick(field -> field.value().isString());
        byte[] sequence = sequences.get(which);
        if (picked == null) {
            return validText() == null ? null : request(kind, "bytes #" + which + " before the body", pathWith(pathValues), headers(),
                    concat(sequence, bytes(validText())));
        }
        byte[] raw = concat(concat(bytes(quote(picked.field().value().asString())), sequence), new byte[] {'"'});
        return withFieldBytes(kind, picked, raw, "bytes #" + which);
    }

    // ---- headers and parameters ----------------------------------------------------------------

    private FuzzRequest contentType(String kind) {
        String type = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        if (type.equals(operation.mediaType())) {
            type = operation.takesJson() ? "application/yaml" : "application/json";
        }
        Map<String, String> headers = headers();
        if (type.equals("(none)")) {
            headers.remove("Content-Type");
        } else {
            headers.put("Content-Type", type);
        }
        byte[] body = validBytes();
        return request(kind, type, pathWith(pathValues), headers, body == null ? bytes("{}") : body);
    }

    private FuzzRequest accept(String kind) {
        String accept = ACCEPTS.get(random.nextInt(ACCEPTS.size()));
        Map<String, String> headers = headers();
        headers.put("Accept", accept);
        return request(kind, accept, pathWith(pathValues), headers, validBytes());
    }

    private FuzzRequest ifMatch(String kind) {
        String value = IF_MATCHES.get(random.nextInt(IF_MATCHES.size()));
        Map<String, String> headers = headers();
        headers.put("If-Match", value);
        return request(kind, FuzzRequest.excerpt(value, 40), pathWith(pathValues), headers, validBytes());
    }

    private FuzzRequest pathParameter(String kind) {
        if (pathValues.isEmpty()) {
            return null;
        }
        List<String> names = List.copyOf(pathValues.keySet());
        String name = names.get(random.nextInt(names.size()));
        String valid = pathValues.get(name);
        List<String> values = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", valid.toUpperCase(), valid + "0",
                "x".repeat(300), "é😀", "\u200b" + valid, "-1", "99999999999", "1.5", " ", "\u0000", "..", valid + ";x=1");
        String value = values.get(random.nextInt(values.size()));
        Map<String, String> changed = new LinkedHashMap<>(pathValues);
        changed.put(name, value);
        return request(kind, "{" + name + "} = " + FuzzRequest.excerpt(value, 40), pathWith(changed), headers(), validBytes());
    }

    private FuzzRequest queryParameter(String kind) {
        List<Parameter> query = operation.in("query");
        if (query.isEmpty()) {
            return null;
        }
        Parameter parameter = query.get(random.nextInt(query.size()));
        List<String> values = List.of("(missing)", "", " ", "x".repeat(2_001), "\u0000", "\u202eFuzz", "😀".repeat(1_001));
        String value = values.get(random.nextInt(values.size()));
        String path = pathWith(pathValues, parameter.name(), value);
        return request(kind, parameter.name() + " = " + FuzzRequest.excerpt(value, 20), path, headers(), validBytes());
    }

    // ---- building blocks -----------------------------------------------------------------------

    private FuzzRequest request(String kind, String detail, String path, Map<String, String> headers, byte[] body) {
        return new FuzzRequest(kind, detail, path, Map.copyOf(headers), body);
    }

    /** The headers of a valid request: the endpoint's actor, its media type, JSON back. */
    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (operation.mediaType() != null) {
            headers.put("Content-Type", operation.mediaType());
        }
        headers.put("Accept", "application/json");
        return headers;
    }

    private String validText() {
        JsonNode body = fixture.validBody(operation, document, random);
        return body == null ? null : JSON.writeValueAsString(body);
    }

    private byte[] validBytes() {
        String text = validText();
        return text == null ? null : bytes(text);
    }

    private String pathWith(Map<String, String> values) {
        return pathWith(values, null, null);
    }

    /** The path with its parameters filled in (percent-encoded) and the required query parameters. */
    private String pathWith(Map<String, String> values, String changedQuery, String changedValue) {
        String path = operation.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.in("query")) {
            String value = parameter.name().equals(changedQuery) ? changedValue
                    : parameter.example().isMissingNode() ? "Fuzz" : parameter.example().asString();
            if (!parameter.required() && !parameter.name().equals(changedQuery) || "(missing)".equals(value)) {
                continue;
            }
            query.append(query.isEmpty() ? "?" : "&").append(encode(parameter.name())).append('=').append(encode(value));
        }
        return path + query;
    }

    /** Percent-encoded UTF-8. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A JSON string literal's opening quote and content, without the closing quote. */
    private static String quote(String valid) {
        String literal = JSON.writeValueAsString(valid);
        return literal.substring(0, literal.length() - 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
