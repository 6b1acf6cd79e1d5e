package io.careerledger.command.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes each filter of its chain, each authentication and each authorization when a
 * Micrometer registry is present: per command a dozen observations, their meters looked up and their
 * events counted, 9% of the request's CPU (async-profiler) for metrics nothing reads. Requests are still
 * observed as a whole ({@code http.server.requests}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
