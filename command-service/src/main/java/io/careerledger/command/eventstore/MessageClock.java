package io.careerledger.command.eventstore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Today's date for domain rules (due dates, sunsets, deadlines), read from Axon's message clock: the
 * clock that stamps events, and the one test fixtures set with {@code andGivenCurrentTime}.
 */
public final class MessageClock {

    private MessageClock() {
    }

    public static LocalDate today() {
        return today(ZoneOffset.UTC);
    }

    /** Today where the day is counted, e.g. the organisation's zone for review-cycle deadlines. */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), zone);
    }
}
