package io.careerledger.local;

import static io.careerledger.local.DemoOrganisation.idOf;

import java.util.List;
import java.util.Map;

/**
 * What the demo people have done since joining: Ada switched from expert to people leader, got
 * 360-degree ratings (self, manager, peer), set goals and had a career planning conversation with
 * Grace; Edsger recorded evidence for a milestone his manager verified.
 */
final class DemoProgress {

    private final DemoOrganisation organisation;

    DemoProgress(DemoOrganisation organisation) {
        this.organisation = organisation;
    }

    void seed() {
        organisation.chooseTrack("Ada Lovelace", "Grace Hopper", "people-leader", "Mentors the team and wants to grow it", 1);
        assess("Ada Lovelace", "Ada Lovelace", "SELF", "people-development", 3);
        assess("Ada Lovelace", "Grace Hopper", "MANAGER", "people-development", 3);
        assess("Ada Lovelace", "Edsger Dijkstra", "PEER", "people-development", 4);
        assess("Ada Lovelace", "Grace Hopper", "MANAGER", "communication", 4);
        assess("Edsger Dijkstra", "Edsger Dijkstra", "SELF", "craft", 4);
        assess("Edsger Dijkstra", "Grace Hopper", "MANAGER", "craft", 3);
        setGoal("Ada Lovelace", "Run the architecture guild", "Six guild sessions held with minutes published", "communication");
        setGoal("Edsger Dijkstra", "Become the reference for the event store", "Three ADRs reviewed by peers", "craft");
        String edsger = idOf("Edsger Dijkstra");
        organisation.post("/api/employees/" + edsger + "/milestones/expert-reference/evidence", organisation.token(edsger, "EMPLOYEE"),
                Map.of("evidence", "ADRs 12, 15 and 19 on the event store, reviewed by the platform team"));
        String grace = idOf("Grace Hopper");
        organisation.post("/api/employees/" + edsger + "/milestones/expert-reference/verification",
                organisation.token(grace, "MANAGER"), Map.of());
        careerPlanning();
    }

    /** Grace and Ada's career planning conversation: notes, an agreement, a summary Ada acknowledged. */
    private void careerPlanning() {
        String ada = idOf("Ada Lovelace");
        String grace = organisation.token(idOf("Grace Hopper"), "MANAGER");
        String conversation = "/api/conversations/" + idOf("conversation", "Ada Lovelace", "career planning");
        organisation.post("/api/conversations", grace, Map.of("conversationId", idOf("conversation", "Ada Lovelace", "career planning"),
                "employeeId", ada, "kind", "CAREER_PLANNING", "scheduledFor", "2026-10-05T09:00:00Z",
                "agenda", "Expert or people leader from here?"));
        organisation.post(conversation + "/notes", grace, Map.of("noteId", idOf("note", "Ada Lovelace", "shared"),
                "text", "Ada mentors two juniors already and wants to grow the team.", "visibility", "SHARED"));
        organisation.post(conversation + "/notes", grace, Map.of("noteId", idOf("note", "Ada Lovelace", "private"),
                "text", "Check the people-leader level 4 expectations with HR before the review.", "visibility", "PRIVATE"));
        organisation.post(conversation + "/agreements", grace, Map.of("agreementId", idOf("agreement", "Ada Lovelace", "guild"),
                "description", "Run the architecture guild", "ownerId", ada, "dueDate", "2030-03-31"));
        organisation.post(conversation + "/conclusion", grace, Map.of("summary", "Ada moves to the people-leader track."));
        organisation.post(conversation + "/acknowledgement", organisation.token(ada, "EMPLOYEE"), Map.of());
    }

    private void assess(String name, String assessorName, String role, String competency, int proficiency) {
        String assessor = idOf(assessorName);
        organisation.post("/api/employees/" + idOf(name) + "/assessments",
                organisation.token(assessor, role.equals("MANAGER") ? "MANAGER" : "EMPLOYEE"),
                Map.of("assessmentId", idOf("assessment", name, assessorName, competency), "competencyId", competency,
                        "assessorRole", role, "proficiency", proficiency, "evidence", List.of("Demo review, autumn")));
    }

    private void setGoal(String name, String title, String measure, String competency) {
        String person = idOf(name);
        organisation.post("/api/employees/" + person + "/goals", organisation.token(person, "EMPLOYEE"),
                Map.of("goalId", idOf("goal", name, title), "title", title, "measure", measure, "dueDate", "2030-06-30",
                        "competencyId", competency));
    }
}
