package io.careerledger.command.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import io.careerledger.support.consistency.ConsistencyToken;
import io.careerledger.support.openapi.ApiDocument;
import io.careerledger.support.openapi.ApiDocument.ApiTag;
import io.careerledger.support.openapi.ProblemSchema;
import io.careerledger.support.openapi.ResponseCodes;

/** What the command API's OpenAPI document says about itself; the conventions are service-support's. */
@Configuration(proxyBeanMethods = false)
class CommandApiDocumentation {

    private static final String OPERATIONS = "/api/admin/";

    @Bean
    ApiDocument commandApiDocument() {
        return new ApiDocument("Career Ledger command API", "1.0.0", """
                The write side of Career Ledger: every change to a career, a conversation, a promotion case, a review \
                cycle or a framework is a command here, checked against the domain's rules and stored as events, which \
                are published on `career.events.v1`. Reads are the query API's.

                * **Authorize** with a bearer JWT (`sub` = the person acting, `roles` claim). Locally, \
                `POST /dev/tokens` issues one.
                * Ids are chosen by the client, so re-sending a command is harmless.
                * Commands on a person answer an `ETag` (the record's version); send it back as `If-Match` to be \
                refused with 412 if someone changed the record since.
                * Every accepted command answers a `Consistency-Token` header; send it as `Consistency-Token` with a \
                read from the query API, which then answers once it shows this command's effect.
                * Every refusal is an RFC 9457 problem (`application/problem+json`) whose `type` \
                (`/problems/<code>`) is stable.""",
                List.of(
                        new ApiTag("Assessments", "Competency assessments by the person, their line manager, peers and the "
                                + "council, and their calibration.", "/api/employees/*/assessments/**"),
                        new ApiTag("Goals", "Goals with an observable measure and a due date: progress, completion, "
                                + "abandonment.", "/api/employees/*/goals/**"),
                        new ApiTag("Milestones", "Evidence towards a milestone of the person's framework, and its "
                                + "verification.", "/api/employees/*/milestones/**"),
                        new ApiTag("Careers", "A person's place in the organisation: registration, line manager, track, "
                                + "rotations and secondments, leaving.", "/api/employees/**"),
                        new ApiTag("Conversations", "Progression conversations: scheduling, notes with their visibility, "
                                + "agreements, conclusion, acknowledgement, cancellation.", "/api/conversations/**"),
                        new ApiTag("Promotion cases", "Nominations for a level, their evidence, the council's feedback, "
                                + "the decision, withdrawal.", "/api/promotion-cases/**"),
                        new ApiTag("Review cycles", "Review cycles and their phases: self-assessment, manager assessment, "
                                + "calibration, closure.", "/api/review-cycles/**"),
                        new ApiTag("Feedback rounds", "Anonymous 360° feedback: a round about a person, answers by invited "
                                + "peers and direct reports, closure, HR's audited reveal of an author.", "/api/feedback-rounds/**"),
                        new ApiTag("Frameworks", "Career frameworks as versioned YAML documents: proposals, the council's "
                                + "approval or rejection, track retirement, history and differences.", "/api/frameworks/**"),
                        new ApiTag("Audit", "Tamper evidence: the event store's hash chains recomputed from the stored "
                                + "bytes.", "/api/audit/**"),
                        new ApiTag("Operations", "For operators (ADMIN): snapshots of the careers an import or a "
                                + "migration wrote straight into the event store.", "/api/admin/**"),
                        new ApiTag("Personal data keys", "The data key of each person, for services with the role "
                                + "PERSONAL_DATA_KEYS: how the topic's personal fields are read, and why they can't be once "
                                + "erased.", "/api/personal-data-keys/**"),
                        new ApiTag("Dev tokens", "Local development only: a signed token for any person and roles, to "
                                + "paste into Authorize.", "/dev/**")));
    }

    /** Any command can break a business rule, or lose a race with another change or an id already taken. */
    @Bean
    GlobalOperationCustomizer commandRefusals() {
        return (operation, handler) -> {
            if (command(handler)) {
                ProblemSchema.answers(operation.getResponses(), 409, "A concurrent change to the same record won, or the "
                        + "id is already used by another record; read again and retry, or choose another id.");
                ProblemSchema.answers(operation.getResponses(), 422, "A business rule refuses it; `type` names the rule.");
            }
            return operation;
        };
    }

    /** What every command answers beside its body: the token that makes the query API show its effect. */
    @Bean
    GlobalOperationCustomizer consistencyTokenHeader() {
        Header header = new Header().description("Opaque; send it unchanged as `" + ConsistencyToken.HEADER + "` with a read from "
                        + "the query API to be answered once the read shows this command's effect.")
                .schema(new Schema<String>().types(Set.of("string"))).example(ConsistencyToken.EXAMPLE);
        return (operation, handler) -> {
            if (command(handler)) {
                operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        response.addHeaderObject(ConsistencyToken.HEADER, header);
                    }
                });
            }
            return operation;
        };
    }

    /** A command on a record: a role-checked POST, but not an operator's under /api/admin, which changes no record. */
    private static boolean command(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        boolean operations = mapping != null && Arrays.stream(mapping.path()).anyMatch(path -> path.startsWith(OPERATIONS));
        return handler.hasMethodAnnotation(PostMapping.class) && ResponseCodes.roleChecked(handler) && !operations;
    }
}
