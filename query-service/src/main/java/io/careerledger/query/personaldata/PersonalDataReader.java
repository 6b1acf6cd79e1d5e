package io.careerledger.query.personaldata;

import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.careerledger.events.CareerEvent;
import io.careerledger.events.EventTypes;
import io.careerledger.events.PersonalDataCipher;

/**
 * Opens the personal fields of a received payload (and the {@code reason} of its metadata) with the
 * subject's data key: plaintext for the read models, {@link PersonalDataCipher#ERASED} once the key is
 * gone. A field without the ciphertext marker (stored before encryption) is read as it is.
 */
@Component
public class PersonalDataReader {

    private static final String REASON = "reason";
    /** Found by reflection on the record, which costs more than opening the fields: once per type. */
    private static final ClassValue<List<String>> PERSONAL_FIELDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            return PersonalDataCipher.personalFieldsOf(type.asSubclass(Record.class));
        }
    };

    private final PersonalDataKeys keys;
    private final JsonMapper json;

    PersonalDataReader(PersonalDataKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    /** The payload with its personal fields opened. */
    public JsonNode open(Class<? extends CareerEvent> type, JsonNode payload) {
        if (payload instanceof ObjectNode fields) {
            for (String name : PERSONAL_FIELDS.get(type)) {
                JsonNode value = fields.get(name);
                if (value != null && value.isString()) {
                    fields.put(name, open(value.asString()));
                } else if (value instanceof ArrayNode items) {
                    for (int i = 0; i < items.size(); i++) {
                        items.set(i, items.get(i).isString() ? json.getNodeFactory().stringNode(open(items.get(i).asString())) : items.get(i));
                    }
                }
            }
        }
        return payload;
    }

    /** A stored payload of a CloudEvents type, as JSON text, with its personal fields opened (unchanged if it holds none). */
    public String open(String eventType, String payloadJson) {
        if (!payloadJson.contains(PersonalDataCipher.PREFIX)) {
            return payloadJson;
        }
        return EventTypes.classOf(eventType)
                .map(type -> json.writeValueAsString(open(type, json.readTree(payloadJson))))
                .orElse(payloadJson);
    }

    /** Metadata as JSON text with its reason opened. */
    public String openMetadata(String metadataJson) {
        if (!metadataJson.contains(PersonalDataCipher.PREFIX)) {
            return metadataJson;
        }
        JsonNode metadata = json.readTree(metadataJson);
        if (metadata instanceof ObjectNode fields && fields.path(REASON).isString()) {
            fields.put(REASON, open(fields.get(REASON).asString()));
            return json.writeValueAsString(fields);
        }
        return metadataJson;
    }

    /** One text: opened if it is a ciphertext whose key still exists, the erased marker if it isn't. */
    public String open(String text) {
        if (!PersonalDataCipher.isCiphertext(text)) {
            return text;
        }
        return keys.keyOf(PersonalDataCipher.keyIdOf(text))
                .map(key -> PersonalDataCipher.decrypt(text, key))
                .orElse(PersonalDataCipher.ERASED);
    }
}
