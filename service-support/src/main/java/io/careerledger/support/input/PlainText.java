package io.careerledger.support.input;

import java.util.Optional;

/**
 * Text every part of the pipe can hold: PostgreSQL refuses the NUL character in text and JSONB, and an
 * unpaired UTF-16 surrogate is no character at all (it cannot be written as UTF-8). Both are refused at
 * the door, in JSON bodies, request parameters and framework YAML alike, rather than parked downstream.
 */
public final class PlainText {

    private PlainText() {
    }

    /** What is wrong with {@code text}, written for the person who sent it; empty when it is fine. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character (\\u0000), found at position " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("must not contain an unpaired surrogate (\\u%04x), found at position %d", (int) c, i));
            }
        }
        return Optional.empty();
    }
}
