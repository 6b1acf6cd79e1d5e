package io.careerledger.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code If-Match} header of a command: the version (ETag) the client read and expects to change.
 * Parsed before anything is sent, so a malformed one is a 400 and nothing is written.
 */
public final class IfMatch {

    /** One entity tag holding a version, as the ETags handed out: {@code "4"} (also weak or unquoted). */
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(\\d{1,18})");

    private IfMatch() {
    }

    /** The expected version; null when the header is absent or {@code *} (any version will do). */
    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher version = VERSION.matcher(header.strip());
        if (!version.matches()) {
            throw new Malformed(header);
        }
        return Long.valueOf(version.group(1) != null ? version.group(1) : version.group(2));
    }

    /** An If-Match that names no version this service hands out. */
    public static final class Malformed extends RuntimeException {

        Malformed(String header) {
            super("If-Match carries one version from an ETag, such as \"4\"; got " + abbreviated(header) + ".", null, false, false);
        }

        private static String abbreviated(String header) {
            return header.length() <= 40 ? header : header.substring(0, 40) + "…";
        }
    }
}
