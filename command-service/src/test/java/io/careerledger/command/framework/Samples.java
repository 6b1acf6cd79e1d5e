package io.careerledger.command.framework;

import io.careerledger.events.FrameworkDefinition;

/** The sample frameworks shipped under {@code src/main/resources/frameworks}. */
final class Samples {

    private Samples() {
    }

    static FrameworkDefinition load(String id) {
        return FrameworkDocuments.read(text(id));
    }

    static String text(String id) {
        return SampleFrameworks.document(id).orElseThrow(() -> new IllegalArgumentException("no sample framework " + id));
    }
}
