package io.careerledger.command.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.careerledger.events.Limits;
import io.careerledger.support.security.DevTokenKey;

/**
 * {@code POST /dev/tokens}: a signed JWT for any subject and roles, accepted by both services.
 * Exists only where {@code careerledger.security.dev-tokens-enabled} is set (the local profile).
 */
@RestController
@ConditionalOnProperty("careerledger.security.dev-tokens-enabled")
class DevTokenController {

    static final Set<String> ROLES = Set.of("EMPLOYEE", "MANAGER", "HR", "COUNCIL", "ADMIN", "PERSONAL_DATA_KEYS");
    private static final Duration VALIDITY = Duration.ofHours(12);

    private final JwtEncoder encoder;

    DevTokenController(SecurityProperties properties) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(DevTokenKey.of(properties.tokenSecret())));
    }

    record TokenRequest(@NotBlank @Size(max = Limits.ACTOR) String subject, @NotEmpty @Size(max = Limits.ITEMS) List<@NotBlank String> roles) {
    }

    record TokenResponse(String token) {
    }

    @Operation(summary = "Issue a dev token (local profile only): a JWT for any subject and roles, valid 12 hours, accepted "
            + "by both services; paste its `token` into Authorize.")
    @PostMapping("/dev/tokens")
    TokenResponse issue(@Valid @RequestBody TokenRequest request) {
        List<String> unknown = request.roles().stream().filter(role -> !ROLES.contains(role)).toList();
        if (!unknown.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown roles " + unknown + "; known: " + ROLES);
        }
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("career-ledger-local")
                .subject(request.subject())
                .issuedAt(now)
                .expiresAt(now.plus(VALIDITY))
                .claim("roles", request.roles())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return new TokenResponse(encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue());
    }
}
