package io.careerledger.query.personaldata;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the query-service gets the data keys that open the personal fields of the topic.
 *
 * @param keyService      the command-service, whose {@code GET /api/personal-data-keys/{keyId}} hands them out
 * @param keyServiceToken the bearer token with the service role {@code PERSONAL_DATA_KEYS} (from the identity
 *                        provider); absent in the local profile, where one is signed with the dev-token secret
 * @param keyCacheTtl     how long a key is kept in memory; an erasure drops it at once when its event arrives
 */
@ConfigurationProperties("careerledger.personal-data")
public record PersonalDataProperties(@DefaultValue("http://localhost:8081") URI keyService, String keyServiceToken,
                                     @DefaultValue("PT5M") Duration keyCacheTtl) {
}
