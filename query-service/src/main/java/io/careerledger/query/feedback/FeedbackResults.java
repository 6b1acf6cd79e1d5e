package io.careerledger.query.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import io.careerledger.events.FeedbackRating;

/** A round's answers folded into what may be shown of them: per competency, how many rated it, the mean and the spread. */
final class FeedbackResults {

    @Schema(example = """
            {"competencyId": "collaboration", "answers": 3, "mean": 4.33, "distribution": {"1": 0, "2": 0, "3": 0, "4": 2, "5": 1}}""")
    record CompetencyResult(String competencyId, int answers, BigDecimal mean,
                            @Schema(description = "how many gave each rating, 1 to 5") Map<String, Integer> distribution) {
    }

    private FeedbackResults() {
    }

    static List<CompetencyResult> of(List<String> competencyIds, List<FeedbackRounds.Answer> answers) {
        return competencyIds.stream().map(competencyId -> {
            Map<String, Integer> distribution = new LinkedHashMap<>();
            for (int rating = FeedbackRating.LOWEST; rating <= FeedbackRating.HIGHEST; rating++) {
                distribution.put(Integer.toString(rating), 0);
            }
            int count = 0;
            int sum = 0;
            for (FeedbackRounds.Answer answer : answers) {
                for (FeedbackRating rating : answer.ratings()) {
                    if (rating.competencyId().equals(competencyId)) {
                        count++;
                        sum += rating.rating();
                        distribution.merge(Integer.toString(rating.rating()), 1, Integer::sum);
                    }
                }
            }
            BigDecimal mean = count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
            return new CompetencyResult(competencyId, count, mean, distribution);
        }).toList();
    }
}
