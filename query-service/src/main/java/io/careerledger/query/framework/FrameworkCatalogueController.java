package io.careerledger.query.framework;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.query.api.Problems;

/** The framework catalogue: public inside the organisation, so every role reads it. */
@RestController
@RequestMapping("/api/frameworks")
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'HR', 'COUNCIL', 'ADMIN')")
class FrameworkCatalogueController {

    private final FrameworkCatalogue catalogue;

    FrameworkCatalogueController(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "Every framework: its version in force (none until one is published), the version before the council"
            + " if any, and the annual review date of the version in force with whether it is overdue.")
    @GetMapping
    List<FrameworkSummary> list() {
        return catalogue.frameworks();
    }

    @Operation(summary = "The version in force in full — scale, competencies, tracks with their levels (title, grade, salary"
            + " band, expectations, milestones), level policies, parity exceptions — with each track's scheduled retirement"
            + " and whether it is past its sunset today. 404 until a version is published.")
    @GetMapping("/{frameworkId}")
    FrameworkInForce inForce(@Parameter(example = "three-track") @PathVariable String frameworkId) {
        return catalogue.inForce(frameworkId)
                .orElseThrow(() -> Problems.notFound("Framework " + frameworkId + " has no published version."));
    }

    @Operation(summary = "Every version of a framework, oldest first: status, proposer, approvals, rejection reasons and"
            + " timestamps, without the documents.")
    @GetMapping("/{frameworkId}/versions")
    List<VersionSummary> versions(@Parameter(example = "three-track") @PathVariable String frameworkId) {
        List<VersionSummary> versions = catalogue.versions(frameworkId);
        if (versions.isEmpty()) {
            throw Problems.notFound("No framework " + frameworkId + ".");
        }
        return versions;
    }

    @Operation(summary = "One version in full, whatever its status: its history with the council and its document.")
    @GetMapping("/{frameworkId}/versions/{version}")
    VersionDetail version(@Parameter(example = "three-track") @PathVariable String frameworkId,
                          @Parameter(example = "1") @PathVariable int version) {
        return catalogue.version(frameworkId, version)
                .orElseThrow(() -> Problems.notFound("Framework " + frameworkId + " has no version " + version + "."));
    }
}
