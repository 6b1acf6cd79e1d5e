package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey 5: HR's analytics as charts with their numbers beside them, the audit log filtered and
 * exported, a review cycle opened, moved through its phases and closed, and a framework proposed by
 * upload, approved by the council and compared with its next version. What it creates has its own
 * names, so the demo organisation's cycle and framework stay as the tour shows them.
 */
class HrBrowserTest extends BrowserTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void analyticsDrawEveryChartWithItsNumbersInATableBesideIt() {
        signInAs("HR");
        click(By.linkText("Analytics"));
        textIs(By.tagName("h1"), "Organisation analytics");
        for (String chart : List.of("head-count-chart", "parity-chart", "ratings-chart", "completion-chart")) {
            waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        assertThat(text(By.id("head-count-table"))).contains("expert", "people-leader", "Level 1");
        assertThat(text(By.id("parity-table"))).contains("Overall rate", "expert");
        String overallMedian = text(By.cssSelector("#parity-overall td:last-child"));
        assertThat(overallMedian).as("Dennis's promotion at least").matches("\\d+");
        Object drawn = browser.executeScript("return echarts.getInstanceByDom(document.getElementById('parity-chart')).getOption()"
                + ".series[1].markLine.data[0].yAxis");
        assertThat(((Number) drawn).doubleValue()).as("the overall median drawn beside the tracks' medians")
                .isCloseTo(Double.parseDouble(overallMedian), within(1.0));
        assertThat(text(By.id("completion-table"))).contains("2030 annual review");

        fill(By.id("threshold"), "0.05");
        fill(By.id("minRatings"), "1");
        click(By.xpath("//button[normalize-space(.)='Mark the outliers']"));
        waitFor(ExpectedConditions.urlContains("minRatings=1"));
        assertThat(text(By.id("ratings-table"))).containsAnyOf("Lenient", "Severe");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratings-chart canvas")));
        page("hr-analytics");
    }

