package io.careerledger.query.dashboard;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.query.api.Problems;

@RestController
class DashboardController {

    private final Dashboards dashboards;

    DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Operation(summary = "A person's progress: position, competency matrix against their framework version, readiness, goals,"
            + " last conversation of each kind, open promotion case. HR, the employee themself, or their line manager.")
    @GetMapping("/api/employees/{employeeId}/dashboard")
    @PreAuthorize("@employeeAccess.canRead(authentication, #employeeId)")
    EmployeeDashboard employee(@Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @PathVariable String employeeId) {
        return dashboards.employee(employeeId).orElseThrow(() -> Problems.notFound("No employee " + employeeId + "."));
    }

    @Operation(summary = "A manager's current reports by name (?page=0&size=20): readiness, overdue goals, days since the last"
            + " catch-up, assessments missing in open review cycles. HR or that manager.")
    @GetMapping("/api/teams/{managerId}/dashboard")
    @PreAuthorize("@employeeAccess.canReadTeam(authentication, #managerId)")
    Page<TeamMember> team(@Parameter(example = "mgr-1") @PathVariable String managerId, @PageableDefault(size = 20) Pageable page) {
        List<TeamMember> team = dashboards.team(managerId);
        int from = (int) Math.min(page.getOffset(), team.size());
        return new PageImpl<>(team.subList(from, Math.min(from + page.getPageSize(), team.size())), page, team.size());
    }
}
