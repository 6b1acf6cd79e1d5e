package io.careerledger.local;

import static io.careerledger.local.DemoOrganisation.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.web.client.RestClient;

/**
 * Journey 4: a promotion case as the council, HR and its nominator see it — reached from the list of
 * cases, weighed, decided or withdrawn, refusals in words beside the action, the career before and
 * after an approval side by side. Two newcomers of Barbara Liskov's are nominated for it, so the demo
 * organisation's own cases stay as the tour shows them.
 */
class PromotionCaseBrowserTest extends BrowserTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String WEIGHED = "Hedy Lamarr " + SUFFIX;
    private static final String WITHDRAWN = "Jean Bartik " + SUFFIX;

    private static String weighedCase;
    private static String withdrawnCase;

    @BeforeAll
    static void barbaraLiskovNominatesTwoNewcomers() {
        DemoOrganisation organisation = new DemoOrganisation(RunningStack.services().commandServiceUrl());
        weighedCase = nominate(organisation, WEIGHED);
        withdrawnCase = nominate(organisation, WITHDRAWN);
        RestClient queryService = RestClient.create(RunningStack.services().queryServiceUrl());
        String hr = RunningStack.token("demo-hr", "HR");
        await("both cases on the read side").atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() ->
                queryService.get().uri("/api/promotion-cases/{id}", weighedCase).headers(h -> h.setBearerAuth(hr)).retrieve().toBodilessEntity()
                        .getStatusCode().is2xxSuccessful()
                        && queryService.get().uri("/api/promotion-cases/{id}", withdrawnCase).headers(h -> h.setBearerAuth(hr)).retrieve()
                        .toBodilessEntity().getStatusCode().is2xxSuccessful()
                        && queryService.get().uri("/api/employees/{id}", idOf(WITHDRAWN)).headers(h -> h.setBearerAuth(hr)).retrieve()
                        .toBodilessEntity().getStatusCode().is2xxSuccessful());
    }

    private static String nominate(DemoOrganisation organisation, String name) {
        organisation.post("/api/employees", organisation.token("demo-hr", "HR"), Map.of("employeeId", idOf(name), "fullName", name,
                "email", "newcomer@demo.example", "managerId", idOf("Barbara Liskov"), "frameworkId", DemoOrganisation.FRAMEWORK,
                "level", 2, "hireDate", "2025-09-01"));
        organisation.chooseTrack(name, "Barbara Liskov", "expert", "Where their strengths lie", 0);
        String caseId = UUID.randomUUID().toString();
        organisation.post("/api/promotion-cases", organisation.token(idOf("Barbara Liskov"), "MANAGER"), Map.of("caseId", caseId,
                "employeeId", idOf(name), "targetLevel", 3, "justification", "Carries the team's code reviews"));
        return caseId;
    }

    @Test
    void theCouncilWeighsACaseChangesAMindAndDecidesItWithEachRefusalInWords() {
        signInAs("Council member 1");
        click(By.linkText("Promotion cases"));
        textIs(By.tagName("h1"), "Promotion cases");
        page("promotion-cases");
        click(By.cssSelector("a[href$='/promotion-cases/" + weighedCase + "']"));
        textWith(By.tagName("h1"), "level 2 → 3");
        assertThat(text(By.id("case-status"))).isEqualTo("Open: before the council");
        assertThat(text(By.id("readiness-heading"))).isEqualTo("Readiness when nominated");

        giveFeedback("CONCERN", "Too early to tell");
        giveFeedback("SUPPORT", "Convinced by the reviews");
        textWith(By.id("stances"), "Support", "Convinced by the reviews", "Concern", "Too early to tell");
        decide("APPROVE", "Ready");
        textWith(By.id("decision-error"), "2 are needed before deciding");
        page("promotion-case-open");

        signInAs("Council member 2");
        open("/promotion-cases/" + weighedCase);
        giveFeedback("OBJECT", "Needs a year at level 2");
        signInAs("Council member 3");
        open("/promotion-cases/" + weighedCase);
        decide("REJECT", "");
        assertThat(text(By.id("decision-rationale-error"))).isEqualTo("must not be blank");
        decide("REJECT", "The council is split; nominate again next cycle");
        textIs(By.id("case-status"), "Rejected");
        assertThat(text(By.id("decision-made"))).contains("Rejected", "The council is split; nominate again next cycle");
        assertThat(text(By.id("trail"))).contains("Nominated", "Council feedback", "Decided");
        assertThat(text(By.id("career-heading"))).contains("just before and just after");
        assertThat(browser.getPageSource()).contains("for HR and their manager to see");
        page("promotion-case-decided");
    }

    @Test
    void hrSeesTheCareerJustBeforeAndJustAfterAnApprovedPromotionSideBySide() {
        signInAs("HR");
        click(By.linkText("Promotion cases"));
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Promoted");
        click(By.xpath("//button[normalize-space(.)='Show']"));
        waitFor(ExpectedConditions.urlContains("status="));
        page("promotion-cases-promoted");
        click(By.cssSelector("a[href$='/promotion-cases/" + DemoReviewSeason.caseId("Dennis Ritchie", 3) + "']"));
        assertThat(text(By.id("case-status"))).isEqualTo("Approved and applied: promoted");
        assertThat(text(By.id("decision-made"))).contains("Approved", "Expectations met; the council supports");
        String career = text(By.id("career-as-of"));
        assertThat(career).contains("Level 2 3", "Title Specialist Senior Specialist", "Grade G2 G3", "Band B2 B3");
        assertThat(text(By.id("trail"))).contains("Promotion applied to the career", "Promotion completed");
        page("promotion-case-approved");
    }

    @Test
    void theNominatorAttachesEvidenceAndWithdrawsTheCase() {
        signInAs("Barbara Liskov");
        click(By.linkText("Promotion cases"));
        click(By.linkText(WITHDRAWN));
        fill(By.id("evidence-description"), "Review guide adopted by two teams");
        click(By.xpath("//button[normalize-space(.)='Attach evidence']"));
        textWith(By.cssSelector(".done"), "Evidence attached.");
        textWith(By.id("evidence"), "Review guide adopted by two teams", "attached by Barbara Liskov");
        assertThat(browser.findElements(By.id("decide-heading"))).as("a nominator never decides").isEmpty();

        click(By.xpath("//button[normalize-space(.)='Withdraw the case']"));
        assertThat(text(By.id("withdrawal-reason-error"))).isEqualTo("must not be blank");
        assertThat(browser.findElement(By.id("withdrawal-reason")).getAttribute("aria-invalid")).isEqualTo("true");
        page("promotion-case-refused");
        fill(By.id("withdrawal-reason"), "Moves to another team first");
        click(By.xpath("//button[normalize-space(.)='Withdraw the case']"));
        textIs(By.id("case-status"), "Withdrawn");
        assertThat(text(By.id("withdrawal"))).contains("Moves to another team first");
        page("promotion-case-withdrawn");
    }

    private static void giveFeedback(String stance, String comment) {
        click(By.cssSelector("input[name='stance'][value='" + stance + "']"));
        fill(By.id("feedback-comment"), comment);
        click(By.xpath("//button[normalize-space(.)='Give feedback']"));
        textWith(By.id("stances"), comment);
    }

    private static void decide(String decision, String rationale) {
        new Select(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("decision"))))
                .selectByValue(decision);
        fill(By.id("decision-rationale"), rationale);
        click(By.xpath("//button[normalize-space(.)='Record the decision']"));
    }
}
