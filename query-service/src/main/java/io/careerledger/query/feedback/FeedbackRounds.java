package io.careerledger.query.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

import io.careerledger.events.FeedbackInvitee;
import io.careerledger.events.FeedbackRating;
import io.careerledger.query.api.JsonColumns;

/** Reads the feedback tables. */
@Repository
class FeedbackRounds {

    record Round(String roundId, String employeeId, String openedBy, List<String> competencyIds, List<FeedbackInvitee> invitees,
                 int minimumAnswers, Instant openedAt, String closedBy, Instant closedAt) {

        boolean invites(String personId) {
            return invitees.stream().anyMatch(invitee -> invitee.personId().equals(personId));
        }
    }

    record Answer(String answerId, String authorId, List<FeedbackRating> ratings, String comment, Instant givenAt) {
    }

    record Reveal(String answerId, String authorId, String revealedBy, String reason, Instant revealedAt) {
    }

    private static final String ROUND = "SELECT round_id, employee_id, opened_by, competency_ids::text AS competency_ids,"
            + " invitees::text AS invitees, minimum_answers, opened_at, closed_by, closed_at FROM feedback_round";

    private final JdbcClient jdbc;
    private final JsonColumns json;
    private final RowMapper<Round> rowOfRound = this::round;

    FeedbackRounds(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Round> round(String roundId) {
        return jdbc.sql(ROUND + " WHERE round_id = ?").param(roundId).query(rowOfRound).optional();
    }

    /** About one employee, newest first. */
    List<Round> about(String employeeId) {
        return jdbc.sql(ROUND + " WHERE employee_id = ? ORDER BY opened_at DESC, round_id").param(employeeId).query(rowOfRound).list();
    }

    /** The rounds {@code personId} is invited to, newest first. */
    List<Round> invitationsOf(String personId) {
        return jdbc.sql(ROUND + " WHERE invitees @> jsonb_build_array(jsonb_build_object('personId', CAST(? AS TEXT)))"
                        + " ORDER BY opened_at DESC, round_id")
                .param(personId).query(rowOfRound).list();
    }

    /** In answer-id order, which says nothing about who answered when. */
    List<Answer> answers(String roundId) {
        return jdbc.sql("SELECT answer_id, author_id, ratings::text AS ratings, comment, given_at FROM feedback_answer"
                        + " WHERE round_id = ? ORDER BY answer_id")
                .param(roundId)
                .query((row, index) -> new Answer(row.getString("answer_id"), row.getString("author_id"),
                        json.read(row.getString("ratings"), new TypeReference<List<FeedbackRating>>() { }),
                        row.getString("comment"), row.getTimestamp("given_at").toInstant()))
                .list();
    }

    List<Reveal> reveals(String roundId) {
        return jdbc.sql("SELECT answer_id, author_id, revealed_by, reason, revealed_at FROM feedback_reveal"
                        + " WHERE round_id = ? ORDER BY revealed_at, event_id")
                .param(roundId)
                .query((row, index) -> new Reveal(row.getString("answer_id"), row.getString("author_id"), row.getString("revealed_by"),
                        row.getString("reason"), row.getTimestamp("revealed_at").toInstant()))
                .list();
    }

    private Round round(ResultSet row, int index) throws SQLException {
        Timestamp closedAt = row.getTimestamp("closed_at");
        return new Round(row.getString("round_id"), row.getString("employee_id"), row.getString("opened_by"),
                json.read(row.getString("competency_ids"), new TypeReference<List<String>>() { }),
                json.read(row.getString("invitees"), new TypeReference<List<FeedbackInvitee>>() { }),
                row.getInt("minimum_answers"), row.getTimestamp("opened_at").toInstant(), row.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant());
    }
}
