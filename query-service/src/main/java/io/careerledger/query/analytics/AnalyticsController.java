package io.careerledger.query.analytics;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisation analytics: HR only. */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasRole('HR')")
class AnalyticsController {

    /** Periods default to everything recorded so far. */
    private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private final OrganisationAnalytics analytics;

    AnalyticsController(OrganisationAnalytics analytics) {
        this.analytics = analytics;
    }

    @Operation(summary = "People with the organisation per track and level (?frameworkId= to narrow to one framework).")
    @GetMapping("/head-count")
    List<HeadCount> headCount(@Parameter(example = "three-track") @RequestParam(required = false) String frameworkId) {
        return analytics.headCount(frameworkId);
    }

    @Operation(summary = "Track switches from → to per month, for switches between from and to (dates, inclusive).")
    @GetMapping("/track-switches")
    List<TrackSwitches> trackSwitches(
            @Parameter(example = "three-track") @RequestParam(required = false) String frameworkId,
            @Parameter(example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(example = "2026-12-31") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return analytics.trackSwitches(frameworkId, orBeginning(from), checkedEnd(from, to));
    }

    @Operation(summary = "Promotion rate and median days to promotion per track, next to the overall rate (parity), for"
            + " promotions effective between from and to.")
    @GetMapping("/promotions")
    PromotionParity promotions(
            @Parameter(example = "three-track") @RequestParam(required = false) String frameworkId,
            @Parameter(example = "2026-01-01") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(example = "2026-12-31") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return analytics.promotions(frameworkId, orBeginning(from), checkedEnd(from, to));
    }

    @Operation(summary = "Rating distribution per assessor with leniency / severity outliers: an assessor with at least minRatings"
            + " ratings whose mean is more than threshold away from the overall mean.")
    @GetMapping("/ratings")
    RatingDistribution ratings(
            @Parameter(example = "three-track") @RequestParam(required = false) String frameworkId,
            @Parameter(example = "0.5") @RequestParam(defaultValue = "0.5") double threshold,
            @Parameter(example = "5") @RequestParam(defaultValue = "5") int minRatings) {
        if (threshold <= 0 || minRatings < 1) {
            throw badRequest("threshold must be above 0 and minRatings at least 1.");
        }
        return analytics.ratings(frameworkId, threshold, minRatings);
    }

    private static LocalDate orBeginning(LocalDate from) {
        return from == null ? BEGINNING : from;
    }

    private static LocalDate checkedEnd(LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.of(9999, 12, 30) : to;
        if (from != null && from.isAfter(end)) {
            throw badRequest("from must not be after to.");
        }
        return end;
    }

    private static ErrorResponseException badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("/problems/invalid-query"));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
