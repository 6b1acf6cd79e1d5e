package io.careerledger.query.consumption;

/** Points a transaction at the read models it must write to (the generation package decides which). */
public interface ReadModelTarget {

    /**
     * Called first in every transaction that applies events.
     *
     * @return whether the read models written are the ones serving (false while a rebuild fills the next generation)
     */
    boolean pin();
}
