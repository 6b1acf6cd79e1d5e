package io.careerledger.command.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.careerledger.events.FrameworkDefinition;

/** The sample frameworks shipped under {@code src/main/resources/frameworks}. */
final class Samples {

    private Samples() {
    }

    static FrameworkDefinition load(String id) {
        try (InputStream yaml = stream(id)) {
            return FrameworkDocuments.read(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String id) {
        try (InputStream yaml = stream(id)) {
            return new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String id) {
        InputStream yaml = Samples.class.getResourceAsStream("/frameworks/" + id + ".yaml");
        if (yaml == null) {
            throw new IllegalArgumentException("no sample framework " + id);
        }
        return yaml;
    }
}
