package io.careerledger.command.framework;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.careerledger.events.FrameworkDefinition;

/**
 * The one way in for framework documents (framework-as-code): read and validate a YAML document, so
 * that only a valid {@link FrameworkDefinition} reaches the {@code CareerFramework} aggregate.
 */
public final class FrameworkDocuments {

    private FrameworkDocuments() {
    }

    /**
     * @throws InvalidFrameworkDocument with every problem found, in document order
     */
    public static FrameworkDefinition read(String yaml) {
        return accepted(new FrameworkDocumentReader().read(yaml));
    }

    /** As {@link #read(String)}, from UTF-8 bytes; the caller closes the stream. */
    public static FrameworkDefinition read(InputStream yaml) {
        return accepted(new FrameworkDocumentReader().read(new InputStreamReader(yaml, StandardCharsets.UTF_8)));
    }

    private static FrameworkDefinition accepted(FrameworkDocumentReader.Read read) {
        List<FrameworkViolation> violations = new ArrayList<>(read.violations().all());
        violations.addAll(FrameworkValidator.validate(read));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparingInt(FrameworkViolation::line));
            throw new InvalidFrameworkDocument(violations);
        }
        return read.definition();
    }
}
