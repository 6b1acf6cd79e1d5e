package io.careerledger.support.openapi;

import java.util.List;

/**
 * What one service's OpenAPI document says about itself; each service declares one bean of it, the
 * shared {@link ApiDocumentation} does the rest (security, problem responses, tags).
 *
 * @param tags the groups of operations in the domain's words; an operation belongs to the first tag one of
 *             whose path patterns matches its path
 */
public record ApiDocument(String title, String version, String description, List<ApiTag> tags) {

    public ApiDocument {
        tags = List.copyOf(tags);
    }

    /** @param paths Spring {@code PathPattern}s, e.g. {@code /api/employees/{*rest}} */
    public record ApiTag(String name, String description, List<String> paths) {

        public ApiTag(String name, String description, String... paths) {
            this(name, description, List.of(paths));
        }
    }
}
