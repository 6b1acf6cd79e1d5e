package io.careerledger.query.analytics;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.query.api.Problems;

/** Organisation analytics: HR only. */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasRole('HR')")
class AnalyticsController {

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
    List<TrackSwitches> trackSwitches(@Parameter(example = "three-track") @RequestParam(required = false) String frameworkId,
                                      @Valid @ParameterObject Period period) {
        return analytics.trackSwitches(frameworkId, period.first(), period.last());
    }

    @Operation(summary = "Promotion rate and median days to promotion per track, next to the overall rate and median (parity), for"
            + " promotions effective between from and to.")
    @GetMapping("/promotions")
    PromotionParity promotions(@Parameter(example = "three-track") @RequestParam(required = false) String frameworkId,
                               @Valid @ParameterObject Period period) {
        return analytics.promotions(frameworkId, period.first(), period.last());
    }

    @Operation(summary = "Rating distribution per assessor with leniency / severity outliers: an assessor with at least minRatings"
            + " ratings whose mean is more than threshold away from the overall mean.")
    @GetMapping("/ratings")
    RatingDistribution ratings(
            @Parameter(example = "three-track") @RequestParam(required = false) String frameworkId,
            @Parameter(example = "0.5") @RequestParam(defaultValue = "0.5") double threshold,
            @Parameter(example = "5") @RequestParam(defaultValue = "5") int minRatings) {
        if (threshold <= 0 || minRatings < 1) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "invalid-query", "threshold must be above 0 and minRatings at least 1.");
        }
        return analytics.ratings(frameworkId, threshold, minRatings);
    }
}
