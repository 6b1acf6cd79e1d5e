package io.careerledger.support.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenSecret HMAC secret of the local dev tokens (profile {@code local} only); elsewhere leave it
 *                    unset and set {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * @param publicPaths request paths open without a token besides health and API docs
 */
@ConfigurationProperties("careerledger.security")
public record ResourceServerProperties(String tokenSecret, List<String> publicPaths) {

    public ResourceServerProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
