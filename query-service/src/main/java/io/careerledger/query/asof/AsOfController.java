package io.careerledger.query.asof;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.query.api.DatesInRange;
import io.careerledger.query.api.Problems;

@RestController
class AsOfController {

    private final CareersAsOf careers;

    AsOfController(CareersAsOf careers) {
        this.careers = careers;
    }

    @Operation(summary = "A person's summary and dashboard as they stood at an instant. HR, the employee themself, or their line"
            + " manager.",
            description = "Track, level, title, grade, band, the competency matrix with the ratings then in force (a calibration counts"
                    + " only if made by then), readiness for the next level (expectations met and milestones verified, as a nomination"
                    + " records it), goals and their state, the open promotion case. Folded from the person's events up to and"
                    + " including the instant, as the query-service's audit log holds them, and judged as the dashboard is: by the"
                    + " framework version the level was decided under then (before a track was chosen, the version published and in"
                    + " force then). As of now it is what the dashboard shows. 404 before the person's first event; 400 for an"
                    + " instant that is not an ISO-8601 date-time with an offset. Example:"
                    + " GET /api/employees/213d9fab-41dd-396b-8399-8f7f18091e2c/as-of/2026-03-01T00:00:00Z")
    @GetMapping("/api/employees/{employeeId}/as-of/{instant}")
    @PreAuthorize("@employeeAccess.canRead(authentication, #employeeId)")
    CareerAsOf asOf(@Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @PathVariable String employeeId,
                    @Parameter(description = "An ISO-8601 date-time with its offset (Z or +01:00): events up to and including it count",
                            example = "2026-03-01T00:00:00Z") @PathVariable String instant) {
        Instant at = parse(instant);
        return careers.of(employeeId, at).orElseThrow(() -> Problems.notFound("No event of employee " + employeeId + " up to " + at + "."));
    }

    private static Instant parse(String instant) {
        try {
            return DatesInRange.inRange(OffsetDateTime.parse(instant).toInstant());
        } catch (DateTimeParseException notAnInstant) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "invalid-instant", "'" + instant
                    + "' is not an ISO-8601 date-time with an offset, such as 2026-03-01T00:00:00Z.");
        } catch (IllegalArgumentException outOfRange) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "invalid-instant", "'" + instant + "' " + outOfRange.getMessage() + ".");
        }
    }
}
