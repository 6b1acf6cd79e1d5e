package io.careerledger.command.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated request: what kind of bad input it is (the class a failure is reported under), the
 * detail (which field, which value), and what goes over the wire.
 */
record FuzzRequest(String kind, String detail, String path, Map<String, String> headers, byte[] body) {

    private static final int EXCERPT = 160;

    /** One line: kind, path, the headers that matter and the start of the body, as a person reproduces it. */
    String describe() {
        String shownHeaders = headers.entrySet().stream()
                .filter(header -> !header.getKey().equals("Authorization"))
                .map(header -> header.getKey() + ": " + excerpt(header.getValue(), 60))
                .collect(Collectors.joining(", ", "[", "]"));
        String shownBody = body == null ? "(no body)"
                : excerpt(new String(body, StandardCharsets.UTF_8), EXCERPT) + " (" + body.length + " bytes)";
        return kind + " (" + detail + ") POST " + excerpt(path, 120) + " " + shownHeaders + " " + shownBody;
    }

    static String excerpt(String text, int length) {
        String visible = text.codePoints()
                .mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                        || Character.getType(c) == Character.FORMAT ? "\\u%04x".formatted(c) : Character.toString(c))
                .limit(length)
                .collect(Collectors.joining());
        return text.codePointCount(0, text.length()) > length ? visible + "…" : visible;
    }
}
