package io.careerledger.command.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published JSON Schema describes the documents the reader accepts, for authors' editors. */
class FrameworkSchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SampleFrameworks.resource("framework.schema.json"), InputFormat.JSON);

    @ParameterizedTest
    @ValueSource(strings = {"three-track", "dual-ladder", "four-track"})
    void eachSampleValidatesAgainstTheSchema(String id) {
        assertThat(errors(Samples.text(id))).isEmpty();
    }

    @Test
    void theTestsBaseDocumentValidatesToo() {
        assertThat(errors(FrameworkYaml.base().text())).isEmpty();
    }

    @Test
    void aMisspelledFieldFailsTheSchemaAsItFailsTheReader() {
        String misspelled = FrameworkYaml.base().replace("timeboxMonths: 12", "timeboxMonth: 12").text();

        assertThat(errors(misspelled)).isNotEmpty();
    }

    private static List<String> errors(String yaml) {
        return SCHEMA.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }
}
