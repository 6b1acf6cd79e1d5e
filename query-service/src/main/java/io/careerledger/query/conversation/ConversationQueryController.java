package io.careerledger.query.conversation;

import io.careerledger.query.api.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Conversation history: an employee's conversations, and one conversation with the notes its reader may see. */
@RestController
class ConversationQueryController {

    private final ConversationRepository conversations;
    private final ConversationNoteRepository notes;
    private final ConversationAgreementRepository agreements;
    private final ConversationAccess access;

    ConversationQueryController(ConversationRepository conversations, ConversationNoteRepository notes,
                                ConversationAgreementRepository agreements, ConversationAccess access) {
        this.conversations = conversations;
        this.notes = notes;
        this.agreements = agreements;
        this.access = access;
    }

    @Operation(summary = "An employee's conversations, newest first, paginated (?page=0&size=20): kind, date, status,"
            + " participants, summary, acknowledged. The employee, their line manager and HR see every one; another"
            + " participant sees those they took part in; anyone else gets 403.")
    @GetMapping("/api/employees/{employeeId}/conversations")
    @PreAuthorize("@conversationAccess.canList(authentication, #employeeId)")
    Page<ConversationSummary> history(@Parameter(example = "213d9fab-41dd-396b-8399-8f7f18091e2c") @PathVariable String employeeId, @PageableDefault(size = 20) Pageable page,
                                      Authentication authentication) {
        // always newest first, whatever sort is asked for
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize());
        Page<Conversation> found = access.seesWholeHistory(authentication, employeeId)
                ? conversations.findByEmployeeIdOrderByScheduledForDescConversationIdAsc(employeeId, newestFirst)
                : conversations.findTakingPart(employeeId, authentication.getName(), newestFirst);
        return found.map(Conversation::summary);
    }

    @Operation(summary = "One conversation with its agreements and the notes you may read: shared notes for everyone who"
            + " sees the conversation, private notes for their author, HR-only notes for HR.")
    @GetMapping("/api/conversations/{conversationId}")
    @PreAuthorize("@conversationAccess.canSee(authentication, #conversationId)")
    ConversationDetail conversation(@Parameter(example = "6f1c2b9e-3d4a-4c55-9a61-0b7e8e2d4f10") @PathVariable String conversationId,
                                    Authentication authentication) {
        Conversation conversation = conversations.findById(conversationId).orElseThrow(() -> Problems.notFound("No conversation " + conversationId + "."));
        boolean hr = ConversationAccess.isHr(authentication);
        return conversation.detail(
                notes.findByConversationIdOrderByRecordedAtAscNoteIdAsc(conversationId).stream()
                        .filter(note -> note.visibleTo(authentication.getName(), hr))
                        .map(ConversationNote::view)
                        .toList(),
                agreements.findByConversationIdOrderByRecordedAtAscAgreementIdAsc(conversationId).stream()
                        .map(ConversationAgreement::view)
                        .toList());
    }
}
