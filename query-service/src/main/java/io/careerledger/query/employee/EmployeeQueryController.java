package io.careerledger.query.employee;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.events.Limits;
import io.careerledger.query.api.Problems;
import io.careerledger.query.consumption.ParkedEvents;

@RestController
@RequestMapping("/api/employees")
class EmployeeQueryController {

    private final EmployeeViewRepository employees;
    private final CareerPositions positions;
    private final ParkedEvents parkedEvents;

    EmployeeQueryController(EmployeeViewRepository employees, CareerPositions positions, ParkedEvents parkedEvents) {
        this.employees = employees;
        this.positions = positions;
        this.parkedEvents = parkedEvents;
    }

    @Operation(summary = "All employees, paginated (?page=0&size=20&sort=fullName,asc), or those whose name contains ?name= "
            + "(any case). HR only.")
    @GetMapping
    @PreAuthorize("hasRole('HR')")
    Page<EmployeeSummary> list(@Parameter(example = "love") @RequestParam(required = false) String name,
                               @PageableDefault(size = 20, sort = "fullName", direction = Sort.Direction.ASC) Pageable page) {
        if (name != null && name.length() > Limits.NAME) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "invalid-query", "A name to look for is at most " + Limits.NAME + " characters.");
        }
        return (name == null || name.isBlank() ? employees.findAll(page) : employees.findByFullNameContainingIgnoreCase(name.strip(), page))
                .map(this::summary);
    }

    @Operation(summary = "One employee: HR, the employee themself, or their line manager.")
    @GetMapping("/{employeeId}")
    @PreAuthorize("@employeeAccess.canRead(authentication, #employeeId)")
    EmployeeSummary get(@Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @PathVariable String employeeId) {
        return employees.findById(employeeId).map(this::summary).orElseThrow(() -> Problems.notFound("No employee " + employeeId + "."));
    }

    private EmployeeSummary summary(EmployeeView view) {
        return EmployeeSummary.of(view, positions.of(view), parkedEvents.anyParkedFor(view.employeeId()));
    }
}
