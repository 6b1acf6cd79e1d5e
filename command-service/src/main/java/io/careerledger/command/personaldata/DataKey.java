package io.careerledger.command.personaldata;

/**
 * A person's data key as stored: {@code material} is null once it was destroyed.
 *
 * @param keyId the key's public name, written into every ciphertext made with it
 */
public record DataKey(String employeeId, String keyId, byte[] material) {

    public boolean destroyed() {
        return material == null;
    }
}
