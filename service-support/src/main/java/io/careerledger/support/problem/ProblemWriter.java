package io.careerledger.support.problem;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to the servlet response, for refusals made before Spring MVC picks a
 * message converter (security, unreadable media-type headers, Tomcat's own rejections): the client's
 * {@code Accept} is not consulted, a problem is always {@code application/problem+json}.
 */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + code));
        return problem;
    }

    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem(status, code, detail));
    }

    /** The problem type of a status that has no rule of its own: its reason phrase, e.g. unsupported-media-type. */
    static String codeOf(HttpStatus status) {
        return status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
