package io.careerledger.query.analytics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.careerledger.query.employee.EmployeeDirectory;
import io.careerledger.query.promotion.PromotionCases;
import io.careerledger.query.promotion.PromotionCases.Promotion;
import io.careerledger.query.review.Assessments;

/**
 * Organisation-wide figures for HR. Where people stand, promotions and ratings are read through the
 * owning packages' Java APIs; the track switches are this package's own table.
 */
@Service
@Transactional(readOnly = true)
class OrganisationAnalytics {

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory directory;
    private final PromotionCases promotionCases;
    private final Assessments assessments;

    OrganisationAnalytics(JdbcTemplate jdbc, EmployeeDirectory directory, PromotionCases promotionCases, Assessments assessments) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.promotionCases = promotionCases;
        this.assessments = assessments;
    }

    /** People with the organisation now; those who have not chosen a track count under an absent track. */
    List<HeadCount> headCount(String frameworkId) {
        return directory.headCount(frameworkId).stream()
                .map(count -> new HeadCount(count.trackId(), count.level(), count.people())).toList();
    }

    List<TrackSwitches> trackSwitches(String frameworkId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT to_char(switched_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, from_track_id, to_track_id, count(*) AS switches
                FROM track_switch WHERE switched_at >= ? AND switched_at < ? AND (CAST(? AS TEXT) IS NULL OR framework_id = ?)
                GROUP BY month, from_track_id, to_track_id ORDER BY month, from_track_id, to_track_id""",
                (row, index) -> new TrackSwitches(row.getString("month"), row.getString("from_track_id"), row.getString("to_track_id"),
                        row.getLong("switches")),
                Date.valueOf(from), Date.valueOf(to.plusDays(1)), frameworkId, frameworkId);
    }

    /**
     * Per track: promotions that took effect in the period against the people on the track now, and
     * the median days people spent at their old level before them.
     */
    PromotionParity promotions(String frameworkId, LocalDate from, LocalDate to) {
        Map<String, Long> people = new TreeMap<>();
        directory.headCount(frameworkId).stream().filter(count -> count.trackId() != null)
                .forEach(count -> people.merge(count.trackId(), count.people(), Long::sum));
        Map<String, List<Promotion>> promoted = promotionCases.promotedBetween(frameworkId, from, to).stream()
                .collect(Collectors.groupingBy(Promotion::trackId));
        List<TrackPromotions> tracks = people.entrySet().stream().map(track -> {
            List<Promotion> ofTrack = promoted.getOrDefault(track.getKey(), List.of());
            return new TrackPromotions(track.getKey(), track.getValue(), ofTrack.size(), (double) ofTrack.size() / track.getValue(),
                    medianDays(ofTrack));
        }).toList();
        long headCount = tracks.stream().mapToLong(TrackPromotions::headCount).sum();
        long promotions = tracks.stream().mapToLong(TrackPromotions::promotions).sum();
        // the same promotions the overall rate counts: those of the tracks listed
        List<Promotion> counted = people.keySet().stream().flatMap(track -> promoted.getOrDefault(track, List.of()).stream()).toList();
        return new PromotionParity(from, to, headCount == 0 ? 0 : (double) promotions / headCount, medianDays(counted), tracks);
    }

    private static Double medianDays(List<Promotion> promotions) {
        return median(promotions.stream().map(Promotion::daysInLevel).filter(Objects::nonNull).sorted().toList());
    }

    /** The middle value, or the mean of the two middle ones; absent for none. */
    private static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /**
     * Ratings people gave others, as given before calibration. An assessor with at least
     * {@code minRatings} whose mean lies more than {@code threshold} above or below the overall mean
     * is flagged for calibration.
     */
    RatingDistribution ratings(String frameworkId, double threshold, int minRatings) {
        Map<String, Map<Integer, Long>> byAssessor = new LinkedHashMap<>();
        assessments.ratingsGivenToOthers(frameworkId).forEach(given -> byAssessor
                .computeIfAbsent(given.assessorId(), ignored -> new LinkedHashMap<>()).put(given.proficiency(), given.ratings()));
        long count = 0;
        long sum = 0;
        for (Map<Integer, Long> distribution : byAssessor.values()) {
            for (Map.Entry<Integer, Long> step : distribution.entrySet()) {
                count += step.getValue();
                sum += step.getKey() * step.getValue();
            }
        }
        double overall = count == 0 ? 0 : (double) sum / count;
        List<AssessorRatings> assessors = new ArrayList<>();
        byAssessor.forEach((assessor, distribution) -> assessors.add(AssessorRatings.of(assessor, distribution, overall, threshold, minRatings)));
        return new RatingDistribution(count, overall, threshold, minRatings, assessors);
    }
}
