package io.careerledger.web.api;

import java.util.List;

/** One page of a paginated answer: the services serialize Spring Data pages as {@code content} plus page metadata. */
public record Page<T>(List<T> content, Metadata page) {

    public Page {
        content = content == null ? List.of() : List.copyOf(content);
    }

    /** Whether a page follows this one; an answer without metadata is the only page. */
    public boolean hasNext() {
        return page != null && page.number() + 1 < page.totalPages();
    }

    public record Metadata(int number, int totalPages) {
    }
}
