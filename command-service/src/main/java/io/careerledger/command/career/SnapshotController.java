package io.careerledger.command.career;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.command.career.CareerSnapshotConfiguration.SnapshotProperties;

/** Operators snapshot the careers an import or a migration wrote straight into the event store. */
@RestController
@RequestMapping(path = "/api/admin/snapshots", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
class SnapshotController {

    private final CareerSnapshots snapshots;
    private final SnapshotProperties properties;

    SnapshotController(CareerSnapshots snapshots, SnapshotProperties properties) {
        this.snapshots = snapshots;
        this.properties = properties;
    }

    @Schema(example = """
            {"eventsSinceSnapshot": 100}""")
    record SnapshotRequest(@Min(1) @Max(1_000_000) Integer eventsSinceSnapshot) {
    }

    @Operation(summary = "Snapshot every career with at least `eventsSinceSnapshot` events since its last snapshot (default: "
            + "careerledger.career.snapshots.threshold, the events a command's load replays before it takes one), as commands would: after "
            + "events were imported or migrated straight into the event store, so that the first command on a long history "
            + "loads a snapshot and a few events. Runs before it answers; a 10,000-event career takes about half a second. "
            + "`careers` were found behind, `written` got a new snapshot (the others are logged).")
    @ApiResponse(responseCode = "200", description = "Done; how many careers were behind and how many snapshots were written.")
    @PostMapping
    CareerSnapshots.SnapshotsWritten write(@Valid @RequestBody(required = false) SnapshotRequest request) {
        int eventsSinceSnapshot = request == null || request.eventsSinceSnapshot() == null
                ? properties.threshold() : request.eventsSinceSnapshot();
        return snapshots.writeBehind(eventsSinceSnapshot);
    }
}
