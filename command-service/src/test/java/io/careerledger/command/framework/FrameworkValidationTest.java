package io.careerledger.command.framework;

import static io.careerledger.command.framework.FrameworkViolation.DUPLICATE_ID;
import static io.careerledger.command.framework.FrameworkViolation.INVALID_VALUE;
import static io.careerledger.command.framework.FrameworkViolation.LEVEL_NUMBERING_GAP;
import static io.careerledger.command.framework.FrameworkViolation.MALFORMED_DOCUMENT;
import static io.careerledger.command.framework.FrameworkViolation.MISSING_FIELD;
import static io.careerledger.command.framework.FrameworkViolation.PARITY_BROKEN;
import static io.careerledger.command.framework.FrameworkViolation.POLICY_REQUIREMENT_UNMET;
import static io.careerledger.command.framework.FrameworkViolation.POLICY_UNKNOWN_TRACK;
import static io.careerledger.command.framework.FrameworkViolation.PROFICIENCY_OFF_SCALE;
import static io.careerledger.command.framework.FrameworkViolation.SCALE_NUMBERING_GAP;
import static io.careerledger.command.framework.FrameworkViolation.UNKNOWN_COMPETENCY;
import static io.careerledger.command.framework.FrameworkViolation.UNKNOWN_FIELD;
import static io.careerledger.command.framework.FrameworkViolation.WRONG_TYPE;
import static io.careerledger.command.framework.FrameworkYaml.base;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One rule per test: a small edit of a valid document, and the violation it must produce, where. */
class FrameworkValidationTest {

    @Test
    void theBaseDocumentIsValid() {
        assertThat(base().problems()).isEmpty();
    }

    @Nested
    class Shape {

        @Test
        void yamlThatDoesNotParseIsMalformedWhereTheParserStopped() {
            var doc = base().replace("  - id: people\n", "\t- id: people\n");

            assertThat(doc.problems()).containsExactly(doc.problem(MALFORMED_DOCUMENT, "", "\t- id: people"));
        }

        @Test
        void aKeyGivenTwiceIsMalformed() {
            var doc = base().replace("name: Small framework\n", "name: Small framework\nname: Again\n");

            assertThat(doc.problems()).containsExactly(doc.problem(MALFORMED_DOCUMENT, "name", "name: Again"));
        }

        @Test
        void aDocumentThatIsNotAMappingIsMalformed() {
            var doc = FrameworkYaml.of("- just\n- a list\n");

            assertThat(doc.problems()).containsExactly(MALFORMED_DOCUMENT + " :1");
        }

        @Test
        void aRequiredFieldMustBeThere() {
            var doc = base().replace("title: Senior Specialist, grade: G3, ", "title: Senior Specialist, ");

            assertThat(doc.problems())
                    .containsExactly(doc.problem(MISSING_FIELD, "tracks[1].levels[1].grade", "title: Senior Specialist"));
        }

        @Test
        void theScaleNeedsAtLeastOneStep() {
            var doc = base().replace("""
                    proficiencyScale:
                      - {value: 1, name: Learning}
                      - {value: 2, name: Practising}
                      - {value: 3, name: Leading}
                    """, "proficiencyScale: []\n");

            assertThat(doc.problems()).containsExactly(doc.problem(MISSING_FIELD, "proficiencyScale", "proficiencyScale: []"));
        }

        @Test
        void aNumberMustBeAWholeNumber() {
            var doc = base().replace("level: 3, title: Senior Specialist", "level: three, title: Senior Specialist");

            assertThat(doc.problems()).containsExactly(doc.problem(WRONG_TYPE, "tracks[1].levels[1].level", "level: three"));
        }

        @Test
        void aMisspelledFieldIsNotSilentlyIgnored() {
            var doc = base().replace("salaryBand: B3, expectations: {craft: 3}", "salaryBand: B3, expectation: {craft: 3}");

            assertThat(doc.problems())
                    .containsExactly(doc.problem(UNKNOWN_FIELD, "tracks[1].levels[1].expectation", "expectation: {craft: 3}"));
        }
    }

    @Nested
    class Values {

        @Test
        void aMilestoneIsTimeBound() {
            var doc = base().replace("timeboxMonths: 12", "timeboxMonths: 0");

            assertThat(doc.problems()).containsExactly(
                    doc.problem(INVALID_VALUE, "tracks[1].levels[0].milestones[0].timeboxMonths", "timeboxMonths: 0"));
        }

