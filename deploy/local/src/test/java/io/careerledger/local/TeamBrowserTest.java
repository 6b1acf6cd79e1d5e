package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Journey 3 (and 6): My team — a manager's reports, live, and what a manager does for one of them. */
class TeamBrowserTest extends BrowserTest {

    @Test
    void graceSeesEachReportsReadinessOverdueGoalsCatchUpAndMissingAssessments() {
        signInAs("Grace Hopper");
        click(By.linkText("My team"));
        assertThat(text(By.cssSelector("#team tr[data-employee='Ada Lovelace']"))).contains("Senior Manager, level 4",
                "2030 annual review: Self assessment", "2030 annual review: Manager assessment");
        assertThat(text(By.cssSelector("#team tr[data-employee='Edsger Dijkstra'] .readiness"))).contains("for level 4");
        assertThat(text(By.cssSelector("#team tr[data-employee='Edsger Dijkstra'] .overdue-goals"))).isEqualTo("0");
        assertThat(text(By.cssSelector("#team tr[data-employee='Alan Turing'] .catch-up"))).isEqualTo("No catch-up yet");
        page("team");
    }

    @Test
    void aReportChangedElsewhereShowsOnTheTeamPageWithoutReloadingIt() {
        signInAs("Grace Hopper");
        open("/team");
        waitFor(ExpectedConditions.textToBe(By.id("live"), "Updates live"));
        browser.executeScript("window.notReloaded = true");

        Person newcomer = newcomer("Hedy", "Grace Hopper", 2, "expert");

        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#team tr[data-employee='" + newcomer.name() + "']")));
        assertThat(browser.executeScript("return window.notReloaded")).as("the table changed, the page stayed").isEqualTo(true);
        page("team-live");
    }

    @Test
    void aChangeToAnExistingReportUpdatesTheirRowWithoutReloadingThePage() {
        Person ida = newcomer("Ida", "Grace Hopper", 2, "expert");
        signInAs("Grace Hopper");
        open("/team");
        waitFor(ExpectedConditions.textToBe(By.id("live"), "Updates live"));
        By readiness = By.cssSelector("#team tr[data-employee='" + ida.name() + "'] .readiness");
        assertThat(text(readiness)).startsWith("0 of");
        browser.executeScript("window.notReloaded = true");

        // Grace rates the craft Ida's next level expects through the REST API, as another tab or tool would
        DemoOrganisation organisation = new DemoOrganisation(RunningStack.services().commandServiceUrl());
        organisation.post("/api/employees/" + ida.id() + "/assessments", organisation.token(DemoOrganisation.idOf("Grace Hopper"), "MANAGER"),
                Map.of("assessmentId", UUID.randomUUID().toString(), "competencyId", "craft", "assessorRole", "MANAGER", "proficiency", 5,
                        "evidence", List.of("Owns the build")));

        assertThat(textWith(readiness, "1 of")).as("one more expectation met").startsWith("1 of");
        assertThat(browser.executeScript("return window.notReloaded")).as("the row changed, the page stayed").isEqualTo(true);
    }

    @Test
    void aManagerAssessesSchedulesRecordsConcludesAndNominatesAndTheReportAcknowledges() {
        Person lise = newcomer("Lise", "Grace Hopper", 2, "expert");
        signInAs("Grace Hopper");
        open("/team");
        click(By.linkText(lise.name()));
        textIs(By.tagName("h1"), lise.name());

        select(By.id("assess-competency"), "Technical craft");
        select(By.id("assess-proficiency"), "3 – Proficient");
        click(By.xpath("//button[.='Record the assessment']"));
        textIs(By.cssSelector(".done"), "Your assessment is recorded.");
        textIs(By.cssSelector("#matrix tr[data-competency='craft'] td:nth-of-type(2)"), "3");

        select(By.id("schedule-kind"), "Performance catch up");
        fillValue(By.id("schedule-when"), LocalDateTime.now(ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString());
        fill(By.id("schedule-agenda"), "How the first months went");
        click(By.xpath("//button[.='Schedule']"));
        textWith(By.cssSelector("article.conversation"), "Performance catch up", "Scheduled", "How the first months went");

        click(By.xpath("//summary[.='Record notes, agreements, the conclusion']"));
        fill(By.cssSelector("details[open] textarea[name='text']"), "Settled in quickly; wants to lead the guild.");
        click(By.xpath("//details[@open]//button[.='Record the note']"));
        click(By.xpath("//summary[.='Record notes, agreements, the conclusion']"));
        fill(By.cssSelector("details[open] textarea[name='text']"), "Ask HR about the relocation budget.");
        select(By.cssSelector("details[open] select[name='visibility']"), "Only me");
        click(By.xpath("//details[@open]//button[.='Record the note']"));

        click(By.xpath("//summary[.='Record notes, agreements, the conclusion']"));
        fill(By.cssSelector("details[open] input[name='description']"), "Write the guild's first ADR");
        fillValue(By.cssSelector("details[open] input[name='dueDate']"), "2020-01-31");
        click(By.xpath("//details[@open]//button[.='Record the agreement']"));
        assertThat(text(By.cssSelector("details[open] .form-error"))).as("a due date in the past, refused in words").isNotBlank();
        page("team-report-refused");
        fill(By.cssSelector("details[open] input[name='description']"), "Write the guild's first ADR");
        fillValue(By.cssSelector("details[open] input[name='dueDate']"), "2030-01-31");
        click(By.xpath("//details[@open]//button[.='Record the agreement']"));
        textWith(By.cssSelector("article.conversation"), "Settled in quickly", "Ask HR about the relocation budget",
                "Write the guild's first ADR");

        click(By.xpath("//summary[.='Record notes, agreements, the conclusion']"));
        fill(By.cssSelector("details[open] textarea[name='summary']"), "A strong start; the guild is hers to lead.");
        click(By.xpath("//details[@open]//button[.='Conclude']"));
        textWith(By.cssSelector("article.conversation"), "Concluded", "A strong start");

        click(By.xpath("//button[.='Nominate']"));
        assertThat(text(By.id("nominate-justification-error"))).as("no justification").isNotBlank();
        fill(By.id("nominate-justification"), "Leads the guild and mentors two newcomers");
        click(By.xpath("//button[.='Nominate']"));
        textIs(By.cssSelector(".done"), "Nominated for level 3.");
        textWith(By.id("promotion-cases"), "Level 2 → 3", "Open");
        page("team-report");

        open("/team");
        assertThat(text(By.cssSelector("#team tr[data-employee='" + lise.name() + "'] .catch-up"))).matches("\\d+ days");

        click(By.xpath("//button[normalize-space(.)='Sign out']"));
        signInAs(lise);
        open("/progress");
        String conversation = text(By.cssSelector("article.conversation"));
        assertThat(conversation).contains("Settled in quickly", "Write the guild's first ADR", "A strong start")
                .doesNotContain("relocation budget");
        click(By.xpath("//button[.='Acknowledge the summary']"));
        textIs(By.cssSelector(".done"), "Conversation acknowledged.");
        textWith(By.cssSelector("article.conversation"), "Acknowledged.");
        assertThat(text(By.id("promotion-cases"))).contains("Level 2 → 3", "0 support, 0 concern, 0 object");
        page("progress-acknowledged");
    }
}
