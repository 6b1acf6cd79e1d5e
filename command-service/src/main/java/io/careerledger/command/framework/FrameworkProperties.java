package io.careerledger.command.framework;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultFrameworkId the framework people are registered on when their registration names none,
 *                           and the one people registered before frameworks existed (revision 1) are on
 */
@ConfigurationProperties("careerledger.frameworks")
public record FrameworkProperties(String defaultFrameworkId) {
}
