package io.careerledger.web.career;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import io.careerledger.web.api.CareerLedgerApi;
import io.careerledger.web.api.Page;
import io.careerledger.web.conversation.Conversations;

/** Reads one person's career from the query-service as the signed-in reader. */
@Component
public class Careers {

    private static final ParameterizedTypeReference<Page<PromotionCase>> CASES = new ParameterizedTypeReference<>() {
    };

    private final CareerLedgerApi api;
    private final Conversations conversations;
    private final JsonMapper json;

    Careers(CareerLedgerApi api, Conversations conversations, JsonMapper json) {
        this.api = api;
        this.conversations = conversations;
        this.json = json;
    }

    public Dashboard dashboard(String employeeId) {
        return api.asSignedIn().read(Dashboard.class, "/api/employees/{id}/dashboard", employeeId);
    }

    public List<PromotionCase> promotionCases(String employeeId) {
        return api.asSignedIn().read(CASES, "/api/employees/{id}/promotion-cases?size=5", employeeId).content();
    }

    public CareerView of(String employeeId) {
        Dashboard dashboard = dashboard(employeeId);
        Framework framework = dashboard.frameworkVersion() == null ? null
                : api.asSignedIn().read(Framework.class, "/api/frameworks/{id}/versions/{version}", dashboard.frameworkId(),
                dashboard.frameworkVersion());
        List<Framework.Milestone> next = framework == null || dashboard.readiness() == null ? List.of()
                : framework.milestonesFor(dashboard.trackId(), dashboard.readiness().nextLevel());
        return new CareerView(dashboard, framework, next, conversations.of(employeeId), promotionCases(employeeId),
                MatrixChart.option(dashboard, json));
    }
}
