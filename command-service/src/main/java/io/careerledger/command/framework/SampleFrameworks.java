package io.careerledger.command.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The framework documents shipped under {@code frameworks/}, built from the seed texts. */
final class SampleFrameworks {

    static final List<String> IDS = List.of("three-track", "dual-ladder", "four-track");

    private SampleFrameworks() {
    }

    static Optional<String> document(String id) {
        return IDS.contains(id) ? Optional.of(resource(id + ".yaml")) : Optional.empty();
    }

    /** A file under {@code frameworks/}: a sample, or the document format's JSON Schema. */
    static String resource(String name) {
        try (InputStream in = SampleFrameworks.class.getResourceAsStream("/frameworks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource frameworks/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
