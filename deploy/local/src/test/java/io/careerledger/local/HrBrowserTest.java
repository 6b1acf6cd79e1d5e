package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
        assertThat(text(By.tagName("h1"))).isEqualTo("Organisation analytics");
        for (String chart : List.of("head-count-chart", "parity-chart", "ratings-chart", "completion-chart")) {
            waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
        }
        assertThat(text(By.id("head-count-table"))).contains("expert", "people-leader", "Level 1");
        assertThat(text(By.id("parity-table"))).contains("Overall rate", "expert");
        assertThat(text(By.id("completion-table"))).contains("2030 annual review");

        fill(By.id("threshold"), "0.05");
        fill(By.id("minRatings"), "1");
        click(By.xpath("//button[normalize-space(.)='Mark the outliers']"));
        assertThat(text(By.id("ratings-table"))).containsAnyOf("Lenient", "Severe");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ratings-chart canvas")));
        page("hr-analytics");
    }

    @Test
    void theAuditLogIsFilteredByTypeAndBothExportsHoldWhatTheFiltersSelect() throws IOException, InterruptedException {
        signInAs("HR");
        click(By.linkText("Audit log"));
        assertThat(text(By.cssSelector("#audit-entries caption"))).startsWith("Page 1 of");
        assertThat(browser.findElements(By.cssSelector("#audit-entries tbody tr"))).hasSize(25);
        fill(By.id("type"), "io.careerledger.PromotionDecided.v1");
        click(By.xpath("//button[normalize-space(.)='Filter']"));
        // the filtered page replaces the unfiltered one: wait for it rather than read the page still loading
        List<WebElement> what = waitFor(driver -> {
            List<WebElement> cells = driver.findElements(By.cssSelector("#audit-entries tbody td:nth-child(2)"));
            return !cells.isEmpty() && cells.stream().allMatch(cell -> cell.getText().equals("Promotion decided")) ? cells : null;
        });
        assertThat(text(By.id("audit-entries"))).contains("Dennis Ritchie", "Expectations met; the council supports");
        page("hr-audit");

        HttpResponse<String> csv = download(browser.findElement(By.id("export-csv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("audit-log.csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("eventId,type,employeeId");
        assertThat(lines.subList(1, lines.size())).hasSize(what.size()).allSatisfy(line -> assertThat(line).contains("PromotionDecided"));

        HttpResponse<String> json = download(browser.findElement(By.id("export-json")).getAttribute("href"));
        JsonNode entries = JsonMapper.builder().build().readTree(json.body());
        assertThat(entries).hasSize(what.size()).allSatisfy(entry ->
                assertThat(entry.path("type").asString()).isEqualTo("io.careerledger.PromotionDecided.v1"));
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
        assertThat(text(By.cssSelector(".done"))).startsWith("Review cycle " + cycle + " is open.");
        assertThat(phaseOf(cycle)).isEqualTo("Self assessment");

        click(By.xpath(row(cycle) + "//button[normalize-space(.)='Close']"));
        assertThat(text(By.xpath(row(cycle) + "//p[@role='alert']"))).contains("closes after calibration");
        page("hr-review-cycle-refused");
        click(By.xpath(row(cycle) + "//button[normalize-space(.)='Move to manager assessment']"));
        assertThat(phaseOf(cycle)).isEqualTo("Manager assessment");
        click(By.xpath(row(cycle) + "//button[normalize-space(.)='Move to calibration']"));
        assertThat(phaseOf(cycle)).isEqualTo("Calibration");
        click(By.xpath(row(cycle) + "//button[normalize-space(.)='Close']"));
        assertThat(text(By.cssSelector(".done"))).startsWith("The cycle is closed.");
        assertThat(phaseOf(cycle)).isEqualTo("Closed");
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
        assertThat(text(By.cssSelector(".done"))).startsWith("Proposed");
        assertThat(text(By.id("versions"))).contains("Proposed", "A ladder for the tour", "0 of 2");

        for (String member : List.of("Council member 1", "Council member 2")) {
            signInAs(member);
            open("/frameworks?frameworkId=" + frameworkId);
            click(By.xpath("//button[normalize-space(.)='Approve version 1']"));
            assertThat(text(By.cssSelector(".done"))).startsWith("Your approval is recorded.");
        }
        assertThat(text(By.id("catalogue"))).contains("Technical ladder", "✓ same on every track");

        signInAs("HR");
        open("/frameworks?frameworkId=" + frameworkId);
        propose(second, "Engineering is the word we use");
        propose(second, "Once more");
        assertThat(text(By.id("propose-error"))).contains("still before the council");
        open("/frameworks?frameworkId=" + frameworkId);
        click(By.xpath("//button[normalize-space(.)='Compare']"));
        assertThat(text(By.id("diff"))).contains("Technical ladder", "Engineering ladder");
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

    private static String phaseOf(String cycle) {
        return text(By.xpath(row(cycle) + "/td[@class='phase']"));
    }

    /** Through the web app with the browser's session, as a click on the link would download it. */
    private static HttpResponse<String> download(String href) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
