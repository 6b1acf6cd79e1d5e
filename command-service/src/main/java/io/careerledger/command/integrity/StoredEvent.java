package io.careerledger.command.integrity;

/** One row of the event store, its bytes as stored, with the hashes the database chained onto it. */
record StoredEvent(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, String type,
                   String timeStamp, String payloadType, String payloadRevision, byte[] payload, byte[] metaData,
                   byte[] previousHash, byte[] hash) {
}
