package io.careerledger.command.personaldata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.PersonalData;
import io.careerledger.events.PersonalDataCipher;

/**
 * Encrypts every {@link PersonalData} field as Axon's serializer writes it (events into the event store,
 * and so onto the topic, and snapshots), and decrypts it as it reads it back: the aggregates see
 * plaintext, the database and Kafka only ciphertext. A text (or each item of a list of texts) becomes
 * {@code pd1:<key id>:<ciphertext>} under the data key of its owner: the subject of the event it is in,
 * else the {@link PersonalDataOwner} holding it. Once the owner's key is destroyed, a field reads as
 * {@link PersonalDataCipher#ERASED} and a new one is stored as that marker. A field stored before
 * encryption was switched on is plaintext and reads as it is.
 */
@Component
public class PersonalDataModule extends SimpleModule {

    private final transient PersonalDataKeys keys;
    private final boolean encrypting;

    PersonalDataModule(PersonalDataKeys keys, PersonalDataProperties properties) {
        super("personal-data");
        this.keys = keys;
        this.encrypting = properties.encryption();
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new NopAnnotationIntrospector() {
            @Override
            public Object findSerializer(Annotated member) {
                return encrypting && member.hasAnnotation(PersonalData.class) ? new Encrypting() : null;
            }

            @Override
            public Object findDeserializer(Annotated member) {
                return member.hasAnnotation(PersonalData.class) ? new Decrypting() : null;
            }
        });
    }

    private String seal(String text, DataKey key) {
        return key.destroyed() ? PersonalDataCipher.ERASED : PersonalDataCipher.encrypt(text, key.keyId(), key.material());
    }

    private String open(String text) {
        if (!PersonalDataCipher.isCiphertext(text)) {
            return text;
        }
        return keys.find(PersonalDataCipher.keyIdOf(text))
                .filter(key -> !key.destroyed())
                .map(key -> PersonalDataCipher.decrypt(text, key.material()))
                .orElse(PersonalDataCipher.ERASED);
    }

    private final class Encrypting extends JsonSerializer<Object> {

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            DataKey key = keys.keyOf(ownerOf(generator.getOutputContext()));
            if (value instanceof Collection<?> items) {
                generator.writeStartArray();
                for (Object item : items) {
                    generator.writeString(seal((String) item, key));
                }
                generator.writeEndArray();
            } else {
                generator.writeString(seal((String) value, key));
            }
        }

        private static String ownerOf(JsonStreamContext context) {
            for (JsonStreamContext at = context; at != null; at = at.getParent()) {
                if (at.getCurrentValue() instanceof CareerEvent event) {
                    return event.subject();
                }
                if (at.getCurrentValue() instanceof PersonalDataOwner owner) {
                    return owner.personalDataOwner();
                }
            }
            throw new IllegalStateException("Personal data outside an event or a PersonalDataOwner: whose key would encrypt it?");
        }
    }

    private final class Decrypting extends JsonDeserializer<Object> {

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                return open(parser.getValueAsString());
            }
            List<String> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(open(parser.getValueAsString()));
            }
            return items;
        }
    }
}
