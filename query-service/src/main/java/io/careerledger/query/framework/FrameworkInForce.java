package io.careerledger.query.framework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.careerledger.events.Competency;
import io.careerledger.events.LevelPolicy;
import io.careerledger.events.ParityException;
import io.careerledger.events.ProficiencyStep;

/** The version of a framework that new decisions are checked against, in full. */
record FrameworkInForce(String frameworkId, int version, String name, String description, Instant publishedAt,
                        LocalDate annualReviewDue, boolean annualReviewOverdue, List<ProficiencyStep> proficiencyScale,
                        List<Competency> competencies, List<CatalogueTrack> tracks, List<LevelPolicy> levelPolicies,
                        List<ParityException> parityExceptions, boolean switchRequiresManagerAgreement) {
}
