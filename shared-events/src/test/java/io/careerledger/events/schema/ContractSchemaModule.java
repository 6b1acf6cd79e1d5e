package io.careerledger.events.schema;

import java.time.Instant;
import java.time.LocalDate;

import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.TypeScope;

import io.careerledger.events.Limits;
import io.careerledger.events.PersonalData;
import io.careerledger.events.PersonalDataCipher;
import io.careerledger.events.Withheld;

/**
 * What the published schemas say beyond the jakarta-validation annotations: a primitive is always
 * written, so it is required; dates and instants carry the range of {@link Limits}; a {@link PersonalData}
 * field is marked {@code "x-personal-data": true} and its texts may be as long as the ciphertext of the
 * longest text allowed. Used by the jsonschema-maven-plugin at build time only, which is why it lives with the tests: the contract jar
 * stays free of the generator.
 */
public class ContractSchemaModule implements Module {

    @Override
    public void applyToConfigBuilder(SchemaGeneratorConfigBuilder builder) {
        builder.forFields().withRequiredCheck(field -> field.getType().getErasedType().isPrimitive());
        builder.forFields().withInstanceAttributeOverride((attributes, field, context) -> {
            Withheld withheld = field.getAnnotationConsideringFieldAndGetter(Withheld.class);
            if (withheld != null) {
                attributes.put("x-withheld-from", withheld.from());
            }
        });
        builder.forTypesInGeneral()
                .withStringPatternResolver(type -> is(type, LocalDate.class) ? Limits.DATE_PATTERN
                        : is(type, Instant.class) ? Limits.INSTANT_PATTERN : null)
                .withDescriptionResolver(type -> is(type, LocalDate.class) || is(type, Instant.class)
                        ? "ISO-8601, from " + Limits.EARLIEST_DATE + " to " + Limits.LATEST_DATE : null);
        builder.forFields().withInstanceAttributeOverride((node, field, context) -> {
            if (field.getAnnotationConsideringFieldAndGetter(PersonalData.class) == null) {
                return;
            }
            if (node.has("maxLength")) {
                node.put("maxLength", PersonalDataCipher.maxCiphertextLength(node.get("maxLength").asInt()));
            }
            if (!field.isFakeContainerItemScope()) {
                node.put("x-personal-data", true);
            }
        });
    }

    private static boolean is(TypeScope type, Class<?> kind) {
        return type.getType() != null && type.getType().getErasedType() == kind;
    }
}
