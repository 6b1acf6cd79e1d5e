package io.careerledger.bench;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mixed workload: self-assessments (40 %), new goals (30 %) and progress on the person's open goal
 * (30 %), each sent by the person themself. Every command changes something, so every 2xx stores one
 * event and shows up on the read side.
 */
final class CommandMix {

    /** A person who sends commands: their index in the organisation and their token. */
    record Actor(int index, String employeeId, String token) {
    }

    /** One command ready to send, and whose career it changes. */
    record Command(String employeeId, HttpRequest request) {
    }

    private final ServiceClient commandService;
    private final List<Actor> actors;
    private final AtomicLong sent = new AtomicLong();

    CommandMix(ServiceClient commandService, List<Actor> actors) {
        this.commandService = commandService;
        this.actors = actors;
    }

    static List<Actor> actors(ServiceClient commandService, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(index -> {
                    String id = SyntheticOrganisation.employeeId(index);
                    return new Actor(index, id, commandService.token(id, "EMPLOYEE"));
                })
                .toList();
    }

    List<Actor> actors() {
        return actors;
    }

    Command random() {
        return next(actors.get(ThreadLocalRandom.current().nextInt(actors.size())));
    }

    /** The next command of the given person. */
    Command next(Actor actor) {
        long number = sent.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int kind = random.nextInt(10);
        String base = "/api/employees/" + actor.employeeId();
        Map<String, Object> body = new HashMap<>();
        String path;
        if (kind < 4) {
            path = base + "/assessments";
            body.put("assessmentId", UUID.randomUUID());
            body.put("competencyId", SyntheticOrganisation.COMPETENCIES.get(random.nextInt(SyntheticOrganisation.COMPETENCIES.size())));
            body.put("assessorRole", "SELF");
            body.put("proficiency", 1 + random.nextInt(5));
            body.put("comment", "Benchmark self-assessment " + number);
        } else if (kind < 7) {
            path = base + "/goals";
            body.put("goalId", UUID.randomUUID());
            body.put("title", "Benchmark goal " + number);
            body.put("measure", "Measured by benchmark " + number);
            body.put("dueDate", "2031-06-30");
        } else {
            path = base + "/goals/" + SyntheticOrganisation.openGoalId(actor.index()) + "/progress";
            body.put("percentComplete", random.nextInt(100));
            body.put("note", "Benchmark progress " + number);
        }
        return new Command(actor.employeeId(), commandService.postRequest(path, actor.token(), body));
    }
}
