package io.careerledger.web.api;

import java.util.List;

/** One page of a paginated answer: the services serialize Spring Data pages as {@code content} plus page metadata. */
public record Page<T>(List<T> content) {

    public Page {
        content = content == null ? List.of() : List.copyOf(content);
    }
}
