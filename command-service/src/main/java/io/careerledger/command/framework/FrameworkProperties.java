package io.careerledger.command.framework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultFrameworkId the framework people are registered on when their registration names none,
 *                           and the one people registered before frameworks existed (revision 1) are on
 * @param approvalQuorum     council approvals that publish a proposed version
 */
@ConfigurationProperties("careerledger.frameworks")
public record FrameworkProperties(String defaultFrameworkId, @DefaultValue("2") int approvalQuorum) {
}
