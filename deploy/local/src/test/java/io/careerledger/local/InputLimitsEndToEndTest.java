package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import io.careerledger.events.Limits;

/**
 * Whatever the command side accepts, the read side holds: registrations and conversations whose every
 * text is as long as its limit allows, drawn from all of Unicode (astral characters included), with dates
 * at the edges of the documented range, go through the real pipe (REST → event store → Kafka →
 * query-service) and come back unchanged from the read models, with nothing parked.
 */
class InputLimitsEndToEndTest {

    private static final Instant LATEST_INSTANT = Instant.parse(Limits.LATEST_DATE + "T23:59:59Z");
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private final RestClient commandService = RunningStack.commandService();
    private final RestClient queryService = RunningStack.queryService();
    private final String hr = RunningStack.token("hr-limits", "HR");

    record Edge(String fullName, String email, LocalDate hireDate, Instant scheduledFor, String agenda, String note, String summary) {
    }

    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    void whatTheCommandSideAcceptsAtItsLimitsIsProjectedUnchanged(@ForAll("edges") Edge edge) {
        String employeeId = UUID.randomUUID().toString();
        String conversationId = UUID.randomUUID().toString();

        assertThat(post("/api/employees", Map.of("employeeId", employeeId, "fullName", edge.fullName(), "email", edge.email(),
                "level", 1, "hireDate", edge.hireDate().toString()))).isEqualTo(201);
        assertThat(post("/api/conversations", Map.of("conversationId", conversationId, "employeeId", employeeId,
                "kind", "CAREER_PLANNING", "scheduledFor", edge.scheduledFor().toString(), "agenda", edge.agenda()))).isEqualTo(201);
        assertThat(post("/api/conversations/" + conversationId + "/notes", Map.of("noteId", UUID.randomUUID().toString(),
                "text", edge.note(), "visibility", "SHARED"))).isEqualTo(204);
        assertThat(post("/api/conversations/" + conversationId + "/conclusion", Map.of("summary", edge.summary()))).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> conversation = get("/api/conversations/" + conversationId);
            assertThat(conversation).containsEntry("agenda", edge.agenda()).containsEntry("summary", edge.summary());
            assertThat(Instant.parse((String) conversation.get("scheduledFor"))).isEqualTo(edge.scheduledFor());
            assertThat((List<?>) conversation.get("notes")).singleElement().extracting(note -> ((Map<?, ?>) note).get("text"))
                    .isEqualTo(edge.note());
        });
        assertThat(get("/api/employees/" + employeeId)).containsEntry("fullName", edge.fullName())
                .containsEntry("email", edge.email()).containsEntry("hireDate", edge.hireDate().toString());
        assertThat(((Map<?, ?>) get("/api/admin/parked-events").get("page")).get("totalElements")).isEqualTo(0);
    }

    @Provide
    Arbitrary<Edge> edges() {
        Arbitrary<LocalDate> hireDates = Arbitraries.oneOf(Arbitraries.of(Limits.earliestDate(), Limits.latestDate()),
                Arbitraries.longs().between(Limits.earliestDate().toEpochDay(), Limits.latestDate().toEpochDay()).map(LocalDate::ofEpochDay));
        Arbitrary<Instant> scheduledFor = Arbitraries.oneOf(Arbitraries.just(LATEST_INSTANT),
                Arbitraries.longs().between(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond(), LATEST_INSTANT.getEpochSecond())
                        .map(Instant::ofEpochSecond));
        return Combinators.combine(text(Limits.NAME), email(), hireDates, scheduledFor, text(Limits.TEXT), text(Limits.NOTE),
                text(Limits.NOTE)).as(Edge::new);
    }

    /**
     * Text of exactly {@code length} UTF-16 units (the unit the limits count; a read model's column counts
     * code points, so this is the most it must hold), mostly outside ASCII and a third astral. No whitespace
     * or control characters: the command side strips the edges of some texts. Drawn from jqwik's random
     * source in one go: a list arbitrary of 10,000 shrinkable code points would cost seconds a try.
     */
    private static Arbitrary<String> text(int length) {
        int[][] ranges = {{0x21, 0x7E}, {0xA1, 0xD7FF}, {0xE000, 0xFFFD}, {0x1_0000, 0x10_FFFF}};
        int[] weights = {2, 3, 1, 3};
        return Arbitraries.randomValue(random -> {
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                int pick = random.nextInt(9);
                int range = pick < weights[0] ? 0 : pick < weights[0] + weights[1] ? 1 : pick < 9 - weights[3] ? 2 : 3;
                int cp = ranges[range][0] + random.nextInt(ranges[range][1] - ranges[range][0] + 1);
                boolean fits = text.length() + Character.charCount(cp) <= length;
                if (fits && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)) {
                    text.appendCodePoint(cp);
                } else if (!fits) {
                    text.append('x');
                }
            }
            return text.toString();
        });
    }

    /** The longest address there is: a 64-character local part and a 189-character domain, 254 in all. */
    private static Arbitrary<String> email() {
        Arbitrary<String> localPart = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("!#$%&'*+/=?^_`{|}~-")
                .ofLength(64).filter(local -> Character.isLetterOrDigit(local.charAt(0)));
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').ofLength(63);
        return Combinators.combine(localPart, label, label).as((local, first, second) ->
                local + "@" + first + "." + second + "." + "d".repeat(57) + ".org");
    }

    private int post(String path, Map<String, Object> body) {
        return commandService.post().uri(path).headers(h -> h.setBearerAuth(hr)).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toBodilessEntity().getStatusCode().value();
    }

    private Map<String, Object> get(String path) {
        return queryService.get().uri(path).headers(h -> h.setBearerAuth(hr)).retrieve().body(JSON);
    }
}
