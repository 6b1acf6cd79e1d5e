package io.careerledger.web.signin;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in elsewhere ({@code careerledger.sign-in=oidc}, the oidc profile): OpenID Connect at the
 * organisation's identity provider, configured by the standard
 * {@code spring.security.oauth2.client.registration.*} and {@code .provider.*} properties. The ID
 * token's subject is the person's employee id and its roles claim their roles, as in the access
 * token the services check; that access token is the bearer toward them.
 */
final class OidcSignIn {

    private OidcSignIn() {
    }

    @Component
    static class Handler {

        private final CurrentUser currentUser;
        private final String rolesClaim;
        private final OAuth2AuthorizedClientRepository authorizedClients = new HttpSessionOAuth2AuthorizedClientRepository();

        Handler(CurrentUser currentUser, @Value("${careerledger.oidc.roles-claim:roles}") String rolesClaim) {
            this.currentUser = currentUser;
            this.rolesClaim = rolesClaim;
        }

        void configure(HttpSecurity http) throws Exception {
            http.oauth2Login(login -> login
                    .authorizedClientRepository(authorizedClients)
                    .successHandler((request, response, authentication) -> {
                        OAuth2AuthenticationToken oauth = (OAuth2AuthenticationToken) authentication;
                        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(
                                oauth.getAuthorizedClientRegistrationId(), oauth, request);
                        OidcUser user = (OidcUser) oauth.getPrincipal();
                        currentUser.signIn(new SignedIn(user.getSubject(), nameOf(user), roles(user.getClaim(rolesClaim)),
                                client.getAccessToken().getTokenValue()), request, response);
                        response.sendRedirect(request.getContextPath() + "/");
                    }));
        }

        private static String nameOf(OidcUser user) {
            return user.getFullName() != null ? user.getFullName() : user.getEmail() != null ? user.getEmail() : user.getSubject();
        }

        private static Set<String> roles(Object claim) {
            if (claim instanceof Collection<?> values) {
                return values.stream().map(String::valueOf).collect(Collectors.toSet());
            }
            return claim == null ? Set.of() : Set.copyOf(List.of(String.valueOf(claim).split("[ ,]+")));
        }
    }
}
