package io.careerledger.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The wire form of a {@link PersonalData} text: {@code pd1:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>},
 * AES-256-GCM with a random 96-bit nonce and the key id as associated data. Plain JDK, so a downstream
 * consumer that depends on this contract alone can decrypt with a key fetched from the key API.
 */
public final class PersonalDataCipher {

    /** Marks a ciphertext; a value without it is plaintext (events stored before encryption). */
    public static final String PREFIX = "pd1:";
    /** What a personal field reads as once its person's key is destroyed. */
    public static final String ERASED = "[erased]";
    /** Bytes of a data key (AES-256). */
    public static final int KEY_BYTES = 32;

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** base64url of 16 random bytes, unpadded. */
    private static final int KEY_ID_LENGTH = 22;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    /** What a consumer keeps of a personal text once its person is erased: the marker, or nothing if there was none. */
    public static String erase(String text) {
        return text == null ? null : ERASED;
    }

    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static String newKeyId() {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    public static boolean isCiphertext(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** The key a ciphertext was made with. */
    public static String keyIdOf(String ciphertext) {
        int end = ciphertext.indexOf(':', PREFIX.length());
        if (!isCiphertext(ciphertext) || end < 0) {
            throw new IllegalArgumentException("Not a personal-data ciphertext");
        }
        return ciphertext.substring(PREFIX.length(), end);
    }

    public static String encrypt(String plaintext, String keyId, byte[] key) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, keyId);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] wire = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keyId + ':' + Base64.getUrlEncoder().withoutPadding().encodeToString(wire);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** @throws IllegalArgumentException when the text wasn't made with this key or was altered */
    public static String decrypt(String ciphertext, byte[] key) {
        String keyId = keyIdOf(ciphertext);
        byte[] wire = Base64.getUrlDecoder().decode(ciphertext.substring(PREFIX.length() + keyId.length() + 1));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(wire, NONCE_BYTES), keyId);
            return new String(cipher.doFinal(wire, NONCE_BYTES, wire.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Personal data that this key did not encrypt, or that was altered", e);
        }
    }

    /**
     * The longest ciphertext of a text of at most {@code maxChars} UTF-16 characters (at most 3 UTF-8
     * bytes each): the maxLength the published schemas give a personal field.
     */
    public static int maxCiphertextLength(int maxChars) {
        int bytes = NONCE_BYTES + 3 * maxChars + TAG_BITS / 8;
        return PREFIX.length() + KEY_ID_LENGTH + 1 + (bytes * 4 + 2) / 3;
    }

    /** The names of an event's personal fields, in declaration order. */
    public static List<String> personalFieldsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.isAnnotationPresent(PersonalData.class))
                .map(java.lang.reflect.RecordComponent::getName)
                .toList();
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
