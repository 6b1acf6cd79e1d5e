package io.careerledger.command.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The event hash of {@code db/command/V7__event_hash_chain.sql}, recomputed in Java: the database
 * writes it, the verifier checks it with code of its own, so a flaw in one is not silently shared.
 * SHA-256 over the previous event's hash, then each field as a 4-byte big-endian length and its bytes
 * (text as UTF-8, a missing value as length -1), the sequence as 8 bytes.
 */
final class HashChain {

    private HashChain() {
    }

    static byte[] hash(byte[] previousHash, StoredEvent event) {
        MessageDigest digest = sha256();
        if (previousHash != null) {
            digest.update(previousHash);
        }
        field(digest, event.eventIdentifier());
        field(digest, event.aggregateIdentifier());
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(event.sequenceNumber()).array());
        field(digest, event.type());
        field(digest, event.timeStamp());
        field(digest, event.payloadType());
        field(digest, event.payloadRevision());
        field(digest, event.payload());
        field(digest, event.metaData());
        return digest.digest();
    }

    private static void field(MessageDigest digest, String value) {
        field(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
