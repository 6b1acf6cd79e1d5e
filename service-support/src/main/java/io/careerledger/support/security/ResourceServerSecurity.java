package io.careerledger.support.security;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both services are OAuth2 resource servers: every request but health, metrics, API docs and the
 * configured public paths needs a valid JWT; the token's {@code roles} claim ({@code ["HR"]}) becomes
 * the authorities {@code ROLE_HR}; 401 and 403 are {@code application/problem+json}.
 */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties(ResourceServerProperties.class)
public class ResourceServerSecurity {

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, ResourceServerProperties properties) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> writeProblem(json, response,
                HttpStatus.UNAUTHORIZED, "unauthenticated", "A valid bearer token is required: " + e.getMessage());
        AccessDeniedHandler forbidden = (request, response, e) -> writeProblem(json, response,
                HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this action.");
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesClaimConverter()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /** Distinct tokens a replica remembers as verified: far more than the people signed in at once. */
    private static final int TOKENS_KEPT = 10_000;
    /** The longest a remembered token is honoured without verifying it again, even if it expires later. */
    private static final Duration TOKEN_RETENTION = Duration.ofMinutes(5);

    /** Whichever decoder a deployment has (the dev tokens' below, Spring Boot's for an issuer) remembers what it verified. */
    @Bean
    static BeanPostProcessor cachingJwtDecoder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
                        ? new CachingJwtDecoder(decoder, TOKENS_KEPT, TOKEN_RETENTION, Clock.systemUTC()) : bean;
            }
        };
    }

    @Bean
    @ConditionalOnProperty("careerledger.security.token-secret")
    JwtDecoder devTokenDecoder(ResourceServerProperties properties) {
        return NimbusJwtDecoder.withSecretKey(DevTokenKey.of(properties.tokenSecret())).macAlgorithm(MacAlgorithm.HS256).build();
    }

    private static JwtAuthenticationConverter rolesClaimConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    private static void writeProblem(JsonMapper json, HttpServletResponse response, HttpStatus status, String code,
                                     String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + code));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
