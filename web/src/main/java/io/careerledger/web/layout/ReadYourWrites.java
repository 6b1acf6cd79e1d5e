package io.careerledger.web.layout;

import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

import io.careerledger.web.api.NotYetVisible;

/**
 * The read side takes a moment to apply a command (Kafka between the services): after an action the
 * page reads the effect with the command's consistency token, which the query-service answers once it
 * shows the command (waiting a bounded time), so the person sees what they did at once.
 */
@Component
public class ReadYourWrites {

    /** @return whether the effect showed within the query-service's wait */
    public boolean await(BooleanSupplier visible) {
        try {
            return visible.getAsBoolean();
        } catch (NotYetVisible behind) {
            return false;
        }
    }
}
