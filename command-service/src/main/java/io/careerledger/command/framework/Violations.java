package io.careerledger.command.framework;

import java.util.ArrayList;
import java.util.List;

/** Collects violations, locating each path on its source line. */
final class Violations {

    private final SourceMap source;
    private final List<FrameworkViolation> found = new ArrayList<>();

    Violations(SourceMap source) {
        this.source = source;
    }

    void add(String code, String path, String message) {
        add(code, path, source.lineOf(path), message);
    }

    /** For the rare spot the path alone does not locate: a key given twice shares its path with the first. */
    void add(String code, String path, int line, String message) {
        found.add(new FrameworkViolation(code, path, line, message));
    }

    List<FrameworkViolation> all() {
        return List.copyOf(found);
    }
}
