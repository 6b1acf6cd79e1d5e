package io.careerledger.web.api;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The {@code Consistency-Token} the last command of this web request answered, sent with the request's
 * reads after it: the query-service answers them once they show that command's effect (or 202).
 */
final class ConsistencyTokens {

    static final String HEADER = "Consistency-Token";
    private static final String ATTRIBUTE = ConsistencyTokens.class.getName();

    private ConsistencyTokens() {
    }

    static void remember(HttpHeaders answer) {
        String token = answer.getFirst(HEADER);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (token != null && request != null) {
            request.setAttribute(ATTRIBUTE, token, RequestAttributes.SCOPE_REQUEST);
        }
    }

    static void send(HttpHeaders headers) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String token) {
            headers.set(HEADER, token);
        }
    }
}