    /** Dennis's history is small and known (other tests leave him be): the filters narrow it, the exports hold what they select. */
    @Test
    void theAuditLogIsFilteredByPersonTypeActorAndDaysAndBothExportsHoldWhatTheFiltersSelect() throws IOException, InterruptedException {
        String dennis = DemoOrganisation.idOf("Dennis Ritchie");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        signInAs("HR");
        click(By.linkText("Audit log"));
        assertThat(text(By.cssSelector("#audit-entries caption"))).startsWith("Page 1 of");
        assertThat(browser.findElements(By.cssSelector("#audit-entries tbody tr"))).hasSize(25);

        new Select(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("employeeId")))).selectByValue(dennis);
        filter("employeeId=" + dennis);
        assertThat(rowsWhere(ABOUT, "Dennis Ritchie"::equals)).extracting(WebElement::getText).hasSizeLessThan(25);
        assertThat(text(By.id("audit-entries"))).contains("Employee registered", "Promotion nominated", "Promotion decided");

        fill(By.id("type"), "io.careerledger.PromotionDecided.v1");
        filter("type=io.careerledger.PromotionDecided.v1");
        assertThat(rowsWhere(WHAT, "Promotion decided"::equals)).hasSize(1);
        assertThat(text(By.id("audit-entries"))).contains("Dennis Ritchie", "demo-council-3", "Expectations met; the council supports");
        page("hr-audit");

        HttpResponse<String> csv = download(browser.findElement(By.id("export-csv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("audit-log.csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("eventId,type,employeeId");
        assertThat(lines.subList(1, lines.size())).singleElement().satisfies(line -> assertThat(line).contains("PromotionDecided", dennis));

        HttpResponse<String> json = download(browser.findElement(By.id("export-json")).getAttribute("href"));
        JsonNode entries = JsonMapper.builder().build().readTree(json.body());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.path("type").asString()).isEqualTo("io.careerledger.PromotionDecided.v1");
            assertThat(entry.path("employeeId").asString()).isEqualTo(dennis);
        });

        fill(By.id("type"), "");
        fill(By.id("actorId"), "demo-council-1");
        filter("actorId=demo-council-1");
        assertThat(rowsWhere(BY, "demo-council-1"::equals)).isNotEmpty();
        assertThat(text(By.id("audit-entries"))).doesNotContain("Promotion decided");

        fill(By.id("actorId"), "");
        date("from", today.toString());
        date("to", today.toString());
        filter("from=" + today);
        assertThat(rowsWhere(ABOUT, "Dennis Ritchie"::equals)).isNotEmpty();
        date("from", today.plusDays(1).toString());
        date("to", today.plusDays(1).toString());
        filter("from=" + today.plusDays(1));
        textWith(By.id("main"), "No entry matches these filters.");
        page("hr-audit-none");
    }

    private static final int WHAT = 2;
    private static final int ABOUT = 3;
    private static final int BY = 4;

    /** Submits the filters and waits for the page they select, not the one still showing. */
    private static void filter(String inTheAddress) {
        click(By.xpath("//button[normalize-space(.)='Filter']"));
        waitFor(ExpectedConditions.urlContains(inTheAddress));
    }

    /** The audit page's rows once each one's cell in {@code column} is as expected. */
    private static List<WebElement> rowsWhere(int column, Predicate<String> expected) {
        return waitFor(driver -> {
            List<WebElement> cells = driver.findElements(By.cssSelector("#audit-entries tbody td:nth-child(" + column + ")"));
            return !cells.isEmpty() && cells.stream().map(WebElement::getText).allMatch(expected) ? cells : null;
        });
    }

    @Test
    void hrOpensAReviewCycleMovesItThroughItsPhasesAndClosesItAfterCalibrationOnly() {
        String cycle = "Tour cycle " + SUFFIX;
        signInAs("HR");
        click(By.linkText("Review cycles"));
        click(By.xpath("//button[normalize-space(.)='Open the cycle']"));
        assertThat(text(By.id("open-name-error"))).isEqualTo("must not be blank");
        fill(By.id("cycle-name"), cycle);
        date("cycle-self", "2031-01-10");
        date("cycle-manager", "2031-01-20");
        date("cycle-calibration", "2031-01-30");
        click(By.xpath("//button[normalize-space(.)='Open the cycle']"));
        textWith(By.cssSelector(".done"), "Review cycle " + cycle + " is open.");
        assertPhase(cycle, "Self assessment");

        click(By.xpath(row(cycle) + "//button[normalize-space(.)='Close']"));
        assertThat(text(By.xpath(row(cycle) + "//p[@role='alert']"))).contains("closes after calibration");
        page("hr-review-cycle-refused");
        click(By.xpath(row(cycle) + "//button[normalize-space(.)='Move to manager assessment']"));
        assertPhase(cycle, "Manager assessment");
        click(By.xpath(row(cycle) + "//button[normalize-space(.)='Move to calibration']"));
        assertPhase(cycle, "Calibration");
        click(By.xpath(row(cycle) + "//button[normalize-space(.)='Close']"));
        textWith(By.cssSelector(".done"), "The cycle is closed.");
        assertPhase(cycle, "Closed");
        page("hr-review-cycles");
    }

    @Test
    void aFrameworkIsProposedByUploadApprovedByTheCouncilAndComparedWithItsNextVersion() throws IOException {
        String frameworkId = "tour-" + SUFFIX;
        String sample = RestClient.create(RunningStack.services().commandServiceUrl()).get().uri("/api/frameworks/samples/dual-ladder")
                .headers(h -> h.setBearerAuth(RunningStack.token("demo-hr", "HR"))).accept(MediaType.parseMediaType("application/yaml"))
                .retrieve().body(String.class);
        String first = sample.replaceFirst("(?m)^id: dual-ladder$", "id: " + frameworkId);
        String second = first.replaceFirst("Technical ladder", "Engineering ladder");

        signInAs("HR");
        click(By.linkText("Frameworks"));
        assertThat(text(By.id("catalogue"))).contains("Specialist", "grade G2", "band B2", "✓ same on every track");
        page("frameworks");
        propose(first, "A ladder for the tour");
        textWith(By.cssSelector(".done"), "Proposed");
        textWith(By.id("versions"), "Proposed", "A ladder for the tour", "0 of 2");

        for (String member : List.of("Council member 1", "Council member 2")) {
            signInAs(member);
            open("/frameworks?frameworkId=" + frameworkId);
            if (member.endsWith("1")) {
                page("frameworks-council");
            }
            click(By.xpath("//button[normalize-space(.)='Approve version 1']"));
            textWith(By.cssSelector(".done"), "Your approval is recorded.");
        }
        textWith(By.id("catalogue"), "Technical ladder", "✓ same on every track");

        signInAs("HR");
        open("/frameworks?frameworkId=" + frameworkId);
        propose(second, "Engineering is the word we use");
        propose(second, "Once more");
        textWith(By.id("propose-error"), "still before the council");
        open("/frameworks?frameworkId=" + frameworkId);
        click(By.xpath("//button[normalize-space(.)='Compare']"));
        textWith(By.id("diff"), "Technical ladder", "Engineering ladder");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("diff-heading")));
        page("frameworks-diff");
    }

    private static void propose(String document, String rationale) throws IOException {
        Path file = Files.createTempFile("framework", ".yaml");
        Files.writeString(file, document);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("proposal-file"))).sendKeys(file.toAbsolutePath().toString());
        fill(By.id("proposal-rationale"), rationale);
        click(By.xpath("//button[normalize-space(.)='Propose']"));
    }

    /** A date input's value set as the browser would after a pick: typing into one depends on the locale. */
    private static void date(String id, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    private static String row(String cycle) {
        return "//table[@id='review-cycles']//tr[th[normalize-space(.)='" + cycle + "']]";
    }

    /** The phase a move leads to, waited for: the page before the move shows the phase it left. */
    private static void assertPhase(String cycle, String phase) {
        textIs(By.xpath(row(cycle) + "/td[@class='phase']"), phase);
    }

    /** Through the web app with the browser's session, as a click on the link would download it. */
    private static HttpResponse<String> download(String href) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
