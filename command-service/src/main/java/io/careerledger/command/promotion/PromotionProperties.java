package io.careerledger.command.promotion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param feedbackQuorum council members whose stance a case needs before it can be decided */
@ConfigurationProperties("careerledger.promotions")
public record PromotionProperties(@DefaultValue("2") int feedbackQuorum) {
}
