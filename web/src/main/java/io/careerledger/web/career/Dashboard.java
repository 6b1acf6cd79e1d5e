package io.careerledger.web.career;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person's progress as the query-service's {@code /api/employees/{id}/dashboard} answers it: track,
 * title, grade and matrix are absent until a track is chosen, readiness at the top of the track.
 */
public record Dashboard(String employeeId, String fullName, String managerId, String frameworkId, Integer frameworkVersion,
                        String trackId, int level, String title, String grade, String salaryBand, LocalDate levelSince,
                        long daysInLevel, List<CompetencyRow> competencies, Readiness readiness, List<Goal> goals,
                        List<MilestoneLine> milestones, List<LastConversation> lastConversations, CaseLine openPromotionCase,
                        boolean stale) {

    public Dashboard {
        competencies = competencies == null ? List.of() : competencies;
        goals = goals == null ? List.of() : goals;
        milestones = milestones == null ? List.of() : milestones;
        lastConversations = lastConversations == null ? List.of() : lastConversations;
    }

    /** @param gap steps the rating is short of the next level; absent when the next level expects nothing here */
    public record CompetencyRow(String competencyId, String name, Integer self, Integer manager, Integer peer, Integer calibrated,
                                Integer rating, Integer expectedNow, Integer expectedNext, Integer gap) {
    }

    /** @param status OPEN, COMPLETED or ABANDONED */
    public record Goal(String goalId, String title, LocalDate dueDate, int percentComplete, String status, boolean overdue) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** A milestone of any level the person recorded evidence for: the latest evidence, verified or not yet. */
    public record MilestoneLine(String milestoneId, String evidence, boolean verified) {
    }

    public record LastConversation(String conversationId, String kind, String status, Instant scheduledFor, Instant concludedAt) {
    }

    public record CaseLine(String caseId, String status, String decision, int toLevel) {
    }

    public Optional<Goal> goal(String goalId) {
        return goals.stream().filter(goal -> goal.goalId().equals(goalId)).findFirst();
    }

    public Optional<CompetencyRow> competency(String competencyId) {
        return competencies.stream().filter(row -> row.competencyId().equals(competencyId)).findFirst();
    }
}
