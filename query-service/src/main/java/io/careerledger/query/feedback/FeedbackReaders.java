package io.careerledger.query.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import io.careerledger.query.api.Problems;
import io.careerledger.query.employee.EmployeeAccess;
import io.careerledger.query.employee.EmployeeDirectory;

/**
 * Who sees what of a feedback round: HR everything but the authors it did not reveal; the employee,
 * their line manager and whoever opened it the results; an invitee whether they answered; anyone
 * else (the council, a stranger) nothing.
 */
@Component
class FeedbackReaders {

    private final FeedbackRounds rounds;
    private final EmployeeDirectory directory;

    FeedbackReaders(FeedbackRounds rounds, EmployeeDirectory directory) {
        this.rounds = rounds;
        this.directory = directory;
    }

    /** @throws org.springframework.web.ErrorResponseException 403 for a reader who may see nothing of it */
    FeedbackRoundView view(FeedbackRounds.Round round, Authentication reader) {
        String me = reader.getName();
        boolean hr = EmployeeAccess.hasRole(reader, "HR");
        boolean told = me.equals(round.employeeId()) || me.equals(round.openedBy())
                || directory.managerOf(round.employeeId()).map(me::equals).orElse(false);
        boolean invited = round.invites(me);
        if (!hr && !told && !invited) {
            throw Problems.problem(HttpStatus.FORBIDDEN, "feedback-round-not-yours",
                    "Only the employee, their manager, the invited and HR see this feedback round.");
        }
        List<FeedbackRounds.Answer> answers = rounds.answers(round.roundId());
        boolean enough = answers.size() >= round.minimumAnswers();
        List<String> withheld = new ArrayList<>();
        List<FeedbackResults.CompetencyResult> results = null;
        if ((hr || told) && enough) {
            results = FeedbackResults.of(round.competencyIds(), answers);
        } else {
            withheld.add("results");
        }
        List<FeedbackRoundView.Comment> comments = null;
        if (hr) {
            Map<String, String> revealed = rounds.reveals(round.roundId()).stream()
                    .collect(Collectors.toMap(FeedbackRounds.Reveal::answerId, FeedbackRounds.Reveal::authorId, (first, again) -> first));
            comments = answers.stream().filter(answer -> answer.comment() != null)
                    .map(answer -> new FeedbackRoundView.Comment(answer.answerId(), answer.comment(), revealed.get(answer.answerId())))
                    .toList();
        } else if (told && enough) {
            // sorted by their text: neither answer order nor time tells whose a comment is
            comments = answers.stream().map(FeedbackRounds.Answer::comment).filter(Objects::nonNull)
                    .sorted(Comparator.naturalOrder()).map(text -> new FeedbackRoundView.Comment(null, text, null)).toList();
        } else {
            withheld.add("comments");
        }
        if (!hr) {
            withheld.add("invitees");
            withheld.add("reveals");
        }
        return new FeedbackRoundView(round.roundId(), round.employeeId(), round.closedAt() == null ? "OPEN" : "CLOSED",
                round.competencyIds(), round.invitees().size(), answers.size(), round.minimumAnswers(), round.openedAt(),
                round.closedAt(), results, comments, hr ? round.invitees() : null, hr ? rounds.reveals(round.roundId()) : null,
                invited ? answers.stream().anyMatch(answer -> answer.authorId().equals(me)) : null, List.copyOf(withheld));
    }
}
