package io.careerledger.query.generation;

import java.util.Optional;

/** The generation a rebuild thread writes to; other threads use the active one. */
public final class GenerationScope {

    private static final ThreadLocal<String> TARGET = new ThreadLocal<>();

    private GenerationScope() {
    }

    static Optional<String> target() {
        return Optional.ofNullable(TARGET.get());
    }

    /** Runs {@code work} with every connection this thread opens pointed at {@code generation}. */
    static void writingTo(String generation, Runnable work) {
        TARGET.set(generation);
        try {
            work.run();
        } finally {
            TARGET.remove();
        }
    }
}
