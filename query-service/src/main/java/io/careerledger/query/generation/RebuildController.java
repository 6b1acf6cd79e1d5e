package io.careerledger.query.generation;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.query.api.Problems;

/** HR and admins rebuild the read models from the topic without taking dashboards offline. */
@RestController
@RequestMapping("/api/admin/rebuilds")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Start rebuilding every read model into a new generation; 202 with its progress, 409 while one runs.")
    @ApiResponse(responseCode = "202", description = "Started; `Location` is its progress.")
    @ApiResponse(responseCode = "409", description = "A rebuild is already running.")
    @PostMapping
    ResponseEntity<RebuildProgress> start() {
        try {
            return ResponseEntity.accepted().location(URI.create("/api/admin/rebuilds/current")).body(rebuild.start());
        } catch (ReadModelRebuild.AlreadyRunning running) {
            throw Problems.problem(HttpStatus.CONFLICT, "rebuild-running", running.getMessage());
        }
    }

    @Operation(summary = "Progress of the current or last rebuild: events done / total, rate, ETA.")
    @ApiResponse(responseCode = "200", description = "The progress.")
    @ApiResponse(responseCode = "404", description = "No rebuild has run since start-up.")
    @GetMapping("/current")
    RebuildProgress current() {
        return rebuild.progress().orElseThrow(() -> Problems.notFound("No rebuild has run since start-up."));
    }
}
