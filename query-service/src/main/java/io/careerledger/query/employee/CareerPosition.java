package io.careerledger.query.employee;

import java.time.LocalDate;

/**
 * Where a person stands, as every view shows it: track and level, and the title, grade and salary
 * band that level has under the framework version it was decided under.
 *
 * @param frameworkVersion the version the level was decided under; before a track is chosen, the one in force
 * @param trackId          absent until a track is chosen
 * @param title            absent until a track is chosen under a published version
 */
public record CareerPosition(String frameworkId, Integer frameworkVersion, String trackId, int level, LocalDate levelSince,
                             String title, String grade, String salaryBand) {
}
