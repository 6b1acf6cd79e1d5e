package io.careerledger.events;

/** The phases a review cycle moves through, in this order; after calibration it closes. */
public enum ReviewPhase { SELF_ASSESSMENT, MANAGER_ASSESSMENT, CALIBRATION }
