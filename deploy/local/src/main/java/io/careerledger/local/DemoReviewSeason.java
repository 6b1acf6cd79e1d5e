package io.careerledger.local;

import static io.careerledger.local.DemoOrganisation.idOf;

import java.util.Map;

/**
 * The review season of the demo: Dennis's promotion to level 3 approved by the council and applied to
 * his career, Frances's nomination rejected, Donald's case still open with evidence and a first
 * stance, and the 2030 review cycle open for everyone. Nobody touches Ada here: her history is the
 * one the tour walks through.
 */
final class DemoReviewSeason {

    private final DemoOrganisation organisation;

    DemoReviewSeason(DemoOrganisation organisation) {
        this.organisation = organisation;
    }

    void seed() {
        String dennis = nominate("Dennis Ritchie", "Barbara Liskov", 3, "Owns the build pipeline and mentors Radia");
        feedback(dennis, "demo-council-1", "SUPPORT", "Level 3 expectations met in craft");
        feedback(dennis, "demo-council-2", "SUPPORT", "Peers rely on his reviews");
        decide(dennis, "APPROVE", "Expectations met; the council supports");

        String frances = nominate("Frances Allen", "Katherine Johnson", 3, "Ran the customer discovery for two products");
        feedback(frances, "demo-council-1", "CONCERN", "Little evidence of owning an outcome yet");
        feedback(frances, "demo-council-2", "OBJECT", "Level 3 asks for a product she led to launch");
        decide(frances, "REJECT", "Not yet: lead one product to launch, then nominate again");

        String donald = nominate("Donald Knuth", "Katherine Johnson", 4, "Shapes the pricing strategy across teams");
        organisation.post(donald + "/evidence", organisation.token(idOf("Katherine Johnson"), "MANAGER"),
                Map.of("evidenceId", idOf("evidence", "Donald Knuth", "pricing"), "description", "Pricing review adopted by three teams"));
        feedback(donald, "demo-council-1", "SUPPORT", "Strong cross-team influence");

        organisation.post("/api/review-cycles", organisation.token("demo-hr", "HR"), Map.of("cycleId", idOf("review-cycle", "2030"),
                "name", "2030 annual review", "frameworkId", DemoOrganisation.FRAMEWORK, "population", Map.of("everyone", true),
                "selfAssessmentDeadline", "2030-10-15", "managerAssessmentDeadline", "2030-10-31", "calibrationDeadline", "2030-11-15"));
    }

    /** Derived from the person and the level: seeding again retries the same case. */
    static String caseId(String name, int targetLevel) {
        return idOf("promotion-case", name, String.valueOf(targetLevel));
    }

    /** @return the case's path */
    private String nominate(String name, String managerName, int targetLevel, String justification) {
        String caseId = caseId(name, targetLevel);
        organisation.post("/api/promotion-cases", organisation.token(idOf(managerName), "MANAGER"), Map.of("caseId", caseId,
                "employeeId", idOf(name), "targetLevel", targetLevel, "justification", justification));
        return "/api/promotion-cases/" + caseId;
    }

    private void feedback(String casePath, String member, String stance, String comment) {
        organisation.post(casePath + "/feedback", organisation.token(member, "COUNCIL"), Map.of("stance", stance, "comment", comment));
    }

    private void decide(String casePath, String decision, String rationale) {
        organisation.post(casePath + "/decision", organisation.token("demo-council-3", "COUNCIL"),
                Map.of("decision", decision, "rationale", rationale));
    }
}
