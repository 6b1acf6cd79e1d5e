package io.careerledger.command.personaldata;

import java.util.Base64;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.careerledger.command.problem.RuleViolation;

/**
 * The key API: how the query-service and authorised downstream consumers read the personal fields of
 * the topic. A caller holds a token with the role {@code PERSONAL_DATA_KEYS} (a service role, given
 * to no person), fetches the key a ciphertext names, may cache it, and must drop it when the person's
 * {@code PersonalDataErased} arrives; from then on this answers 410.
 */
@RestController
@RequestMapping(path = "/api/personal-data-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('PERSONAL_DATA_KEYS')")
class PersonalDataKeyController {

    static final String ERASED = "personal-data-erased";
    static final String UNKNOWN_KEY = "unknown-personal-data-key";

    private final PersonalDataKeys keys;

    PersonalDataKeyController(PersonalDataKeys keys) {
        this.keys = keys;
    }

    @Schema(example = """
            {"keyId": "Wm9Qm2C0yq1fX7b1Q7mZtA", "employeeId": "5b0c3c52-8f5e-4a53-9d0c-2f0c5b7f1e01",
             "algorithm": "AES256-GCM", "key": "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M="}""")
    record KeyResponse(String keyId, String employeeId,
                       @Schema(description = "how the key is used: see PersonalDataCipher in shared-events") String algorithm,
                       @Schema(description = "the 32 key bytes, base64") String key) {
    }

    @Operation(summary = "A person's data key, by the id a ciphertext names (service role PERSONAL_DATA_KEYS).")
    @ApiResponse(responseCode = "200", description = "The key.")
    @ApiResponse(responseCode = "410", description = "The person's personal data was erased: the key no longer exists.")
    @GetMapping("/{keyId}")
    KeyResponse key(@PathVariable String keyId) {
        DataKey key = keys.find(keyId).orElseThrow(() -> RuleViolation.notFound(UNKNOWN_KEY, "No data key " + keyId + "."));
        if (key.destroyed()) {
            throw RuleViolation.gone(ERASED, "The personal data of " + key.employeeId() + " was erased; its key is gone.");
        }
        return new KeyResponse(key.keyId(), key.employeeId(), "AES256-GCM", Base64.getEncoder().encodeToString(key.material()));
    }
}
