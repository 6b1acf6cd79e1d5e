package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Journey 2 (and 6): My progress — what an employee sees of their career, and what they do about it. */
class ProgressBrowserTest extends BrowserTest {

    @Test
    void adaSeesHerPositionGoalsAndConversationWithoutHerManagersPrivateNote() {
        signInAs("Ada Lovelace");
        click(By.linkText("My progress"));

        assertThat(text(By.cssSelector("dl.facts"))).contains("People leader", "4", "Senior Manager", "days");
        assertThat(text(By.cssSelector("#matrix tr[data-competency='people-development']"))).contains("Developing people", "4");
        assertThat(text(By.id("readiness-heading") )).isEqualTo("Readiness for the next level");
        assertThat(text(By.id("goals"))).contains("Run the architecture guild", "0%", "Open");
        String conversation = text(By.cssSelector("article.conversation"));
        assertThat(conversation).contains("Career planning", "Ada mentors two juniors already", "Run the architecture guild",
                "Ada moves to the people-leader track.", "Acknowledged.");
        assertThat(conversation).as("Grace's private note").doesNotContain("Check the people-leader level 4 expectations");
        assertThat(text(By.id("cases-heading"))).isEqualTo("Promotion cases");
        page("progress");
    }

    @Test
    void edsgerSeesHisMatrixAgainstThisLevelAndTheNextWithTheGapDrawnAndHisReadiness() {
        signInAs("Edsger Dijkstra");
        open("/progress");
        assertThat(text(By.id("matrix-heading"))).isEqualTo("Competencies against level 3 and level 4");
        assertThat(browser.findElements(By.cssSelector(".chart svg"))).as("the matrix chart is drawn").isNotEmpty();
        assertThat(text(By.cssSelector("#matrix tr[data-competency='craft']"))).contains("Technical craft", "4", "3");
        assertThat(text(By.id("matrix"))).containsPattern("\\d short");
        assertThat(text(By.id("readiness"))).startsWith("Level 4:").contains("expectations met", "milestones verified");
        assertThat(text(By.id("goals"))).contains("Become the reference for the event store");
        assertThat(text(By.id("own-milestones"))).contains("Is the team's reference for an area of the discipline", "Verified",
                "ADRs 12, 15 and 19 on the event store");
        page("progress-matrix");
    }

    @Test
    void dennisSeesHisPromotionCaseWithStanceCountsOnly() {
        signInAs("Dennis Ritchie");
        open("/progress");
        assertThat(text(By.id("promotion-cases"))).contains("Level 2 → 3", "Promoted: Approve", "2 support, 0 concern, 0 object")
                .doesNotContain("demo-council");
        page("progress-promoted");
    }

    @Test
    void aNewcomerSetsProgressesCompletesAndAbandonsGoalsAssessesThemselfAndSwitchesTrackSeeingEachAtOnce() {
        Person katie = newcomer("Katie", "Grace Hopper", 2, "expert");
        signInAs(katie);
        open("/progress");

        click(By.xpath("//button[.='Set the goal']"));
        assertThat(text(By.id("set-goal-title-error"))).as("the refusal beside the field").isNotBlank();
        assertThat(browser.findElement(By.id("goal-title")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.getPageSource()).doesNotContain("\"type\"", "problem+json", "Exception");
        page("progress-refused");

        fill(By.id("goal-title"), "Publish the method");
        click(By.xpath("//button[.='Set the goal']"));
        assertThat(text(By.cssSelector("form.action[action$='/progress/goals'] .form-error"))).as("no measure, no due date: vague").isNotBlank();
        fill(By.id("goal-title"), "Publish the method");
        fill(By.id("goal-measure"), "Paper accepted at a peer-reviewed venue");
        fillValue(By.id("goal-due"), "2030-06-30");
        click(By.xpath("//button[.='Set the goal']"));
        textIs(By.cssSelector(".done"), "Goal set: Publish the method.");
        textWith(By.cssSelector("#goals tr[data-goal='Publish the method']"), "0%", "Open");

        click(By.xpath("//summary[contains(., 'Publish the method')]"));
        fill(By.cssSelector("details[open] input[name='percentComplete']"), "60");
        click(By.xpath("//details[@open]//button[.='Record progress']"));
        textWith(By.cssSelector("#goals tr[data-goal='Publish the method']"), "60%");

        click(By.xpath("//summary[contains(., 'Publish the method')]"));
        fill(By.cssSelector("details[open] input[name='evidence']"), "Accepted at the imaging conference");
        click(By.xpath("//details[@open]//button[.='Complete the goal']"));
        textIs(By.cssSelector(".done"), "Goal completed.");
        textWith(By.cssSelector("#goals tr[data-goal='Publish the method']"), "Completed");

        fill(By.id("goal-title"), "Run the reading group");
        fill(By.id("goal-measure"), "Ten sessions held");
        fillValue(By.id("goal-due"), "2030-03-31");
        click(By.xpath("//button[.='Set the goal']"));
        click(By.xpath("//summary[contains(., 'Run the reading group')]"));
        click(By.xpath("//details[@open]//button[.='Abandon the goal']"));
        assertThat(text(By.cssSelector("details[open] .field-error, details[open] .form-error"))).as("no reason given").isNotBlank();
        fill(By.cssSelector("details[open] input[name='reason']"), "The group merged with the guild");
        click(By.xpath("//details[@open]//button[.='Abandon the goal']"));
        textWith(By.cssSelector("#goals tr[data-goal='Run the reading group']"), "Abandoned");

        select(By.id("self-competency"), "Technical craft");
        select(By.id("self-proficiency"), "3 – Proficient");
        click(By.xpath("//button[.='Record my self-assessment']"));
        textIs(By.cssSelector(".done"), "Your self-assessment is recorded.");
        textIs(By.cssSelector("#matrix tr[data-competency='craft'] td:nth-of-type(1)"), "3");

        select(By.id("track"), "Entrepreneur");
        fill(By.id("track-reason"), "Wants to found a product");
        click(By.xpath("//button[.='Record the track']"));
        assertThat(text(By.cssSelector("form.action[action$='/progress/track'] .form-error"))).as("without the manager's agreement")
                .isNotBlank();
        select(By.id("track"), "Entrepreneur");
        fill(By.id("track-reason"), "Wants to found a product");
        click(By.name("managerAgreed"));
        click(By.xpath("//button[.='Record the track']"));
        textWith(By.cssSelector("dl.facts"), "Entrepreneur");
        assertThat(text(By.id("goals"))).contains("Publish the method", "Completed", "Run the reading group", "Abandoned");
        page("progress-newcomer");
    }
}
