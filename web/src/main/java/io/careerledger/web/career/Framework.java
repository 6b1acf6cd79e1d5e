package io.careerledger.web.career;

import java.util.List;
import java.util.Optional;

/** The part of a framework version ({@code /api/frameworks/{id}/versions/{v}}) the pages show: scale, competencies, tracks. */
public record Framework(String frameworkId, int version, Definition definition) {

    public record Definition(String name, List<Scale> proficiencyScale, List<Competency> competencies, List<Track> tracks) {
    }

    public record Scale(int value, String name) {
    }

    public record Competency(String id, String name) {
    }

    public record Track(String id, String name, List<Level> levels) {

        public Optional<Level> level(int level) {
            return levels.stream().filter(candidate -> candidate.level() == level).findFirst();
        }
    }

    public record Level(int level, String title, String grade, String salaryBand, List<Milestone> milestones) {
    }

    public record Milestone(String id, String description, String evidence) {
    }

    public List<Track> tracks() {
        return definition.tracks();
    }

    public List<Scale> scale() {
        return definition.proficiencyScale();
    }

    public List<Competency> competencies() {
        return definition.competencies();
    }

    public Optional<Track> track(String trackId) {
        return tracks().stream().filter(track -> track.id().equals(trackId)).findFirst();
    }

    /** A milestone of any track and level, by its id. */
    public Optional<Milestone> milestone(String milestoneId) {
        return tracks().stream().flatMap(track -> track.levels().stream()).flatMap(level -> level.milestones().stream())
                .filter(milestone -> milestone.id().equals(milestoneId)).findFirst();
    }

    /** What the next level asks as milestones; none at the top of the track or before a track is chosen. */
    public List<Milestone> milestonesFor(String trackId, int level) {
        return trackId == null ? List.of() : track(trackId).flatMap(track -> track.level(level)).map(Level::milestones).orElse(List.of());
    }
}
