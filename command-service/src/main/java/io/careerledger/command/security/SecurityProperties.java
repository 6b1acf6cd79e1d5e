package io.careerledger.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenSecret      HMAC secret of the dev tokens (local profile); unset elsewhere, where
 *                         {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names the real issuer
 * @param devTokensEnabled whether {@code POST /dev/tokens} exists (local profile only)
 */
@ConfigurationProperties("careerledger.security")
public record SecurityProperties(String tokenSecret, boolean devTokensEnabled) {
}
