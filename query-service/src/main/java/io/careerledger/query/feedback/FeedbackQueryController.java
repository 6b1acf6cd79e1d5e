package io.careerledger.query.feedback;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.query.api.Problems;

/** Anonymous 360° feedback rounds, each as its reader may see it ({@link FeedbackReaders}). */
@RestController
class FeedbackQueryController {

    private final FeedbackRounds rounds;
    private final FeedbackReaders readers;

    FeedbackQueryController(FeedbackRounds rounds, FeedbackReaders readers) {
        this.rounds = rounds;
        this.readers = readers;
    }

    @Operation(summary = "One feedback round. The employee, their line manager and whoever opened it see the results as"
            + " aggregates (per competency: count, mean, distribution) and the comments without authors, once the round has"
            + " its minimum of answers; an invitee sees whether they answered; HR sees the invitees, every comment with its"
            + " answer id and the authors it revealed; anyone else gets 403. No one sees who gave which answer.")
    @GetMapping("/api/feedback-rounds/{roundId}")
    FeedbackRoundView round(@Parameter(example = "5c2e8a1f-3b7d-4e9a-8f10-2a3b4c5d6e7f") @PathVariable String roundId,
                            Authentication authentication) {
        return readers.view(rounds.round(roundId).orElseThrow(() -> Problems.notFound("No feedback round " + roundId + ".")),
                authentication);
    }

    @Operation(summary = "The rounds you are invited to answer, newest first, each as you may see it.")
    @GetMapping("/api/feedback-rounds/invitations")
    List<FeedbackRoundView> invitations(Authentication authentication) {
        return rounds.invitationsOf(authentication.getName()).stream().map(round -> readers.view(round, authentication)).toList();
    }

    @Operation(summary = "The feedback rounds about an employee, newest first: the employee, their line manager and HR.")
    @GetMapping("/api/employees/{employeeId}/feedback-rounds")
    @PreAuthorize("@employeeAccess.canRead(authentication, #employeeId)")
    List<FeedbackRoundView> about(@Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @PathVariable String employeeId,
                                  Authentication authentication) {
        return rounds.about(employeeId).stream().map(round -> readers.view(round, authentication)).toList();
    }
}
