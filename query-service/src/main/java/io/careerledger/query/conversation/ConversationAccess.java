package io.careerledger.query.conversation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import io.careerledger.query.employee.EmployeeAccess;

/**
 * Who may see a conversation: whoever may read its employee (the employee, their line manager, HR)
 * and its participants. Which of its notes they read is {@link ConversationNote#visibleTo}'s rule.
 */
@Component("conversationAccess")
public class ConversationAccess {

    private final EmployeeAccess employees;
    private final ConversationRepository conversations;

    ConversationAccess(EmployeeAccess employees, ConversationRepository conversations) {
        this.employees = employees;
        this.conversations = conversations;
    }

    /** An unknown conversation passes, so that it is answered with 404 rather than 403. */
    public boolean canSee(Authentication authentication, String conversationId) {
        return conversations.findById(conversationId).map(conversation -> mayRead(authentication, conversation)).orElse(true);
    }

    private boolean mayRead(Authentication authentication, Conversation conversation) {
        return conversation.hasParticipant(authentication.getName()) || employees.canRead(authentication, conversation.employeeId());
    }

    /** The whole history for those who may read the employee; a participant lists the conversations they took part in. */
    public boolean canList(Authentication authentication, String employeeId) {
        return seesWholeHistory(authentication, employeeId) || conversations.existsTakingPart(employeeId, authentication.getName());
    }

    boolean seesWholeHistory(Authentication authentication, String employeeId) {
        return employees.canRead(authentication, employeeId);
    }

    static boolean isHr(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_HR"));
    }
}
