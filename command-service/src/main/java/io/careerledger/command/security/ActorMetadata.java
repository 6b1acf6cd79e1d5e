package io.careerledger.command.security;

/** Metadata keys every command and event carries: who acted, in which role, why, where. */
public final class ActorMetadata {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String COMMAND_ID = "commandId";
    public static final String CAUSATION_ID = "causationId";
    public static final String REASON = "reason";
    public static final String CONVERSATION_ID = "conversationId";
    public static final String REVIEW_CYCLE_ID = "reviewCycleId";

    public static final String[] PROPAGATED_KEYS = {ACTOR_ID, ACTOR_ROLES, COMMAND_ID, REASON, CONVERSATION_ID, REVIEW_CYCLE_ID};

    private ActorMetadata() {
    }
}
