package io.careerledger.query.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class LiveUpdatesController {

    private final LiveUpdates live;

    LiveUpdatesController(LiveUpdates live) {
        this.live = live;
    }

    @Operation(summary = "Server-sent events: one 'changed' message each time this employee's views change.")
    @GetMapping(path = "/api/employees/{employeeId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("@employeeAccess.canRead(authentication, #employeeId)")
    SseEmitter employee(@Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @PathVariable String employeeId) {
        return live.watchEmployee(employeeId);
    }

    @Operation(summary = "Server-sent events: one 'changed' message each time a report of this manager changes.")
    @GetMapping(path = "/api/teams/{managerId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("@employeeAccess.canReadTeam(authentication, #managerId)")
    SseEmitter team(@Parameter(example = "mgr-1") @PathVariable String managerId) {
        return live.watchTeam(managerId);
    }
}
