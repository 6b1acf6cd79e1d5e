package io.careerledger.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of published events and their CloudEvents type names
 * ({@code io.careerledger.<EventName>.v<revision>}).
 */
public final class EventTypes {

    private static final String PREFIX = "io.careerledger.";

    /** Every event of the contract; a new event is added here. */
    public static final List<Class<? extends CareerEvent>> ALL = List.of(
            EmployeeRegistered.class);

    private static final Map<String, Class<? extends CareerEvent>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventTypes::typeOf, Function.identity()));

    private EventTypes() {
    }

    public static String typeOf(Class<?> eventClass) {
        return PREFIX + eventClass.getSimpleName() + ".v" + revisionOf(eventClass);
    }

    public static int revisionOf(Class<?> eventClass) {
        EventRevision revision = eventClass.getAnnotation(EventRevision.class);
        return revision == null ? 1 : revision.value();
    }

    public static Optional<Class<? extends CareerEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
