package io.careerledger.query.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.careerledger.query.consumption.ReadModelChanged;
import io.careerledger.query.employee.EmployeeDirectory;

/**
 * Server-sent events for dashboards: each committed change is pushed to whoever watches the employee
 * and to whoever watches their manager's team, and the team they left when they changed manager. The
 * message says what changed; the client re-reads. Changes arrive from {@link ChangeNotifications}, so
 * a stream on any replica hears of every change, whichever replica applied the event.
 */
@Component
class LiveUpdates {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<String, Set<SseEmitter>> byEmployee = new ConcurrentHashMap<>();
    private final Map<String, Set<SseEmitter>> byTeam = new ConcurrentHashMap<>();
    private final EmployeeDirectory directory;

    LiveUpdates(EmployeeDirectory directory) {
        this.directory = directory;
    }

    SseEmitter watchEmployee(String employeeId) {
        return watch(byEmployee, employeeId);
    }

    SseEmitter watchTeam(String managerId) {
        return watch(byTeam, managerId);
    }

    void changed(ReadModelChanged change) {
        send(byEmployee.get(change.employeeId()), change);
        // the manager look-up is a query per applied event (a rebuild applies millions): only once a team is watched
        if (byTeam.isEmpty()) {
            return;
        }
        Optional<String> manager = directory.managerOf(change.employeeId());
        manager.ifPresent(current -> send(byTeam.get(current), change));
        if (change.formerManagerId() != null && !manager.equals(Optional.of(change.formerManagerId()))) {
            send(byTeam.get(change.formerManagerId()), change);
        }
    }

    private static SseEmitter watch(Map<String, Set<SseEmitter>> watchers, String key) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> forKey = watchers.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet());
        forKey.add(emitter);
        Runnable forget = () -> forKey.remove(emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        try {
            // an opening comment tells the client the subscription is live
            emitter.send(SseEmitter.event().comment("watching " + key));
        } catch (IOException e) {
            forget.run();
        }
        return emitter;
    }

    private static void send(Set<SseEmitter> emitters, ReadModelChanged change) {
        if (emitters == null) {
            return;
        }
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(SseEmitter.event().name("changed").id(change.eventId()).data(change));
            } catch (IOException | IllegalStateException gone) {
                emitters.remove(emitter);
            }
        }
    }
}
