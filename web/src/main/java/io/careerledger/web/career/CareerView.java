package io.careerledger.web.career;

import java.util.List;

import io.careerledger.web.conversation.Conversation;

/**
 * Everything one person's career page shows, whoever reads it (the person on My progress, their manager
 * on a report's page): position, matrix (and its chart option), readiness and the next level's
 * milestones, the person's own milestones, goals, conversations, promotion cases.
 */
public record CareerView(Dashboard dashboard, Framework framework, List<Framework.Milestone> nextMilestones,
                         List<Conversation> conversations, List<PromotionCase> promotionCases, String matrixChart) {

    /** A milestone the person recorded evidence for, described as the framework describes it. */
    public record OwnMilestone(String description, String evidence, boolean verified) {
    }

    /** The person's own milestones, of any level: what they recorded, verified or not yet. */
    public List<OwnMilestone> ownMilestones() {
        return dashboard.milestones().stream().map(line -> new OwnMilestone(
                framework == null ? line.milestoneId()
                        : framework.milestone(line.milestoneId()).map(Framework.Milestone::description).orElse(line.milestoneId()),
                line.evidence(), line.verified())).toList();
    }

    /** The framework's competencies to assess; none before a track is chosen under a published version. */
    public List<Framework.Competency> competencies() {
        return framework == null ? List.of() : framework.competencies();
    }

    public List<Framework.Scale> scale() {
        return framework == null ? List.of() : framework.scale();
    }

    public List<Framework.Track> tracks() {
        return framework == null ? List.of() : framework.tracks();
    }
}
