package io.careerledger.web.signin;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Every page but sign-in, static assets and health needs a signed-in person; sessions hold who that
 * is; every form and htmx request carries the CSRF token (forms by a hidden field Thymeleaf adds,
 * htmx by the header the layout sets from its meta tag). Sign-out is a POST.
 */
@Configuration
@EnableMethodSecurity
class WebSecurity {

    @Bean
    SecurityFilterChain pages(HttpSecurity http, @Value("${careerledger.sign-in}") String signIn, OidcSignIn.Handler oidc) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // an SSE stream's async dispatch and the error page were authorized with the request that started them
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/sign-in", "/signed-out", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                                "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out"));
        if ("oidc".equals(signIn)) {
            oidc.configure(http);
        } else {
            http.exceptionHandling(handling -> handling.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in")));
        }
        return http.build();
    }
}
