package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Journey 1: sign in locally as a demo person or a role, and out again; pages need a signed-in person. */
class SignInBrowserTest extends BrowserTest {

    @Test
    void aPageAsksToSignInFirstThenShowsWhoIsSignedInUntilSignOut() {
        open("/progress");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        assertThat(text(By.tagName("h1"))).isEqualTo("Sign in");

        signInAs("Grace Hopper");
        assertThat(text(By.cssSelector("header .who"))).contains("Grace Hopper");
        assertThat(text(By.cssSelector("nav[aria-label='Main']"))).contains("My progress", "My team");
        page("home-manager");

        click(By.xpath("//button[normalize-space(.)='Sign out']"));
        textIs(By.tagName("h1"), "You are signed out");
        page("signed-out");
        open("/team");
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
    }

    @Test
    void anyoneIsFoundByPartOfTheirNameHoweverLargeTheOrganisation() {
        open("/sign-in");
        fill(By.id("sign-in-name"), "lovelace");
        click(By.xpath("//button[.='Find']"));
        waitFor(ExpectedConditions.urlContains("name=lovelace"));

        assertThat(text(By.cssSelector("[aria-labelledby='people-heading']"))).contains("Ada Lovelace").doesNotContain("Grace Hopper");
        page("sign-in-found");
    }

    @Test
    void aRoleAloneSeesNoEmployeePages() {
        signInAs("HR");
        assertThat(text(By.cssSelector("header .who"))).contains("HR");
        assertThat(browser.findElements(By.linkText("My progress"))).isEmpty();
        page("home-role");
    }

    @Test
    void anUnknownAddressIsAPageInWordsNotAStackTrace() {
        signInAs("Tim Berners-Lee");
        open("/no-such-page");
        assertThat(text(By.tagName("h1"))).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Exception", "Whitelabel", "\"status\"");
        page("not-found");
    }
}
