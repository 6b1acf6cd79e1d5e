package io.careerledger.web.conversation;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.api.Page;

/** A person's conversations, newest first, each with the notes the signed-in reader may see. */
@Component
public class Conversations {

    private static final int SHOWN = 10;
    private static final ParameterizedTypeReference<Page<Conversation>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final CareerLedgerApi api;

    Conversations(CareerLedgerApi api) {
        this.api = api;
    }

    public List<Conversation> of(String employeeId) {
        return api.asSignedIn().read(PAGE, "/api/employees/{id}/conversations?size={size}", employeeId, SHOWN).content().stream()
                .map(summary -> one(summary.conversationId()))
                .toList();
    }

    public Conversation one(String conversationId) {
        return api.asSignedIn().read(Conversation.class, "/api/conversations/{id}", conversationId);
    }
}