        @Test
        void aTrackKindIsUpperSnakeCase() {
            var doc = base().replace("kind: FOUNDATION", "kind: broad experience");

            assertThat(doc.problems()).containsExactly(doc.problem(INVALID_VALUE, "tracks[0].kind", "kind: broad experience"));
        }

        @Test
        void anIdIsALowerCaseSlug() {
            var doc = base().replace("  - id: leader\n", "  - id: \"Leader\u202e\"\n")
                    .replace("allowedTracks: [expert, leader]", "allowedTracks: [expert]");

            assertThat(doc.problems()).containsExactly(doc.problem(INVALID_VALUE, "tracks[2].id", "Leader"));
        }

        @Test
        void theFrameworkIdSamplesIsTakenByTheApi() {
            var doc = base().replace("id: small\n", "id: samples\n");

            assertThat(doc.problems()).containsExactly(doc.problem(INVALID_VALUE, "id", "id: samples"));
        }

        @Test
        void aPolicyRangeDoesNotEndBeforeItStarts() {
            var doc = base().replace("toLevel: 1", "toLevel: 0");

            assertThat(doc.problems()).containsExactly(doc.problem(INVALID_VALUE, "levelPolicies[0].toLevel", "toLevel: 0"));
        }

        @Test
        void competencyIdsAreUnique() {
            var doc = base().replace("    name: People\n", "    name: People\n  - {id: craft, name: Craft again}\n");

            assertThat(doc.problems()).containsExactly(doc.problem(DUPLICATE_ID, "competencies[2].id", "Craft again"));
        }

        @Test
        void skillIdsAreUnique() {
            var doc = base().replace("{id: quality, name: Quality}\n",
                    "{id: quality, name: Quality}\n      - {id: quality, name: Quality twice}\n");

            assertThat(doc.problems())
                    .containsExactly(doc.problem(DUPLICATE_ID, "competencies[0].skills[1].id", "Quality twice"));
        }

        @Test
        void trackIdsAreUnique() {
            var doc = base().replace("  - id: leader\n", "  - id: expert\n")
                    .replace("allowedTracks: [expert, leader]", "allowedTracks: [expert]");

            assertThat(doc.problems()).containsExactly(doc.problem(DUPLICATE_ID, "tracks[2].id", "  - id: expert\n    name: People leader"));
        }

        @Test
        void milestoneIdsAreUniqueAcrossTheFramework() {
            var doc = base().replace("expectations: {people: 2}}",
                    "expectations: {people: 2}, milestones: [{id: portfolio, description: D., evidence: E., timeboxMonths: 3}]}");

            assertThat(doc.problems())
                    .containsExactly(doc.problem(DUPLICATE_ID, "tracks[2].levels[0].milestones[0].id", "timeboxMonths: 3"));
        }

        @Test
        void theScaleIsNumberedOneByOne() {
            var doc = base().replace("{value: 2, name: Practising}", "{value: 3, name: Practising}")
                    .replace("{value: 3, name: Leading}", "{value: 2, name: Leading}");

            assertThat(doc.problems()).containsExactly(
                    doc.problem(SCALE_NUMBERING_GAP, "proficiencyScale[1].value", "Practising"),
                    doc.problem(SCALE_NUMBERING_GAP, "proficiencyScale[2].value", "Leading"));
        }

        @Test
        void anExpectedProficiencyIsOnTheScale() {
            var doc = base().replace("expectations: {craft: 3}", "expectations: {craft: 7}");

            assertThat(doc.problems())
                    .containsExactly(doc.problem(PROFICIENCY_OFF_SCALE, "tracks[1].levels[1].expectations.craft", "craft: 7"));
        }
    }

    @Nested
    class References {

        @Test
        void anExpectationNamesACompetencyOfTheFramework() {
            var doc = base().replace("expectations: {people: 2}", "expectations: {people: 2, charisma: 1}");

            assertThat(doc.problems()).containsExactly(
                    doc.problem(UNKNOWN_COMPETENCY, "tracks[2].levels[0].expectations.charisma", "charisma: 1"));
        }

        @Test
        void aPolicyRequiresCompetenciesOfTheFramework() {
            var doc = base().replace("allowedTracks: [expert, leader]\n",
                    "allowedTracks: [expert, leader]\n    requiredCompetencies: [charisma]\n");

            assertThat(doc.problems()).containsExactly(
                    doc.problem(UNKNOWN_COMPETENCY, "levelPolicies[1].requiredCompetencies[0]", "[charisma]"));
        }

