package io.careerledger.query.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenSecret HMAC secret of the command-service's dev tokens (local profile); unset elsewhere,
 *                    where {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names the real issuer
 */
@ConfigurationProperties("careerledger.security")
public record SecurityProperties(String tokenSecret) {
}
