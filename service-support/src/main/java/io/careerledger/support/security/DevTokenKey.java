package io.careerledger.support.security;

import java.nio.charset.StandardCharsets;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The HS256 key of the local dev tokens, shared by the issuer (command-service) and both services' decoders. */
public final class DevTokenKey {

    private DevTokenKey() {
    }

    public static SecretKey of(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
