package io.careerledger.query.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Examples for the pagination types every list endpoint shares. They are Spring Data's and springdoc's
 * classes, so they cannot carry {@code @Schema(example = ...)} themselves.
 */
@Component
class PageDocumentation implements OpenApiCustomizer {

    /** An empty sort leaves each endpoint's documented default order in place. */
    private static final Map<String, Object> PAGE_REQUEST = Map.of("page", 0, "size", 20, "sort", List.of());
    private static final Map<String, Object> PAGE_METADATA = Map.of("size", 20, "number", 0, "totalElements", 12, "totalPages", 1);

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        giveExamples(schemas.get("Pageable"), PAGE_REQUEST);
        giveExamples(schemas.get("PageMetadata"), PAGE_METADATA);
    }

    private static void giveExamples(Schema<?> schema, Map<String, Object> examples) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        examples.forEach((property, example) -> {
            Schema<?> propertySchema = schema.getProperties().get(property);
            if (propertySchema != null) {
                propertySchema.setExample(example);
            }
        });
    }
}
