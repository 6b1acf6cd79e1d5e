package io.careerledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published contract cannot drift from the code: every event has a committed JSON Schema (per
 * revision) equal to the one generated from its record, an example that validates against it, and an
 * entry in the AsyncAPI document. A breaking change (field removed or retyped) needs a new revision.
 *
 * <p>After a compatible change, refresh the committed files with
 * {@code ./mvnw -pl shared-events verify -Dcontract.update=true} and commit them.
 */
class ContractTest {

    static final Path CONTRACT = Path.of("src/main/resources/contract");
    static final Path GENERATED = Path.of("target/generated-schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final boolean UPDATE = Boolean.getBoolean("contract.update");

    @Test
    void everyEventHasACommittedSchemaEqualToTheGeneratedOne() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Class<? extends CareerEvent> event : EventTypes.ALL) {
            Path generated = GENERATED.resolve(event.getSimpleName() + ".schema.json");
            Path committed = schemaOf(event.getSimpleName(), EventTypes.revisionOf(event));
            if (!Files.exists(generated)) {
                problems.add(event.getSimpleName() + " has no generated schema: annotate it with @EventRevision");
                continue;
            }
            JsonNode now = JSON.readTree(generated.toFile());
            if (Files.exists(committed) && now.equals(JSON.readTree(committed.toFile()))) {
                continue;
            }
            List<String> breaking = Files.exists(committed) ? SchemaChanges.breaking(JSON.readTree(committed.toFile()), now) : List.of();
            if (!breaking.isEmpty()) {
                problems.add(event.getSimpleName() + " revision " + EventTypes.revisionOf(event) + " changed incompatibly "
                        + breaking + ": raise its @EventRevision and add an upcaster from the old revision");
            } else if (UPDATE) {
                Files.copy(generated, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                problems.add(committed + " is missing or out of date: run with -Dcontract.update=true and commit it");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCommittedRevisionHasAnExampleThatValidatesAgainstItsSchema() throws IOException {
        Pattern revisionFile = Pattern.compile("(\\w+)\\.v(\\d+)\\.schema\\.json");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> schemas = Files.list(CONTRACT.resolve("schemas"))) {
            for (Path schemaFile : schemas.sorted().toList()) {
                Matcher name = revisionFile.matcher(schemaFile.getFileName().toString());
                if (!name.matches()) {
                    problems.add("unexpected file " + schemaFile);
                    continue;
                }
                Path example = exampleOf(name.group(1), Integer.parseInt(name.group(2)));
                if (!Files.exists(example)) {
                    problems.add(schemaFile.getFileName() + " has no example " + example);
                    continue;
                }
                Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(Files.readString(schemaFile), InputFormat.JSON);
                List<Error> errors = schema.validate(Files.readString(example), InputFormat.JSON);
                errors.forEach(error -> problems.add(example.getFileName() + ": " + error.getMessage()));
            }
        }
        for (Class<? extends CareerEvent> event : EventTypes.ALL) {
            if (!Files.exists(schemaOf(event.getSimpleName(), EventTypes.revisionOf(event)))) {
                problems.add(event.getSimpleName() + " has no committed schema");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theAsyncApiDocumentListsEveryEventWithItsSchemaHeadersAndExample() throws IOException {
        Path document = CONTRACT.resolve("asyncapi.yaml");
        String rendered = AsyncApiDocument.render(CONTRACT);
        if (UPDATE) {
            Files.writeString(document, rendered);
        }
        if (!Files.exists(document) || !Files.readString(document).equals(rendered)) {
            fail(document + " is out of date: run with -Dcontract.update=true and commit it");
        }
        assertThat(rendered).startsWith("asyncapi: \"3.0.0\"");
        for (Class<? extends CareerEvent> event : EventTypes.ALL) {
            assertThat(rendered).contains("    " + event.getSimpleName() + ":", EventTypes.typeOf(event),
                    "./schemas/" + event.getSimpleName() + ".v" + EventTypes.revisionOf(event) + ".schema.json");
        }
    }

    static Path schemaOf(String event, int revision) {
        return CONTRACT.resolve("schemas").resolve(event + ".v" + revision + ".schema.json");
    }

    static Path exampleOf(String event, int revision) {
        return CONTRACT.resolve("examples").resolve(event + ".v" + revision + ".json");
    }
}
