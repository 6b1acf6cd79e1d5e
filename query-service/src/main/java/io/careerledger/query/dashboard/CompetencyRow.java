package io.careerledger.query.dashboard;

/**
 * One competency of the matrix; a rating is absent until someone gave it.
 *
 * @param rating        the rating that counts: the latest, its calibrated value when calibrated
 * @param expectedNow   what the current level expects; absent when it expects nothing here
 * @param expectedNext  what the next level expects; absent at the top of the track or when it expects nothing here
 * @param gap           how many steps the rating is short of the next level (0 when met)
 */
public record CompetencyRow(String competencyId, String name, Integer self, Integer manager, Integer peer, Integer calibrated,
                     Integer rating, Integer expectedNow, Integer expectedNext, Integer gap) {
}
