package io.careerledger.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** A remembered token saves the signature check, never the expiry check; any other string is verified afresh. */
class CachingJwtDecoderTest {

    private static final String SECRET = "a-test-secret-of-at-least-thirty-two-bytes";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final AtomicInteger verifications = new AtomicInteger();
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(countingVerifier(), 100, Duration.ofMinutes(5), clock);

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() {
        String token = token(NOW.plusSeconds(3600));

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("ada");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        String token = token(NOW.plusSeconds(30));
        decoder.decode(token);

        clock.now = NOW.plusSeconds(31);

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenIsVerifiedAgainAfterTheRetention() {
        String token = token(NOW.plusSeconds(3600));
        decoder.decode(token);
        CachingJwtDecoder shortMemory = new CachingJwtDecoder(countingVerifier(), 100, Duration.ZERO, clock);
        shortMemory.decode(token);

        shortMemory.decode(token);

        assertThat(verifications).hasValue(3);
    }

    @Test
    void aTamperedTokenIsRefusedEvenWhileTheGenuineOneIsRemembered() {
        String token = token(NOW.plusSeconds(3600));
        decoder.decode(token);
        String[] parts = token.split("\\.");
        String otherClaims = token(NOW.plusSeconds(3600), "grace").split("\\.")[1];
        String tampered = parts[0] + "." + otherClaims + "." + parts[2];
        String badSignature = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);

        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(badSignature)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(tampered)).as("a refused token is not remembered").isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(4);
    }

    @Test
    void aTokenWithoutExpiryIsVerifiedEveryTime() {
        String token = token(null);

        decoder.decode(token);
        decoder.decode(token);

        assertThat(verifications).hasValue(2);
    }

    private JwtDecoder countingVerifier() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(DevTokenKey.of(SECRET)).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        nimbus.setJwtValidator(timestamps);
        return token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
    }

    private static String token(Instant expiresAt) {
        return token(expiresAt, "ada");
    }

    private static String token(Instant expiresAt, String subject) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(subject).issuedAt(NOW.minusSeconds(60));
        if (expiresAt != null) {
            claims.expiresAt(expiresAt);
        }
        return new NimbusJwtEncoder(new ImmutableSecret<>(DevTokenKey.of(SECRET)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build())).getTokenValue();
    }

    private static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
