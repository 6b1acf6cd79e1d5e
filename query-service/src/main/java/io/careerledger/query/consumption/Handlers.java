package io.careerledger.query.consumption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.careerledger.events.CareerEvent;

/** Which handlers each event type goes to, in the order the projections registered them. */
public final class Handlers {

    private final Map<Class<?>, List<Consumer<Envelope<?>>>> byType = new HashMap<>();
    private final List<Consumer<Envelope<?>>> ofEvery = new ArrayList<>();

    /** {@code handler} receives every event of {@code type}. */
    public <E extends CareerEvent> Handlers on(Class<E> type, Consumer<Envelope<E>> handler) {
        byType.computeIfAbsent(type, ignored -> new ArrayList<>()).add(envelope -> handler.accept(envelope.as(type)));
        return this;
    }

    /** {@code handler} receives every event, whatever its type (the audit log). */
    public Handlers onEvery(Consumer<Envelope<CareerEvent>> handler) {
        ofEvery.add(envelope -> handler.accept(envelope.as(CareerEvent.class)));
        return this;
    }

    static Handlers of(List<Projection> projections) {
        Handlers handlers = new Handlers();
        projections.forEach(projection -> projection.register(handlers));
        return handlers;
    }

    void dispatch(Envelope<?> envelope) {
        ofEvery.forEach(handler -> handler.accept(envelope));
        byType.getOrDefault(envelope.payload().getClass(), List.of()).forEach(handler -> handler.accept(envelope));
    }
}
