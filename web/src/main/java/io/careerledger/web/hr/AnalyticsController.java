package io.careerledger.web.hr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.api.Page;
import io.careerledger.web.people.People;
import io.careerledger.web.signin.CurrentUser;

/**
 * HR's organisation analytics as charts (ECharts, drawn in the browser from the numbers embedded in
 * the page) with the same numbers as a table beside each chart, for screen readers and for reading. The
 * query-service lets HR alone read them: anyone else gets its refusal as a page in words.
 */
@Controller
class AnalyticsController {

    private static final ParameterizedTypeReference<List<Analytics.HeadCount>> HEAD_COUNT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<Analytics.ReviewCycleCompletion>> COMPLETION =
            new ParameterizedTypeReference<>() {
            };

    private final CareerLedgerApi api;
    private final People people;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    AnalyticsController(CareerLedgerApi api, People people, CurrentUser currentUser, JsonMapper json) {
        this.api = api;
        this.people = people;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** A track × level grid: rows are tracks (people without one last), columns levels. */
    record HeadCountGrid(List<Integer> levels, List<String> tracks, List<List<Long>> people) {
    }

    @GetMapping("/hr/analytics")
    String analytics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "0.5") double threshold, @RequestParam(defaultValue = "5") int minRatings,
                     Model model) {
        var calls = api.asSignedIn();
        HeadCountGrid grid = grid(calls.read(HEAD_COUNT, "/api/analytics/head-count"));
        String period = UriComponentsBuilder.fromPath("/api/analytics/promotions")
                .queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to)).build().toUriString();
        Analytics.PromotionParity parity = calls.read(Analytics.PromotionParity.class, period);
        Analytics.RatingDistribution ratings = calls.read(Analytics.RatingDistribution.class,
                "/api/analytics/ratings?threshold={threshold}&minRatings={minRatings}", threshold, minRatings);
        List<Analytics.ReviewCycleCompletion> completion = calls.read(COMPLETION, "/api/analytics/review-cycle-completion?size=50").content();
        Map<String, String> names = people.namesFor(currentUser.get());

        model.addAttribute("grid", grid);
        model.addAttribute("parity", parity);
        model.addAttribute("ratings", ratings);
        model.addAttribute("proficiencies", proficiencies(ratings));
        model.addAttribute("completion", completion);
        model.addAttribute("names", names);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("threshold", threshold);
        model.addAttribute("minRatings", minRatings);
        model.addAttribute("charts", json.writeValueAsString(Map.of(
                "headCount", grid,
                "parity", parity,
                "ratings", ratings,
                "assessorNames", ratings.assessors().stream().map(assessor -> names.getOrDefault(assessor.assessorId(), assessor.assessorId())).toList(),
                "proficiencies", proficiencies(ratings),
                "completion", completion)));
        return "hr/analytics";
    }

    private static HeadCountGrid grid(List<Analytics.HeadCount> counts) {
        List<Integer> levels = new ArrayList<>(new TreeSet<>(counts.stream().map(Analytics.HeadCount::level).toList()));
        LinkedHashMap<String, List<Long>> rows = new LinkedHashMap<>();
        counts.stream().map(count -> Objects.requireNonNullElse(count.trackId(), "no track yet")).sorted((a, b) ->
                        a.equals("no track yet") ? 1 : b.equals("no track yet") ? -1 : a.compareTo(b))
                .forEach(track -> rows.computeIfAbsent(track, any -> new ArrayList<>(levels.stream().map(level -> 0L).toList())));
        counts.forEach(count -> rows.get(Objects.requireNonNullElse(count.trackId(), "no track yet"))
                .set(levels.indexOf(count.level()), count.people()));
        return new HeadCountGrid(levels, List.copyOf(rows.keySet()), List.copyOf(rows.values()));
    }

    private static List<Integer> proficiencies(Analytics.RatingDistribution ratings) {
        return new ArrayList<>(new TreeSet<>(ratings.assessors().stream().flatMap(assessor -> assessor.distribution().keySet().stream()).toList()));
    }
}