        @Test
        void aPolicyAllowsTracksOfTheFramework() {
            var doc = base().replace("allowedTracks: [expert, leader]", "allowedTracks: [expert, leadr]");

            assertThat(doc.problems()).containsExactly(
                    doc.problem(POLICY_UNKNOWN_TRACK, "levelPolicies[1].allowedTracks[1]", "[expert, leadr]"));
        }

        @Test
        void aParityExceptionNamesTracksOfTheFramework() {
            var doc = base().append("parityExceptions:\n  - {level: 2, tracks: [expert, wizard], reason: Typo.}\n");

            assertThat(doc.problems()).containsExactly(
                    doc.problem(POLICY_UNKNOWN_TRACK, "parityExceptions[0].tracks[1]", "[expert, wizard]"));
        }
    }

    @Nested
    class Levels {

        @Test
        void aTrackMayStartAboveLevelOneButHasNoGaps() {
            var doc = base().replace("level: 3, title: Senior Specialist", "level: 4, title: Senior Specialist");

            assertThat(doc.problems()).containsExactly(
                    doc.problem(LEVEL_NUMBERING_GAP, "tracks[1].levels[1].level", "level: 4, title: Senior Specialist"));
        }

        @Test
        void everyLevelAPolicyAllowsExpectsTheCompetenciesItRequires() {
            var doc = base().replace("allowedTracks: [expert, leader]\n",
                    "allowedTracks: [expert, leader]\n    requiredCompetencies: [craft]\n");

            assertThat(doc.problems()).containsExactly(
                    doc.problem(POLICY_REQUIREMENT_UNMET, "tracks[2].levels[0].expectations", "title: Team Lead"));
        }
    }

    @Nested
    class Parity {

        @Test
        void theSameLevelHasTheSameGradeOnEveryTrack() {
            var doc = base().replace("title: Team Lead, grade: G2", "title: Team Lead, grade: G9");

            assertThat(doc.problems()).containsExactly(doc.problem(PARITY_BROKEN, "tracks[2].levels[0].grade", "grade: G9"));
        }

        @Test
        void theSameLevelHasTheSameSalaryBandOnEveryTrack() {
            var doc = base().replace("grade: G3, salaryBand: B3, expectations: {people: 3",
                    "grade: G3, salaryBand: B3+, expectations: {people: 3");

            assertThat(doc.problems()).containsExactly(doc.problem(PARITY_BROKEN, "tracks[2].levels[1].salaryBand", "B3+"));
        }

        @Test
        void aReasonedParityExceptionForThatLevelAndThoseTracksAllowsADifference() {
            var doc = base().replace("title: Team Lead, grade: G2", "title: Team Lead, grade: G9")
                    .append("parityExceptions:\n  - {level: 2, tracks: [expert, leader], reason: Market premium for leads.}\n");

            assertThat(doc.problems()).isEmpty();
        }

        @Test
        void anExceptionForAnotherLevelDoesNot() {
            var doc = base().replace("title: Team Lead, grade: G2", "title: Team Lead, grade: G9")
                    .append("parityExceptions:\n  - {level: 3, tracks: [expert, leader], reason: Market premium for managers.}\n");

            assertThat(doc.problems()).containsExactly(doc.problem(PARITY_BROKEN, "tracks[2].levels[0].grade", "grade: G9"));
        }
    }

    @Test
    void everyProblemIsReportedAtOnceInDocumentOrder() {
        var doc = base()
                .replace("kind: FOUNDATION", "kind: foundation")
                .replace("expectations: {craft: 3}", "expectations: {craft: 7}")
                .replace("title: Team Lead, grade: G2", "title: Team Lead, grade: G9")
                .replace("title: Manager, ", "titel: Manager, ");

        assertThat(doc.problems()).containsExactly(
                doc.problem(INVALID_VALUE, "tracks[0].kind", "kind: foundation"),
                doc.problem(PROFICIENCY_OFF_SCALE, "tracks[1].levels[1].expectations.craft", "craft: 7"),
                doc.problem(PARITY_BROKEN, "tracks[2].levels[0].grade", "grade: G9"),
                doc.problem(UNKNOWN_FIELD, "tracks[2].levels[1].titel", "titel: Manager"),
                doc.problem(MISSING_FIELD, "tracks[2].levels[1].title", "titel: Manager"));
    }
}
