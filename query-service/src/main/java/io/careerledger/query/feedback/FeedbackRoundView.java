package io.careerledger.query.feedback;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import io.careerledger.events.FeedbackInvitee;

/**
 * A feedback round as one reader may see it. Nobody but HR learns who was invited, and nobody at all
 * who gave which answer, unless HR revealed it with a reason; the results are aggregates, shown once
 * the round has its minimum of answers. {@code withheld} names the fields left empty for this reader.
 */
@Schema(example = """
        {"roundId": "5c2e8a1f-3b7d-4e9a-8f10-2a3b4c5d6e7f", "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
         "status": "OPEN", "competencyIds": ["collaboration"], "invited": 3, "answered": 3, "minimumAnswers": 3,
         "openedAt": "2026-03-02T10:00:00Z", "closedAt": null,
         "results": [{"competencyId": "collaboration", "answers": 3, "mean": 4.33, "distribution": {"1": 0, "2": 0, "3": 0, "4": 2, "5": 1}}],
         "comments": [{"text": "Explains trade-offs so that everyone can follow."}],
         "invitees": null, "reveals": null, "youAnswered": null, "withheld": ["invitees", "reveals"]}""")
record FeedbackRoundView(
        String roundId,
        @Schema(description = "the person the feedback is about") String employeeId,
        @Schema(allowableValues = {"OPEN", "CLOSED"}) String status,
        List<String> competencyIds,
        int invited,
        int answered,
        @Schema(description = "answers needed before results and comments are shown") int minimumAnswers,
        Instant openedAt,
        Instant closedAt,
        @Schema(description = "per competency: count, mean, distribution; the employee, their manager and HR, once there are minimumAnswers answers")
        List<FeedbackResults.CompetencyResult> results,
        @Schema(description = "the answers' comments, in no telling order and without author; HR sees them at any count,"
                + " with each one's answerId (to reveal its author) and the authorId of those it revealed")
        List<Comment> comments,
        @Schema(description = "HR only") List<FeedbackInvitee> invitees,
        @Schema(description = "HR only: every reveal of an author, with who asked and why") List<FeedbackRounds.Reveal> reveals,
        @Schema(description = "an invitee only: whether you answered") Boolean youAnswered,
        @Schema(description = "the fields withheld from you", example = "[\"invitees\", \"reveals\"]") List<String> withheld) {

    /** {@code answerId} and {@code authorId}: HR only, the author once revealed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Comment(String answerId, String text, String authorId) {
    }
}
