package io.careerledger.query.feedback;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.careerledger.events.FeedbackAuthorRevealed;
import io.careerledger.events.FeedbackGiven;
import io.careerledger.events.FeedbackRoundClosed;
import io.careerledger.events.FeedbackRoundOpened;
import io.careerledger.events.PersonalDataCipher;
import io.careerledger.events.PersonalDataErased;
import io.careerledger.query.api.JsonColumns;
import io.careerledger.query.consumption.Envelope;
import io.careerledger.query.consumption.Handlers;
import io.careerledger.query.consumption.Projection;

/**
 * Feedback rounds with their answers and HR's reveals. A round's events are keyed by its employee, so
 * they arrive in order; one about a round never opened fails and is parked (the foreign keys say so).
 * Every row is kept once per id, so a replay adds nothing.
 */
@Component
class FeedbackRoundProjection implements Projection {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    FeedbackRoundProjection(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void register(Handlers handlers) {
        handlers.on(FeedbackRoundOpened.class, this::opened)
                .on(FeedbackGiven.class, this::given)
                .on(FeedbackRoundClosed.class, this::closed)
                .on(FeedbackAuthorRevealed.class, this::revealed)
                .on(PersonalDataErased.class, this::personalDataErased);
    }

    /** The comments about the person and the reasons given to reveal their authors are theirs and go; the ratings stay. */
    void personalDataErased(Envelope<PersonalDataErased> envelope) {
        String aboutThem = "round_id IN (SELECT round_id FROM feedback_round WHERE employee_id = ?)";
        jdbc.sql("UPDATE feedback_answer SET comment = ? WHERE comment IS NOT NULL AND " + aboutThem)
                .params(PersonalDataCipher.ERASED, envelope.payload().employeeId()).update();
        jdbc.sql("UPDATE feedback_reveal SET reason = ? WHERE " + aboutThem)
                .params(PersonalDataCipher.ERASED, envelope.payload().employeeId()).update();
    }

    void opened(Envelope<FeedbackRoundOpened> envelope) {
        FeedbackRoundOpened opened = envelope.payload();
        jdbc.sql("""
                        INSERT INTO feedback_round (round_id, employee_id, opened_by, competency_ids, invitees, minimum_answers, opened_at)
                        VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""")
                .params(opened.roundId(), opened.employeeId(), opened.openedBy(), json.write(opened.competencyIds()),
                        json.write(opened.invitees()), opened.minimumAnswers(), Timestamp.from(envelope.time()))
                .update();
    }

    void given(Envelope<FeedbackGiven> envelope) {
        FeedbackGiven given = envelope.payload();
        jdbc.sql("""
                        INSERT INTO feedback_answer (round_id, answer_id, author_id, ratings, comment, given_at)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""")
                .params(given.roundId(), given.answerId(), given.authorId(), json.write(given.ratings()), given.comment(),
                        Timestamp.from(envelope.time()))
                .update();
    }

    void closed(Envelope<FeedbackRoundClosed> envelope) {
        FeedbackRoundClosed closed = envelope.payload();
        int updated = jdbc.sql("UPDATE feedback_round SET closed_by = ?, closed_at = ? WHERE round_id = ?")
                .params(closed.closedBy(), Timestamp.from(envelope.time()), closed.roundId())
                .update();
        if (updated == 0) {
            throw new IllegalStateException("Feedback round " + closed.roundId() + " was never opened.");
        }
    }

    void revealed(Envelope<FeedbackAuthorRevealed> envelope) {
        FeedbackAuthorRevealed revealed = envelope.payload();
        jdbc.sql("""
                        INSERT INTO feedback_reveal (event_id, round_id, answer_id, author_id, revealed_by, reason, revealed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(envelope.id(), revealed.roundId(), revealed.answerId(), revealed.authorId(), revealed.revealedBy(),
                        revealed.reason(), Timestamp.from(envelope.time()))
                .update();
    }
}
