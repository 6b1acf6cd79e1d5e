package io.careerledger.query.framework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.careerledger.events.FrameworkDefinition;

/** A version in full: its history with the council and the document as proposed. */
record VersionDetail(@JsonUnwrapped VersionSummary summary, FrameworkDefinition definition) {
}
