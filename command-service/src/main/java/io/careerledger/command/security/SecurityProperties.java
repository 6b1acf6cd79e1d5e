package io.careerledger.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param tokenSecret      HMAC secret the dev tokens are signed with (local profile only)
 * @param devTokensEnabled whether {@code POST /dev/tokens} exists (local profile only)
 */
@ConfigurationProperties("careerledger.security")
public record SecurityProperties(String tokenSecret, boolean devTokensEnabled) {
}
