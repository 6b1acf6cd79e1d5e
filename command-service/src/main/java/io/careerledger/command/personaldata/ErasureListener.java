package io.careerledger.command.personaldata;

/** What keeps a person's data in memory, told of each erasure as every replica hears it ({@link ErasedKeys}). */
public interface ErasureListener {

    /** The person's data was erased: drop what is held of them. */
    void erased(String employeeId);

    /** Listening (re)started: an erasure may have gone unheard, so drop everything. */
    void mayHaveMissedErasures();
}
