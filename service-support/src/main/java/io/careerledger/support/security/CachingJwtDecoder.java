package io.careerledger.support.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A client sends the same bearer token with every request until it expires, and verifying its signature
 * and parsing its claims was 6% of a command's CPU: the tokens this replica verified recently are kept,
 * keyed by the exact token string (a single changed character is another key, and verified afresh).
 * A kept token is answered from memory only while it has not expired, checked on every request, without
 * the clock skew the decoder allows (the decoder judges that last minute itself). Tokens without an
 * expiry are not kept, and none is kept longer than {@code retention}, so a key the issuer withdraws
 * stops being honoured within that time.
 */
public final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public CachingJwtDecoder(JwtDecoder decoder, int size, Duration retention, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(retention).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && unexpired(known)) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && unexpired(jwt)) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private boolean unexpired(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
