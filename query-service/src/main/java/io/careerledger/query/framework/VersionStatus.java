package io.careerledger.query.framework;

/** Where a framework version stands with the council. */
enum VersionStatus {
    PROPOSED,
    PUBLISHED,
    REJECTED,
    /** Was in force until a later version was published. */
    SUPERSEDED
}
