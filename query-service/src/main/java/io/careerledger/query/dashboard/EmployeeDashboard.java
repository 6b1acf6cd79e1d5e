package io.careerledger.query.dashboard;

import java.time.LocalDate;
import java.util.List;

import io.careerledger.query.conversation.ConversationDigest.LastConversation;

/**
 * Everything a person's progress page shows. Track, title, grade, matrix and readiness are absent
 * until a track was chosen under a published framework version.
 *
 * @param frameworkVersion  the version the level was decided under (the one in force until a track is chosen)
 * @param readiness         absent at the top of the track
 * @param openPromotionCase absent when no case is under way
 * @param stale             whether an event of this person is parked (not applied yet): the dashboard may be behind
 */
record EmployeeDashboard(String employeeId, String fullName, String managerId, String frameworkId, Integer frameworkVersion,
                         String trackId, int level, String title, String grade, LocalDate levelSince, long daysInLevel,
                         LocalDate offboardedOn, List<CompetencyRow> competencies, Readiness readiness, List<GoalLine> goals,
                         List<LastConversation> lastConversations, PromotionCaseLine openPromotionCase,
                         boolean stale) {

    /** @param overdue still open after its due date */
    record GoalLine(String goalId, String title, LocalDate dueDate, int percentComplete, String status, boolean overdue) {
    }

    record PromotionCaseLine(String caseId, String status, int toLevel) {
    }
}
