package io.careerledger.command.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minimumAnswers how many people must have answered a feedback round before any result of it is
 *                       shown, so that no one answer can be singled out (3 by default); a round keeps the
 *                       value it was opened with
 */
@ConfigurationProperties("careerledger.feedback")
public record FeedbackProperties(@DefaultValue("3") int minimumAnswers) {

    public FeedbackProperties {
        if (minimumAnswers < 2) {
            throw new IllegalArgumentException("careerledger.feedback.minimum-answers must be at least 2, so one answer is never shown alone");
        }
    }
}
