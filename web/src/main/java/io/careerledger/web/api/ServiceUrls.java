package io.careerledger.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the two services answer. */
@ConfigurationProperties("careerledger")
public record ServiceUrls(@DefaultValue("http://localhost:8081") String commandServiceUrl,
                          @DefaultValue("http://localhost:8082") String queryServiceUrl) {
}
