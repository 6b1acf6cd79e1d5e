package io.careerledger.query.consumption;

/** Points a transaction at the read models it must write to (the generation package decides which). */
public interface ReadModelTarget {

    /** Called first in every transaction that applies events. */
    void pin();
}
