package io.careerledger.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import io.careerledger.web.career.CareerView;
import io.careerledger.web.career.Dashboard;
import io.careerledger.web.career.Readiness;
import io.careerledger.web.layout.Words;

/**
 * The overdue marks as My progress and My team draw them. The browser tests cannot show one: the
 * command side refuses a goal due before today, so only time passing makes a goal overdue, and the
 * query-service's {@code overdue} is what these pages are given.
 */
class OverdueGoalsTest {

    private static final SpringTemplateEngine TEMPLATES = templates();

    @Test
    void anOpenGoalPastItsDueDateIsMarkedOverdueAndTheOthersAreNot() {
        Dashboard dashboard = new Dashboard("katie", "Katie", "grace", "three-track", 1, "expert", 2, "Specialist", "G2", "B2",
                LocalDate.parse("2024-01-15"), 500, List.of(), null, List.of(
                new Dashboard.Goal("late", "Publish the method", LocalDate.parse("2025-06-30"), 60, "OPEN", true),
                new Dashboard.Goal("ahead", "Run the reading group", LocalDate.parse("2030-03-31"), 0, "OPEN", false)),
                List.of(), List.of(), null, false);

        String goals = TEMPLATES.process("career/parts", Set.of("goals"),
                context(Map.of("career", new CareerView(dashboard, null, List.of(), List.of(), List.of(), "{}"))));

        assertThat(row(goals, "data-goal=\"Publish the method\"")).contains("Open", "<strong class=\"overdue\">Overdue</strong>");
        assertThat(row(goals, "data-goal=\"Run the reading group\"")).contains("Open").doesNotContain("Overdue");
    }

    @Test
    void aReportsOverdueGoalsAreCountedAndMarkedOnTheTeamTable() {
        Readiness readiness = new Readiness(3, 1, 3, 0, 1, false);
        String rows = TEMPLATES.process("team/page", Set.of("rows"), context(Map.of("cycles", Map.of(), "team", List.of(
                new TeamMember("katie", "Katie", "expert", 2, "Specialist", readiness, 2, 10L, List.of()),
                new TeamMember("lise", "Lise", "expert", 2, "Specialist", readiness, 0, null, List.of())))));

        assertThat(row(rows, "data-employee=\"Katie\"")).contains("<td class=\"overdue-goals overdue\">2</td>");
        assertThat(row(rows, "data-employee=\"Lise\"")).contains("<td class=\"overdue-goals\">0</td>");
    }

    private static Context context(Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("words", new Words());
        return context;
    }

    /** The table row carrying {@code marker}. */
    private static String row(String html, String marker) {
        return Arrays.stream(html.split("<tr")).filter(row -> row.contains(marker)).findFirst().orElseThrow(
                () -> new AssertionError("No row with " + marker + " in " + html));
    }

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        // outside a request, links are relative to the root
        engine.setLinkBuilder(new StandardLinkBuilder() {
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
        return engine;
    }
}
