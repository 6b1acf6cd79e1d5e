package io.careerledger.web.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.careerledger.web.api.ApiRefusal;
import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.layout.Actions;
import io.careerledger.web.signin.CurrentUser;

/**
 * The framework catalogue for HR and the council: the version in force as tracks × levels with title,
 * grade and band and whether each level keeps parity across tracks; every version with its approvals;
 * the diff between two versions; a proposal uploaded as YAML (HR) and its approval (council).
 */
@Controller
@RequestMapping("/frameworks")
class FrameworkCatalogueController {

    private static final ParameterizedTypeReference<List<FrameworkSummary>> SUMMARIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Version>> VERSIONS = new ParameterizedTypeReference<>() {
    };

    private final CareerLedgerApi api;
    private final Actions actions;
    private final CurrentUser currentUser;

    FrameworkCatalogueController(CareerLedgerApi api, Actions actions, CurrentUser currentUser) {
        this.api = api;
        this.actions = actions;
        this.currentUser = currentUser;
    }

    record FrameworkSummary(String frameworkId, String name, Integer versionInForce, Integer pendingVersion) {
    }

    record FrameworkInForce(String frameworkId, int version, String name, String description, List<Track> tracks,
                            List<ParityException> parityExceptions) {
    }

    record Track(String id, String name, String kind, List<Level> levels, boolean pastSunset) {

        Optional<Level> level(int number) {
            return levels.stream().filter(level -> level.level() == number).findFirst();
        }
    }

    record Level(int level, String title, String grade, String salaryBand) {
    }

    record ParityException(int level, List<String> tracks, String reason) {
    }

    record Version(int version, String status, String rationale, String proposedBy, int requiredApprovals,
                   List<Approval> approvals, String rejectedBy, List<String> rejectionReasons, Instant proposedAt) {
    }

    record Approval(String approvedBy, String comment, Instant approvedAt) {
    }

    record Diff(int from, int to, List<Change> changes) {
    }

    record Change(String kind, String what, String path, String before, String after) {
    }

    /**
     * One level across the tracks that have it.
     *
     * @param cells       per track of the framework, in its order: the level there, or empty
     * @param parity      whether every track with the level gives it the same grade and band
     * @param exceptions  the reasons the framework gives for a level that differs on purpose
     */
    record LevelRow(int level, List<Optional<Level>> cells, boolean parity, List<String> exceptions) {
    }

    @GetMapping
    String catalogue(@RequestParam(required = false) String frameworkId, @RequestParam(required = false) Integer from,
                     @RequestParam(required = false) Integer to, Model model) {
        return page(frameworkId, from, to, model);
    }

    @PostMapping("/proposals")
    String propose(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String document,
                   @RequestParam(defaultValue = "") String rationale, Model model, RedirectAttributes flash,
                   HttpServletResponse response) {
        String yaml = file != null && !file.isEmpty() ? text(file) : document;
        AtomicReference<Proposed> proposed = new AtomicReference<>();
        if (actions.perform("propose", () -> proposed.set(api.asSignedIn().sendDocument(Proposed.class, yaml,
                        MediaType.parseMediaType("application/yaml"), "/api/frameworks/proposals?rationale={rationale}", rationale)),
                () -> proposedVersionListed(proposed.get()),
                "Proposed: the new version is now before the council.", model, flash, response)) {
            return "redirect:/frameworks?frameworkId=" + proposed.get().frameworkId();
        }
        return page(null, null, null, model);
    }

    record Proposed(String frameworkId, int version) {
    }

    private boolean proposedVersionListed(Proposed proposed) {
        try {
            return versions(proposed.frameworkId()).stream().anyMatch(version -> version.version() == proposed.version());
        } catch (ApiRefusal firstVersionNotYetRead) {
            return false;
        }
    }

    @PostMapping("/{frameworkId}/versions/{version}/approvals")
    String approve(@PathVariable String frameworkId, @PathVariable int version, @RequestParam(defaultValue = "") String comment,
                   Model model, RedirectAttributes flash, HttpServletResponse response) {
        String me = currentUser.get().subject();
        model.addAttribute("refusedVersion", version);
        if (actions.perform("approve", () -> api.asSignedIn().send(Map.of("comment", comment),
                        "/api/frameworks/{frameworkId}/versions/{version}/approvals", frameworkId, version),
                () -> approvedBy(me, frameworkId, version), "Your approval is recorded.", model, flash, response)) {
            return "redirect:/frameworks?frameworkId=" + frameworkId;
        }
        return page(frameworkId, null, null, model);
    }

    /** The member's approval is listed, and when it completed the quorum, the version is published (no longer proposed). */
    private boolean approvedBy(String member, String frameworkId, int version) {
        return versions(frameworkId).stream().filter(found -> found.version() == version)
                .anyMatch(found -> found.approvals().stream().anyMatch(approval -> approval.approvedBy().equals(member))
                        && (found.approvals().size() < found.requiredApprovals() || !found.status().equals("PROPOSED")));
    }

    private List<Version> versions(String frameworkId) {
        return api.asSignedIn().read(VERSIONS, "/api/frameworks/{frameworkId}/versions", frameworkId);
    }

    private String page(String frameworkId, Integer from, Integer to, Model model) {
        List<FrameworkSummary> frameworks = api.asSignedIn().read(SUMMARIES, "/api/frameworks");
        model.addAttribute("frameworks", frameworks);
        String chosen = frameworkId != null ? frameworkId : frameworks.isEmpty() ? null : frameworks.get(0).frameworkId();
        model.addAttribute("frameworkId", chosen);
        if (chosen == null) {
            return "framework/catalogue";
        }
        List<Version> versions = versions(chosen);
        model.addAttribute("versions", versions);
        FrameworkSummary summary = frameworks.stream().filter(found -> found.frameworkId().equals(chosen)).findFirst().orElse(null);
        if (summary != null && summary.versionInForce() != null) {
            FrameworkInForce inForce = api.asSignedIn().read(FrameworkInForce.class, "/api/frameworks/{frameworkId}", chosen);
            model.addAttribute("inForce", inForce);
            model.addAttribute("rows", rows(inForce));
        }
        if (from != null && to != null) {
            try {
                model.addAttribute("diff", api.asSignedIn().readFromCommandService(Diff.class,
                        "/api/frameworks/{frameworkId}/diff?from={from}&to={to}", chosen, from, to));
            } catch (ApiRefusal refusal) {
                model.addAttribute("diffRefusal", refusal.detail());
            }
        }
        model.addAttribute("from", from != null ? from : versions.size() > 1 ? versions.get(versions.size() - 2).version() : 1);
        model.addAttribute("to", to != null ? to : versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version());
        return "framework/catalogue";
    }

    private static List<LevelRow> rows(FrameworkInForce framework) {
        TreeSet<Integer> levels = new TreeSet<>();
        framework.tracks().forEach(track -> track.levels().forEach(level -> levels.add(level.level())));
        return levels.stream().map(number -> {
            List<Optional<Level>> cells = framework.tracks().stream().map(track -> track.level(number)).toList();
            boolean parity = cells.stream().flatMap(Optional::stream)
                    .map(level -> level.grade() + "/" + level.salaryBand()).distinct().count() <= 1;
            List<String> exceptions = framework.parityExceptions() == null ? List.of() : framework.parityExceptions().stream()
                    .filter(exception -> exception.level() == number)
                    .map(exception -> String.join(", ", exception.tracks()) + ": " + exception.reason()).toList();
            return new LevelRow(number, cells, parity, exceptions);
        }).toList();
    }

    private static String text(MultipartFile file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
