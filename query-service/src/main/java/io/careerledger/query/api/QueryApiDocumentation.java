package io.careerledger.query.api;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.careerledger.support.openapi.ApiDocument;
import io.careerledger.support.openapi.ApiDocument.ApiTag;

/** What the query API's OpenAPI document says about itself; the conventions are service-support's. */
@Configuration(proxyBeanMethods = false)
class QueryApiDocumentation {

    @Bean
    ApiDocument queryApiDocument() {
        return new ApiDocument("Career Ledger query API", "1.0.0", """
                The read side of Career Ledger: dashboards, histories, the framework catalogue, the audit log and \
                analytics, projected from the events the command API publishes on `career.events.v1` (eventually \
                consistent: a change shows here moments after the command API answered). Writes are the command API's.

                * **Authorize** with a bearer JWT (`sub` = the person asking, `roles` claim); locally, \
                `POST /dev/tokens` on the command API issues one.
                * Every answer shows only what the person asking may see: their own records, their reports', \
                or more by role (HR, council).
                * Lists are pages (`page`, `size`, `sort`).
                * Send the `Consistency-Token` a command answered with a read to be answered once it shows that \
                command's change, or `202` with `Retry-After` if it does not within a few seconds.
                * Every refusal is an RFC 9457 problem (`application/problem+json`) whose `type` \
                (`/problems/<code>`) is stable.""",
                List.of(
                        new ApiTag("Dashboards", "A person's progression at a glance, and a manager's team.",
                                "/api/employees/*/dashboard", "/api/teams/*/dashboard"),
                        new ApiTag("Live updates", "Server-sent events telling a dashboard that its views changed.",
                                "/api/employees/*/live", "/api/teams/*/live"),
                        new ApiTag("Conversations", "Progression conversations: a person's history and one conversation "
                                + "with the notes the reader may see.", "/api/employees/*/conversations", "/api/conversations/**"),
                        new ApiTag("Promotion cases", "Promotion cases with their readiness, evidence and council stances, "
                                + "and their audit trail.", "/api/employees/*/promotion-cases", "/api/promotion-cases/**"),
                        new ApiTag("Feedback rounds", "Anonymous 360° feedback: results as aggregates from the minimum of "
                                + "answers, authors shown to no one but HR after an audited reveal.",
                                "/api/employees/*/feedback-rounds", "/api/feedback-rounds/**"),
                        new ApiTag("Employees", "The people of the organisation: the directory (HR) and one person.",
                                "/api/employees/**"),
                        new ApiTag("Review cycles", "Review cycles, their phases and who still owes an assessment.",
                                "/api/review-cycles/**"),
                        new ApiTag("Frameworks", "The career frameworks in force and every version's history.",
                                "/api/frameworks/**"),
                        new ApiTag("Audit log", "Every fact recorded, with who, when and why, filtered and exported (HR).",
                                "/api/audit/**"),
                        new ApiTag("Analytics", "Organisation-wide figures: head count, track switches, promotion parity, "
                                + "rating distributions, review-cycle completion (HR).", "/api/analytics/**"),
                        new ApiTag("Read-model operations", "Rebuilding the read models from the topic and applying "
                                + "parked events again (HR or admin).", "/api/admin/**")));
    }
}
