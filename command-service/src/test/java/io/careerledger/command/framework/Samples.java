package io.careerledger.command.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.careerledger.events.FrameworkDefinition;

/** The sample frameworks and the schema shipped under {@code src/main/resources/frameworks}. */
final class Samples {

    private Samples() {
    }

    /** Reads the sample as the API will read an upload: from a UTF-8 stream. */
    static FrameworkDefinition load(String id) {
        try (InputStream yaml = Samples.class.getResourceAsStream("/frameworks/" + id + ".yaml")) {
            return FrameworkDocuments.read(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String id) {
        return resource(id + ".yaml");
    }

    static String resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/frameworks/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource frameworks/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
