package io.careerledger.query.review;

import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.api.Problems;
import io.careerledger.query.employee.EmployeeAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.function.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review cycles for HR and managers. Cycles are organisation-wide schedules, so every manager sees
 * them all; who is missing what names only the manager's own direct reports (HR: everyone).
 */
@RestController
class ReviewCycleQueryController {

    private final ReviewCycleRepository cycles;
    private final ReviewCycleProgress progress;
    private final JsonColumns json;
    private final EmployeeAccess access;

    ReviewCycleQueryController(ReviewCycleRepository cycles, ReviewCycleProgress progress, JsonColumns json,
                               EmployeeAccess access) {
        this.cycles = cycles;
        this.progress = progress;
        this.json = json;
        this.access = access;
    }

    @Operation(summary = "Review cycles, the most recently opened first, paginated (?page=0&size=20): phase, deadlines,"
            + " population, closed. HR and managers.")
    @GetMapping("/api/review-cycles")
    @PreAuthorize("hasAnyRole('HR', 'MANAGER')")
    Page<ReviewCycleView> cycles(@PageableDefault(size = 20) Pageable page) {
        return cycles.findAllByOrderByOpenedAtDescCycleIdAsc(newestFirst(page)).map(cycle -> cycle.view(json));
    }

    @Operation(summary = "One review cycle with its population size and each deadline that passed with who had not done"
            + " their part by then and who owed it (owedBy: the person for self-assessment, their manager for manager"
            + " assessment, none for calibration), as recorded when the deadline passed; missing is null where the event"
            + " recorded nobody (revision 1). HR sees everyone missing; a manager sees their own direct reports.")
    @GetMapping("/api/review-cycles/{cycleId}")
    @PreAuthorize("hasAnyRole('HR', 'MANAGER')")
    ReviewCycleDetail cycle(@Parameter(example = "2026-h1") @PathVariable String cycleId, Authentication authentication) {
        ReviewCycle cycle = cycles.findById(cycleId).orElseThrow(() -> Problems.notFound("No review cycle " + cycleId + "."));
        Predicate<String> named = access.namedFor(authentication);
        return new ReviewCycleDetail(cycle.view(json), progress.populationSize(cycle),
                cycle.passedDeadlines(json).stream().map(passed -> passed.namingOnly(named)).toList());
    }

    @Operation(summary = "Review-cycle completion (HR), the most recently opened cycle first, paginated: per cycle the"
            + " population size, self / manager / calibration assessments done (people with at least one in the cycle)"
            + " against expected (the population), and the percentage complete.")
    @GetMapping("/api/analytics/review-cycle-completion")
    @PreAuthorize("hasRole('HR')")
    Page<ReviewCycleCompletion> completion(@PageableDefault(size = 20) Pageable page) {
        return cycles.findAllByOrderByOpenedAtDescCycleIdAsc(newestFirst(page)).map(progress::completion);
    }

    /** Always newest first, whatever sort is asked for. */
    private static Pageable newestFirst(Pageable page) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize());
    }
}
