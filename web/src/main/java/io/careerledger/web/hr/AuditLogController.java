package io.careerledger.web.hr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.people.People;

/**
 * HR's audit log: every event with who did it, when and why, filtered by person, actor, type and
 * days, a page at a time; both exports (CSV, JSON) stream through the web app with HR's own token.
 */
@Controller
class AuditLogController {

    private static final int PAGE_SIZE = 25;

    private final CareerLedgerApi api;
    private final People people;

    AuditLogController(CareerLedgerApi api, People people) {
        this.api = api;
        this.people = people;
    }

    /**
     * The filters as a person sets them: whole days, {@code to} included.
     *
     * @param type an event type such as {@code io.careerledger.PromotionDecided.v1}
     */
    record AuditFilter(String employeeId, String actorId, String type,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        /** The query-service's filter: instants, {@code to} exclusive. */
        UriComponentsBuilder query(String path) {
            return UriComponentsBuilder.fromPath(path)
                    .queryParamIfPresent("employeeId", given(employeeId))
                    .queryParamIfPresent("actorId", given(actorId))
                    .queryParamIfPresent("type", given(type))
                    .queryParamIfPresent("from", Optional.ofNullable(from).map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .queryParamIfPresent("to", Optional.ofNullable(to).map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }

        /** The same filters on this page's own links: the next page, the exports. */
        public String link(String path) {
            return UriComponentsBuilder.fromPath(path)
                    .queryParamIfPresent("employeeId", given(employeeId))
                    .queryParamIfPresent("actorId", given(actorId))
                    .queryParamIfPresent("type", given(type))
                    .queryParamIfPresent("from", Optional.ofNullable(from))
                    .queryParamIfPresent("to", Optional.ofNullable(to)).encode().build().toUriString();
        }

        /** These filters with another event type. */
        public AuditFilter withType(String otherType) {
            return new AuditFilter(employeeId, actorId, otherType, from, to);
        }

        private static Optional<String> given(String value) {
            return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
        }
    }

    record AuditPage(List<AuditEntry> content, PageMetadata page) {
    }

    record PageMetadata(int number, int totalPages, long totalElements) {
    }

    /** One fact of the log; the payload as the topic has it, with what the reader may not read withheld. */
    record AuditEntry(String eventId, String type, String employeeId, Instant occurredAt, String actorId,
                      Map<String, Object> metadata, Map<String, Object> payload, List<String> withheld) {

        /** {@code io.careerledger.PromotionDecided.v1} reads as "Promotion decided". */
        public String what() {
            String name = type.replaceFirst("^io\\.careerledger\\.", "").replaceFirst("\\.v\\d+$", "");
            String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        public Object reason() {
            return metadata == null ? null : metadata.get("reason");
        }

        /** The payload's plain facts; nested documents (a framework definition, a readiness snapshot) are left to the exports. */
        public Map<String, Object> facts() {
            return payload == null ? Map.of() : payload.entrySet().stream()
                    .filter(fact -> fact.getValue() != null && !(fact.getValue() instanceof Map) && !(fact.getValue() instanceof List))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        }
    }

    @GetMapping("/hr/audit")
    String auditLog(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        String uri = filter.query("/api/audit/events").queryParam("page", Math.max(page, 0)).queryParam("size", PAGE_SIZE)
                .queryParam("sort", "occurredAt,desc").encode().build().toUriString();
        AuditPage entries = api.asSignedIn().read(AuditPage.class, uri);
        List<People.Person> everyone = people.everyone();
        model.addAttribute("entries", entries);
        model.addAttribute("people", everyone);
        model.addAttribute("names", everyone.stream().collect(Collectors.toMap(People.Person::employeeId, People.Person::fullName)));
        return "hr/audit";
    }

    /** The export the query-service streams, passed on as it arrives with its type and file name. */
    @GetMapping("/hr/audit/export")
    void export(@ModelAttribute AuditFilter filter, @RequestParam(defaultValue = "csv") String format,
                HttpServletResponse response) {
        String uri = filter.query("/api/audit/events/export").queryParam("format", format).encode().build().toUriString();
        api.asSignedIn().download(headers -> {
            response.setContentType(headers.getFirst(HttpHeaders.CONTENT_TYPE));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, headers.getFirst(HttpHeaders.CONTENT_DISPOSITION));
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, uri);
    }
}
