package io.careerledger.query.promotion;

import static io.careerledger.query.employee.EmployeeAccess.hasRole;

import io.careerledger.query.employee.EmployeeAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see a promotion case: HR, the council, its nominator and whoever may read its employee (the
 * employee, their line manager). The employee the case is about never sees individual calibration
 * feedback, whatever other role they hold; the decision trail (which is made of it) is for HR and the
 * council only.
 */
@Component("promotionCaseAccess")
public class PromotionCaseAccess {

    private final EmployeeAccess employees;
    private final PromotionCaseRepository cases;

    PromotionCaseAccess(EmployeeAccess employees, PromotionCaseRepository cases) {
        this.employees = employees;
        this.cases = cases;
    }

    /** An unknown case passes, so that it is answered with 404 rather than 403. */
    public boolean canSee(Authentication authentication, String caseId) {
        return cases.findById(caseId).map(promotionCase -> hasRole(authentication, "HR") || hasRole(authentication, "COUNCIL")
                || authentication.getName().equals(promotionCase.nominatedBy())
                || employees.canRead(authentication, promotionCase.employeeId())).orElse(true);
    }

    public boolean canAudit(Authentication authentication, String caseId) {
        return (hasRole(authentication, "HR") || hasRole(authentication, "COUNCIL"))
                && cases.findById(caseId).map(promotionCase -> !isAbout(authentication, promotionCase)).orElse(true);
    }

    static boolean isAbout(Authentication authentication, PromotionCase promotionCase) {
        return authentication.getName().equals(promotionCase.employeeId());
    }
}
