package io.careerledger.command.career;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reporting lines held in memory, for aggregate fixtures whose rules ask who manages whom. */
public class InMemoryReportingLines extends ReportingLines {

    private final Map<String, ReportingLine> lines = new HashMap<>();

    public InMemoryReportingLines() {
        super(null);
    }

    public InMemoryReportingLines reportsTo(String employeeId, String managerId) {
        lines.put(employeeId, new ReportingLine(employeeId, managerId, "three-track", false));
        return this;
    }

    public InMemoryReportingLines offboarded(String employeeId, String managerId) {
        lines.put(employeeId, new ReportingLine(employeeId, managerId, "three-track", true));
        return this;
    }

    @Override
    public Optional<ReportingLine> of(String employeeId) {
        return Optional.ofNullable(lines.get(employeeId));
    }
}
