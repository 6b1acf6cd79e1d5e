package io.careerledger.query.promotion;

import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.api.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Promotion cases: one case, its decision trail, and an employee's cases. */
@RestController
class PromotionQueryController {

    private static final String CASE_ID_EXAMPLE = "a3c1e2d4-1111-4b2c-9d3e-0f1a2b3c4d5e";

    private final PromotionCaseRepository cases;
    private final PromotionStepRepository steps;
    private final JsonColumns json;

    PromotionQueryController(PromotionCaseRepository cases, PromotionStepRepository steps, JsonColumns json) {
        this.cases = cases;
        this.steps = steps;
        this.json = json;
    }

    @Operation(summary = "One promotion case: nominee, nominator, target level and track, status, decision and rationale,"
            + " readiness snapshot, evidence, and each council member's current stance. HR, the council, the nominator and"
            + " the employee's line manager see it all; the employee sees their own case with stance counts only; anyone"
            + " else gets 403.")
    @GetMapping("/api/promotion-cases/{caseId}")
    @PreAuthorize("@promotionCaseAccess.canSee(authentication, #caseId)")
    PromotionCaseView promotionCase(@Parameter(example = CASE_ID_EXAMPLE) @PathVariable String caseId,
                                    Authentication authentication) {
        PromotionCase found = existing(caseId);
        return found.view(!PromotionCaseAccess.isAbout(authentication, found), json);
    }

    @Operation(summary = "The promotion decision trail (HR and the council): every step of the case in order — nomination"
            + " with its readiness snapshot, evidence, each feedback (a changed stance names the earlier one), decision,"
            + " withdrawal, the applied promotion or why it failed — with actor, time, correlation id, reason and the"
            + " framework version the case is decided under.")
    @GetMapping("/api/promotion-cases/{caseId}/trail")
    @PreAuthorize("@promotionCaseAccess.canAudit(authentication, #caseId)")
    PromotionTrail trail(@Parameter(example = CASE_ID_EXAMPLE) @PathVariable String caseId) {
        PromotionCase found = existing(caseId);
        return new PromotionTrail(caseId, found.employeeId(), found.status(),
                steps.findByCaseIdOrderByStepNumberAsc(caseId).stream().map(step -> step.view(json)).toList());
    }

    @Operation(summary = "An employee's promotion cases, newest nomination first, paginated (?page=0&size=20). The employee,"
            + " their line manager and HR may read them; the employee's own view has stance counts but no individual"
            + " feedback.")
    @GetMapping("/api/employees/{employeeId}/promotion-cases")
    @PreAuthorize("@employeeAccess.canRead(authentication, #employeeId)")
    Page<PromotionCaseView> employeeCases(@Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @PathVariable String employeeId, @PageableDefault(size = 20) Pageable page,
                                          Authentication authentication) {
        // always newest first, whatever sort is asked for
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize());
        boolean withIndividualFeedback = !authentication.getName().equals(employeeId);
        return cases.findByEmployeeIdOrderByNominatedAtDescCaseIdAsc(employeeId, newestFirst)
                .map(found -> found.view(withIndividualFeedback, json));
    }

    @Operation(summary = "Every promotion case, newest nomination first, paginated (?page=0&size=20), for HR and the council:"
            + " the cases before them. ?status=OPEN (or DECIDED, WITHDRAWN, PROMOTED, PROMOTION_FAILED) narrows to one status."
            + " A council member's own case comes with stance counts only.")
    @GetMapping("/api/promotion-cases")
    @PreAuthorize("hasAnyRole('HR', 'COUNCIL')")
    Page<PromotionCaseView> allCases(@Parameter(example = "OPEN") @RequestParam(required = false) PromotionCaseStatus status,
                                     @PageableDefault(size = 20) Pageable page, Authentication authentication) {
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize());
        Page<PromotionCase> found = status == null ? cases.findAllByOrderByNominatedAtDescCaseIdAsc(newestFirst)
                : cases.findByStatusOrderByNominatedAtDescCaseIdAsc(status, newestFirst);
        return found.map(promotionCase -> promotionCase.view(!PromotionCaseAccess.isAbout(authentication, promotionCase), json));
    }

    private PromotionCase existing(String caseId) {
        return cases.findById(caseId).orElseThrow(() -> Problems.notFound("No promotion case " + caseId + "."));
    }
}
