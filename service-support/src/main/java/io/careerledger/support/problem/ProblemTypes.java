package io.careerledger.support.problem;

import java.net.URI;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem a stable {@code type}: Spring MVC's own refusals (415, 405, 406, a
 * {@code ResponseStatusException}, …) leave it {@code about:blank}, which a client can't match on. Those get
 * {@code /problems/<reason phrase>}, e.g. {@code /problems/unsupported-media-type}.
 */
@RestControllerAdvice
class ProblemTypes implements ResponseBodyAdvice<Object> {

    private static final URI BLANK = URI.create("about:blank");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || BLANK.equals(problem.getType()))) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            problem.setType(URI.create("/problems/" + (status == null ? "error" : ProblemWriter.codeOf(status))));
        }
        return body;
    }
}
