package io.careerledger.command.personaldata;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param encryption                whether personal fields are encrypted before they are stored and published
 *                                  (on by default; the bench switches it off for its comparison run only).
 *                                  Ciphertext already stored is decrypted either way.
 * @param retentionAfterOffboarding how long after a person's last working day their personal data must be kept
 *                                  (an erasure is refused until then)
 * @param keyCacheTtl               how long a replica keeps a data key in memory: the longest another
 *                                  replica may still read a person's data after their erasure
 */
@ConfigurationProperties("careerledger.personal-data")
public record PersonalDataProperties(@DefaultValue("true") boolean encryption,
                                     @DefaultValue("P1Y") Period retentionAfterOffboarding,
                                     @DefaultValue("PT5M") Duration keyCacheTtl) {
}
