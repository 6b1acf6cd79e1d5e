package io.careerledger.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.careerledger.web.WebApplication;

/**
 * Profile oidc: a page sends the person to the identity provider configured by the standard
 * spring.security.oauth2.client properties (authorization code flow,
 * scope openid), and the local demo sign-in does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        WebApplication.CONFIG_NAME,
        "spring.profiles.active=oidc",
        "spring.security.oauth2.client.registration.corp.client-id=career-ledger-web",
        "spring.security.oauth2.client.registration.corp.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.corp.scope=openid,profile,email",
        "spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.corp.authorization-uri=https://login.example.org/authorize",
        "spring.security.oauth2.client.provider.corp.token-uri=https://login.example.org/token",
        "spring.security.oauth2.client.provider.corp.jwk-set-uri=https://login.example.org/jwks",
        "spring.security.oauth2.client.provider.corp.user-name-attribute=sub"})
class OidcSignInTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void aPageSendsThePersonToTheIdentityProvider() throws Exception {
        HttpResponse<String> page = get("/progress");
        assertThat(page.statusCode()).isEqualTo(302);
        String start = page.headers().firstValue("Location").orElseThrow();
        assertThat(start).endsWith("/oauth2/authorization/corp");

        HttpResponse<String> toProvider = get(URI.create(start).getPath(), page.headers().firstValue("Set-Cookie").orElse(""));
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(toProvider.headers().firstValue("Location").orElseThrow())
                .startsWith("https://login.example.org/authorize?")
                .contains("response_type=code", "client_id=career-ledger-web", "scope=openid%20profile%20email", "state=", "nonce=",
                        "redirect_uri=", "/login/oauth2/code/corp");
    }

    @Test
    void thereIsNoDemoSignIn() throws Exception {
        assertThat(get("/sign-in").statusCode()).isEqualTo(404);
    }

    /** Every form and htmx request carries the session's CSRF token; one without it changes nothing. */
    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> signOut = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-out"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signOut.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String... cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie.length > 0 && !cookie[0].isEmpty()) {
            request.header("Cookie", cookie[0].split(";")[0]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
