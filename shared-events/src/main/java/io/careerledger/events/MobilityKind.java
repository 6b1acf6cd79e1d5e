package io.careerledger.events;

/** A rotation moves someone through another team for a while; a secondment lends them to one. */
public enum MobilityKind { ROTATION, SECONDMENT }
