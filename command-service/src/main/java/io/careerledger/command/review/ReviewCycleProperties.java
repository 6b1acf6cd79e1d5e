package io.careerledger.command.review;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param zone where a deadline day is counted: a phase's deadline passes at the start of the next day
 *             there (the organisation's zone, UTC by default)
 */
@ConfigurationProperties("careerledger.review-cycles")
public record ReviewCycleProperties(@DefaultValue("UTC") ZoneId zone) {
}
