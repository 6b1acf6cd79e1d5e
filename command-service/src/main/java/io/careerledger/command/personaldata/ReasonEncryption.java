package io.careerledger.command.personaldata;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import io.careerledger.command.security.ActorMetadata;
import io.careerledger.events.CareerEvent;
import io.careerledger.events.PersonalDataCipher;

/**
 * The reason a command gave travels on its events' metadata ({@code reason}, CloudEvents {@code ce_reason})
 * and may name people as the payload's texts do: it is encrypted under the same key, the event's
 * subject's, as the event is published, before it is stored.
 */
@Component
public class ReasonEncryption implements MessageDispatchInterceptor<EventMessage<?>> {

    private final PersonalDataKeys keys;
    private final boolean encrypting;

    ReasonEncryption(PersonalDataKeys keys, PersonalDataProperties properties) {
        this.keys = keys;
        this.encrypting = properties.encryption();
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            Object reason = message.getMetaData().get(ActorMetadata.REASON);
            if (!encrypting || reason == null || PersonalDataCipher.isCiphertext(reason.toString())
                    || !(message.getPayload() instanceof CareerEvent event)) {
                return message;
            }
            DataKey key = keys.keyOf(event.subject());
            String sealed = key.destroyed() ? PersonalDataCipher.ERASED
                    : PersonalDataCipher.encrypt(reason.toString(), key.keyId(), key.material());
            return message.andMetaData(Map.of(ActorMetadata.REASON, sealed));
        };
    }
}
