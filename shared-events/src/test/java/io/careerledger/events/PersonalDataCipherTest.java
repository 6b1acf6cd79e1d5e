package io.careerledger.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private final byte[] key = PersonalDataCipher.newKey();
    private final String keyId = PersonalDataCipher.newKeyId();

    @Test
    void aTextComesBackWithTheKeyItWasEncryptedWith() {
        String sealed = PersonalDataCipher.encrypt("Ada Lovelace", keyId, key);

        assertThat(sealed).startsWith("pd1:" + keyId + ":").doesNotContain("Ada");
        assertThat(PersonalDataCipher.keyIdOf(sealed)).isEqualTo(keyId);
        assertThat(PersonalDataCipher.decrypt(sealed, key)).isEqualTo("Ada Lovelace");
    }

    @Test
    void anotherKeyCannotReadIt() {
        String sealed = PersonalDataCipher.encrypt("Ada Lovelace", keyId, key);

        assertThatIllegalArgumentException().isThrownBy(() -> PersonalDataCipher.decrypt(sealed, PersonalDataCipher.newKey()));
    }

    @Test
    void aCiphertextMovedToAnotherKeyIdIsRefused() {
        String sealed = PersonalDataCipher.encrypt("Ada Lovelace", keyId, key);
        String relabelled = sealed.replace(keyId, PersonalDataCipher.newKeyId());

        assertThatIllegalArgumentException().isThrownBy(() -> PersonalDataCipher.decrypt(relabelled, key));
    }

    @Test
    void theLongestTextOfThreeByteCharactersFitsTheSchemasCiphertextLength() {
        String longest = "€".repeat(Limits.NOTE);

        assertThat(PersonalDataCipher.encrypt(longest, keyId, key)).hasSize(PersonalDataCipher.maxCiphertextLength(Limits.NOTE));
    }

    @Test
    void theContractNamesThePersonalFieldsOfAnEvent() {
        assertThat(PersonalDataCipher.personalFieldsOf(EmployeeRegistered.class)).containsExactly("fullName", "email");
        assertThat(PersonalDataCipher.personalFieldsOf(ManagerChanged.class)).isEmpty();
    }
}
