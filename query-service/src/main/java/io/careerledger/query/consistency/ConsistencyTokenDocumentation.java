package io.careerledger.query.consistency;

import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

import io.careerledger.support.consistency.ConsistencyToken;
import io.careerledger.support.openapi.ProblemSchema;

/**
 * Every read documents the token it accepts and the 202 it answers when the change is not visible in time.
 * First, so that the conventions' {@code ResponseCodes} sees the header and documents the 400 of a malformed one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsistencyTokenDocumentation implements GlobalOperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!handler.hasMethodAnnotation(GetMapping.class)) {
            return operation;
        }
        operation.addParametersItem(new HeaderParameter().name(ConsistencyToken.HEADER).required(false)
                .description("The `" + ConsistencyToken.HEADER + "` a command answered: this read is answered once it shows "
                        + "that command's effect, or 202 if it does not within a few seconds.")
                .schema(new Schema<String>().types(Set.of("string"))).example(ConsistencyToken.EXAMPLE));
        operation.getResponses().addApiResponse("202", new ApiResponse()
                .description("Not yet visible: the read models do not show the change of the `" + ConsistencyToken.HEADER
                        + "` yet; read again after `Retry-After` seconds.")
                .addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait before reading again.")
                        .schema(new Schema<Integer>().types(Set.of("integer"))).example(ReadYourWrites.RETRY_AFTER_SECONDS))
                .content(ProblemSchema.content()));
        return operation;
    }
}
