package io.careerledger.events;

/** Who gave a rating: the person, their line manager, a peer (360-degree feedback) or the council. */
public enum AssessorRole { SELF, MANAGER, PEER, COUNCIL }
