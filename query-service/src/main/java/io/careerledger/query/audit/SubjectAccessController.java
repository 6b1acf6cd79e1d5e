package io.careerledger.query.audit;

import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.events.EventTypes;
import io.careerledger.query.api.Problems;
import io.careerledger.query.employee.EmployeeDirectory;

/**
 * Subject access (GDPR art. 15): everything Career Ledger holds about a person, for the person or HR, as
 * one JSON document streamed section by section from the audit log (every fact about them, personal
 * fields opened, or erased), with the notes they may read and their current standing.
 */
@RestController
class SubjectAccessController {

    /** The document's sections: which events about the person each holds (the rest of their events are their career). */
    private static final Map<String, Predicate<String>> SECTIONS = new LinkedHashMap<>();

    static {
        Set<String> assessments = Set.of("CompetencyAssessed", "AssessmentCalibrated");
        SECTIONS.put("assessmentsAboutThem", assessments::contains);
        SECTIONS.put("goals", name -> name.startsWith("Goal"));
        SECTIONS.put("conversations", name -> name.startsWith("Conversation"));
        SECTIONS.put("promotionCases", name -> name.startsWith("Promotion") && !name.equals("PromotionApplied"));
        // anonymous feedback is shown to its subject only as the aggregates of /api/employees/{id}/feedback-rounds:
        // its answers one by one, or who was invited, would single out their authors
        SECTIONS.put("career", name -> !name.startsWith("Feedback") && SECTIONS.entrySet().stream()
                .filter(section -> !section.getKey().equals("career")).noneMatch(section -> section.getValue().test(name)));
    }

    private final AuditLog auditLog;
    private final AuditRedaction redaction;
    private final EmployeeDirectory directory;
    private final JsonMapper json;

    SubjectAccessController(AuditLog auditLog, AuditRedaction redaction, EmployeeDirectory directory, JsonMapper json) {
        this.auditLog = auditLog;
        this.redaction = redaction;
        this.directory = directory;
        this.json = json;
    }

    @Operation(summary = "Everything held about the person (the person themself, or HR): their current standing, then every "
            + "fact about them from the audit log in sections — career, assessments about them, assessments they gave, goals, "
            + "conversations (with the notes this reader may read), promotion cases — oldest first, streamed as one JSON "
            + "document. Personal content that was erased reads \"[erased]\". Anonymous feedback about the person is not "
            + "listed answer by answer (that would single out its authors): its aggregates are at /api/employees/{id}/feedback-rounds.")
    @ApiResponse(responseCode = "200", description = "The document.", content = @Content(mediaType = "application/json",
            schema = @Schema(type = "object", example = """
                    {"employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c", "generatedAt": "2027-02-01T10:00:00Z",
                     "person": {"employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c", "fullName": "Ada Lovelace"},
                     "career": [{"eventId": "0b7e8e2d-4f10-4c55-9a61-6f1c2b9e3d4a", "type": "io.careerledger.EmployeeRegistered.v2",
                                 "payload": {"fullName": "Ada Lovelace", "email": "ada@demo.example"}, "withheld": []}],
                     "assessmentsAboutThem": [], "assessmentsTheyGave": [], "goals": [], "conversations": [], "promotionCases": []}""")))
    @ApiResponse(responseCode = "404", description = "Nothing is held about this person.")
    @GetMapping(path = "/api/employees/{employeeId}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('HR') or authentication.name == #employeeId")
    ResponseEntity<StreamingResponseBody> personalData(
            @Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @PathVariable String employeeId, Authentication authentication) {
        Object person = directory.person(employeeId).orElseThrow(() -> Problems.notFound("Nothing is held about " + employeeId + "."));
        UnaryOperator<AuditEntry> asSeen = redaction.forReader(authentication);
        StreamingResponseBody body = out -> write(out, employeeId, person, asSeen);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personal-data-" + employeeId + ".json\"")
                .body(body);
    }

    private void write(OutputStream out, String employeeId, Object person, UnaryOperator<AuditEntry> asSeen) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("employeeId", employeeId);
            generator.writeStringProperty("generatedAt", Instant.now().toString());
            generator.writeName("person");
            json.writeValue(generator, person);
            for (Map.Entry<String, Predicate<String>> section : SECTIONS.entrySet()) {
                List<String> names = EventTypes.ALL.stream().map(Class::getSimpleName).filter(section.getValue()).toList();
                generator.writeArrayPropertyStart(section.getKey());
                auditLog.forEachAbout(employeeId, names, entry -> json.writeValue(generator, asSeen.apply(entry)));
                generator.writeEndArray();
            }
            generator.writeArrayPropertyStart("assessmentsTheyGave");
            auditLog.forEachAssessmentBy(employeeId, entry -> json.writeValue(generator, asSeen.apply(entry)));
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }
}
