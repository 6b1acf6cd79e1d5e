package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A journey in headless Chromium (Debian's chromium and chromedriver, set explicitly so Selenium
 * Manager never downloads anything) against the web app in front of the real stack, seeded with the
 * demo organisation. One browser per test class. {@link #page(String)} is what every page a journey
 * reaches gets: a screenshot under target/screenshots/ and an axe-core check that finds no serious
 * or critical violation.
 */
@ExtendWith(BrowserTest.PageOnFailure.class)
abstract class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    static ChromeDriver browser;
    static String web;

    @BeforeAll
    static void startBrowser() throws IOException {
        new DemoOrganisation(RunningStack.services().commandServiceUrl()).seed();
        web = RunningStack.services().webUrl();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("careerledger.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1280,1000",
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("careerledger.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Each test starts signed out. */
    @BeforeEach
    void signedOut() {
        browser.get(web + "/signed-out");
        browser.manage().deleteAllCookies();
    }

    /**
     * A newcomer of the demo organisation, registered and given a track through the REST API as HR
     * and they would: a test that acts on a person acts on its own, never on the demo's people.
     *
     * @return the person's full name (unique) and id
     */
    static Person newcomer(String firstName, String managerName, int level, String track) {
        String name = firstName + " " + UUID.randomUUID().toString().substring(0, 8);
        String id = DemoOrganisation.idOf(name);
        DemoOrganisation organisation = new DemoOrganisation(RunningStack.services().commandServiceUrl());
        organisation.post("/api/employees", organisation.token("demo-hr", "HR"), Map.of("employeeId", id, "fullName", name,
                "email", id + "@demo.example", "managerId", DemoOrganisation.idOf(managerName), "frameworkId", DemoOrganisation.FRAMEWORK,
                "level", level, "hireDate", "2024-01-15"));
        organisation.chooseTrack(name, managerName, track, "Where their strengths lie", 0);
        String hr = RunningStack.token("hr-browser", "HR");
        await().atMost(Duration.ofSeconds(30)).until(() -> RunningStack.queryService().get().uri("/api/employees/{id}/dashboard", id)
                .headers(h -> h.setBearerAuth(hr)).exchange((request, response) -> response.getStatusCode().value() == 200
                        && new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8).contains("\"trackId\":\"" + track + "\"")));
        return new Person(name, id);
    }

    record Person(String name, String id) {
    }

    /** When a journey fails, the page it failed on is kept (failed-{test}.png and .html) beside the screenshots. */
    static final class PageOnFailure implements TestWatcher {

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                String name = "failed-" + context.getRequiredTestMethod().getName();
                screenshot(name);
                try {
                    Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    static void open(String path) {
        browser.get(web + path);
    }

    /**
     * Local sign-in as a demo person (by the id the demo organisation registered them under: other tests
     * register people of the same names) or as a role (the button whose whole text is its label).
     */
    static void signInAs(String demoPersonOrRole) {
        if (DemoOrganisation.PEOPLE.stream().anyMatch(person -> person.get(0).equals(demoPersonOrRole))) {
            signInAs(new Person(demoPersonOrRole, DemoOrganisation.idOf(demoPersonOrRole)));
            return;
        }
        open("/sign-in");
        page("sign-in");
        click(By.xpath("//div[@aria-labelledby='roles-heading']/button[@name='subject'][normalize-space(.)='" + demoPersonOrRole + "']"));
        textWith(By.cssSelector("header .who"), "Signed in as", demoPersonOrRole);
    }

    /** Local sign-in as this person: found by name as in an organisation larger than the page, chosen by id. */
    static void signInAs(Person person) {
        open("/sign-in");
        page("sign-in");
        fill(By.id("sign-in-name"), person.name());
        click(By.xpath("//button[.='Find']"));
        waitFor(ExpectedConditions.urlContains("name="));
        click(By.cssSelector("button[name='subject'][value='" + person.id() + "']"));
        // the sign-in page still shows whoever was signed in before
        textWith(By.cssSelector("header .who"), "Signed in as", person.name());
    }

    static void click(By by) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(by));
        element.click();
    }

    static void fill(By by, String value) {
        WebElement field = waitFor(ExpectedConditions.visibilityOfElementLocated(by));
        field.clear();
        field.sendKeys(value);
    }

    /** Date and time inputs take their value as the ISO text a browser submits, whatever the browser's locale shows. */
    static void fillValue(By by, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", waitFor(ExpectedConditions.presenceOfElementLocated(by)), value);
    }

    static void select(By by, String visibleText) {
        new Select(waitFor(ExpectedConditions.visibilityOfElementLocated(by))).selectByVisibleText(visibleText);
    }

    /** The text of the element once it is visible, read within the wait: a page that is being left goes stale meanwhile. */
    static String text(By by) {
        return waitFor(driver -> {
            WebElement element = driver.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /**
     * The element's text once it holds each of {@code expected}: after an action the page it left may
     * still be showing, so a value the action changes is waited for rather than read once.
     */
    static String textWith(By by, String... expected) {
        try {
            return waitFor(driver -> {
                List<WebElement> found = driver.findElements(by);
                String text = found.isEmpty() ? "" : found.get(0).getText();
                return Arrays.stream(expected).allMatch(text::contains) ? text : null;
            });
        } catch (TimeoutException e) {
            assertThat(text(by)).contains(expected);
            throw e;
        }
    }

    /** The element's text once it is exactly {@code expected}, for the same reason as {@link #textWith}. */
    static void textIs(By by, String expected) {
        try {
            waitFor(ExpectedConditions.textToBe(by, expected));
        } catch (TimeoutException e) {
            assertThat(text(by)).isEqualTo(expected);
            throw e;
        }
    }

    static <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** The page as the person sees it now: saved as target/screenshots/{name}.png, checked with axe-core. */
    static void page(String name) {
        screenshot(name);
        assertAccessible(name);
    }

    /** The whole page, not only the window: Chromium's DevTools capture beyond the viewport. */
    static void screenshot(String name) {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                        "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Injects axe-core (from its webjar on the test classpath, never served by the app) and runs the WCAG 2 A/AA rules. */
    static void assertAccessible(String name) {
        browser.executeScript(axe());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
                   .then(result => done(result.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   targets: v.nodes.map(n => n.target.join(' ')).join(', ')}))))
                   .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), targets: ''}]));
                """);
        assertThat(violations).as("serious or critical accessibility violations on %s", name).isEmpty();
    }

    private static String axeSource;

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream(AXE)) {
                assertThat(in).as(AXE).isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
