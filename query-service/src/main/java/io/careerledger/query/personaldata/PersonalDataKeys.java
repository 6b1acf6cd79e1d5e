package io.careerledger.query.personaldata;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import io.careerledger.support.security.DevTokenKey;
import io.careerledger.support.security.ResourceServerProperties;

/**
 * The data keys, fetched from the command-service's key API and kept in memory: a key whose person was
 * erased (410) is remembered as gone, so their fields read as erased without asking again. Any other
 * failure (the command-service unreachable) fails the event's application, which is retried, then parked.
 */
@Component
public class PersonalDataKeys {

    /** @param material null once the person's data was erased */
    private record Entry(String employeeId, byte[] material) {
    }

    private record KeyResponse(String keyId, String employeeId, String algorithm, String key) {
    }

    private final RestClient keyService;
    private final Supplier<String> token;
    private final Cache<String, Entry> keys;

    PersonalDataKeys(PersonalDataProperties properties, ResourceServerProperties security) {
        this.keyService = RestClient.create(properties.keyService().toString());
        this.token = properties.keyServiceToken() != null ? properties::keyServiceToken : devToken(security.tokenSecret());
        this.keys = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(properties.keyCacheTtl()).build();
    }

    /** The key a ciphertext names; empty once its person's data was erased. */
    public Optional<byte[]> keyOf(String keyId) {
        return Optional.ofNullable(keys.get(keyId, this::fetch).material());
    }

    /** Drops every key of the person: their erasure arrived. */
    public void forget(String employeeId) {
        keys.asMap().values().removeIf(entry -> employeeId.equals(entry.employeeId()));
    }

    /** Drops every key: for a replica that may have missed an erasure while it did not listen. */
    public void forgetAll() {
        keys.invalidateAll();
    }

    private Entry fetch(String keyId) {
        return keyService.get().uri("/api/personal-data-keys/{keyId}", keyId)
                .headers(headers -> headers.setBearerAuth(token.get()))
                .exchange((request, response) -> {
                    if (response.getStatusCode().value() == HttpStatus.GONE.value()) {
                        return new Entry(null, null);
                    }
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw new IllegalStateException("The key service answered " + response.getStatusCode() + " for key " + keyId);
                    }
                    KeyResponse key = response.bodyTo(KeyResponse.class);
                    return new Entry(key.employeeId(), Base64.getDecoder().decode(key.key()));
                });
    }

    /** Local profile: a short-lived service token signed with the dev-token secret both services share. */
    private static Supplier<String> devToken(String secret) {
        if (secret == null) {
            return () -> {
                throw new IllegalStateException("Set careerledger.personal-data.key-service-token: the key service needs a token");
            };
        }
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableSecret<>(DevTokenKey.of(secret)));
        return () -> {
            Instant now = Instant.now();
            JwtClaimsSet claims = JwtClaimsSet.builder().issuer("career-ledger-local").subject("query-service")
                    .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5))).claim("roles", List.of("PERSONAL_DATA_KEYS")).build();
            return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
        };
    }
}
