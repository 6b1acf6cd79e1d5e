package io.careerledger.query.consumption;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.query.api.Problems;
import io.careerledger.query.consumption.ParkedEvent.ParkedEventSummary;

/** HR and admins see the events the read side could not apply, and apply them again. */
@RestController
@RequestMapping("/api/admin/parked-events")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class ParkedEventController {

    private final ParkedEventRepository parked;
    private final ParkedEventRedrive redrive;

    ParkedEventController(ParkedEventRepository parked, ParkedEventRedrive redrive) {
        this.parked = parked;
        this.redrive = redrive;
    }

    @Operation(summary = "Events that failed after retries, oldest first, with their error.")
    @GetMapping
    Page<ParkedEventSummary> list(@PageableDefault(size = 50, sort = "parkedAt", direction = Sort.Direction.ASC) Pageable page) {
        return parked.findAll(page).map(ParkedEvent::summary);
    }

    @Schema(example = """
            {
              "eventId": "0b7e8e2d-4f10-4c55-9a61-6f1c2b9e3d4a",
              "outcome": "applied"
            }
            """)
    record Redriven(String eventId, String outcome) {
    }

    @Operation(summary = "Apply a parked event again. 200 when applied; 409 with the error when it fails again.")
    @ApiResponse(responseCode = "200", description = "Applied.")
    @ApiResponse(responseCode = "409", description = "It failed again; `detail` has the error.")
    @PostMapping("/{eventId}/redrive")
    Redriven redrive(@Parameter(example = "0b7e8e2d-4f10-4c55-9a61-6f1c2b9e3d4a") @PathVariable String eventId) {
        ParkedEvent event = parked.findById(eventId).orElseThrow(() ->
                Problems.notFound("No parked event " + eventId + "."));
        redrive.redrive(event).ifPresent(error -> {
            throw Problems.problem(HttpStatus.CONFLICT, "redrive-failed", "Event " + eventId + " failed again: " + error);
        });
        return new Redriven(eventId, "applied");
    }
}
