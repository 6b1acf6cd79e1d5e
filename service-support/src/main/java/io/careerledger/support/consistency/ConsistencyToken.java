package io.careerledger.support.consistency;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a command's answer hands the client so that its next read shows the command's effect: the
 * aggregate the command changed and the sequence number of its last event (the record's version). Sent
 * back to the query-service, which answers once its read models hold that aggregate at that sequence or
 * later. Clients treat it as opaque: base64url of {@code <sequence>:<aggregateId>} (the id may hold colons).
 */
public record ConsistencyToken(String aggregateId, long sequence) {

    /** The header both services name it in: the command's answer, the read's request. */
    public static final String HEADER = "Consistency-Token";
    /** What the command-service's OpenAPI shows for it. */
    public static final String EXAMPLE = "NDpmN2UyYTljMC0xYjNkLTRlNWYtODAxMi0zNDU2Nzg5MGFiY2Q";

    private static final int MAX_LENGTH = 400;

    public ConsistencyToken {
        if (aggregateId == null || aggregateId.isEmpty() || sequence < -1) {
            throw new IllegalArgumentException("A consistency token names an aggregate and a sequence of -1 or more");
        }
    }

    public String encoded() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((sequence + ":" + aggregateId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws Malformed when {@code encoded} is no token this codec wrote */
    public static ConsistencyToken decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > MAX_LENGTH) {
            throw new Malformed();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new ConsistencyToken(text.substring(colon + 1), Long.parseLong(text.substring(0, colon)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException notAToken) {
            // NumberFormatException is an IllegalArgumentException, as is a bad base64 alphabet and an invalid token
            throw new Malformed();
        }
    }

    /** A header value that is not a token a command answered. */
    public static final class Malformed extends IllegalArgumentException {

        Malformed() {
            super(HEADER + " carries the value of that header from a command's answer, unchanged.", null);
        }
    }
}
