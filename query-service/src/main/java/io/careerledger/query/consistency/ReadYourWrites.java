package io.careerledger.query.consistency;

import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

import io.careerledger.query.api.Problems;
import io.careerledger.query.consumption.AggregateProgress;
import io.careerledger.support.consistency.ConsistencyToken;

/**
 * A read that carries a command's {@link ConsistencyToken} is answered once the read models hold the
 * token's aggregate at its sequence or later (checked in the shared database, so on any replica), waiting
 * at most {@code careerledger.read-your-writes.timeout}; still behind then, it is answered 202 with
 * {@code Retry-After} and a {@code /problems/not-yet-visible} problem, never an answer without the change.
 */
@Component
class ReadYourWrites implements HandlerInterceptor {

    static final String NOT_YET_VISIBLE = "not-yet-visible";
    static final int RETRY_AFTER_SECONDS = 1;
    /** A replica whose LISTEN connection is down hears no commit: it checks again this often anyway. */
    private static final Duration RECHECK = Duration.ofMillis(200);

    private final AggregateProgress progress;
    private final AppliedCommits commits;
    private final Duration wait;

    ReadYourWrites(AggregateProgress progress, AppliedCommits commits, ReadYourWritesProperties properties) {
        this.progress = progress;
        this.commits = commits;
        this.wait = properties.timeout();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws InterruptedException {
        String header = request.getHeader(ConsistencyToken.HEADER);
        if (header == null || !HttpMethod.GET.matches(request.getMethod())) {
            return true;
        }
        ConsistencyToken token;
        try {
            token = ConsistencyToken.decode(header);
        } catch (ConsistencyToken.Malformed malformed) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "invalid-consistency-token", malformed.getMessage());
        }
        if (!passed(token)) {
            throw notYetVisible();
        }
        return true;
    }

    private boolean passed(ConsistencyToken token) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long heard = commits.count();
            if (progress.reached(token.aggregateId(), token.sequence())) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            commits.awaitAfter(heard, Math.min(left, RECHECK.toNanos()));
        }
    }

    private ErrorResponseException notYetVisible() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.ACCEPTED, "The read models do not show the change "
                + "of your " + ConsistencyToken.HEADER + " yet (waited " + wait.toMillis() + " ms); read again after Retry-After.");
        problem.setType(URI.create("/problems/" + NOT_YET_VISIBLE));
        problem.setTitle("Not yet visible");
        ErrorResponseException answer = new ErrorResponseException(HttpStatus.ACCEPTED, problem, null);
        answer.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return answer;
    }
}
