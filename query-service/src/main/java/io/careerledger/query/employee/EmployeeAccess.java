package io.careerledger.query.employee;

import java.util.Set;
import java.util.function.Predicate;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read an employee's views: HR everyone, an employee themself, a manager their direct
 * reports. Used in {@code @PreAuthorize("@employeeAccess.canRead(authentication, #employeeId)")}.
 */
@Component("employeeAccess")
public class EmployeeAccess {

    private final EmployeeViewRepository employees;

    EmployeeAccess(EmployeeViewRepository employees) {
        this.employees = employees;
    }

    public boolean canRead(Authentication authentication, String employeeId) {
        return hasRole(authentication, "HR")
                || authentication.getName().equals(employeeId)
                || hasRole(authentication, "MANAGER") && employees.findById(employeeId)
                        .map(employee -> authentication.getName().equals(employee.managerId()))
                        .orElse(false);
    }

    /** A manager reads their own team; HR any team. */
    public boolean canReadTeam(Authentication authentication, String managerId) {
        return hasRole(authentication, "HR") || hasRole(authentication, "MANAGER") && authentication.getName().equals(managerId);
    }

    /**
     * Whom of many employees the reader may see named, with one look-up rather than one per person:
     * HR everyone, anyone else themself and their direct reports.
     */
    public Predicate<String> namedFor(Authentication authentication) {
        if (hasRole(authentication, "HR")) {
            return employeeId -> true;
        }
        Set<String> reports = hasRole(authentication, "MANAGER") ? employees.findIdsByManagerId(authentication.getName()) : Set.of();
        return employeeId -> authentication.getName().equals(employeeId) || reports.contains(employeeId);
    }

    public static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }
}
