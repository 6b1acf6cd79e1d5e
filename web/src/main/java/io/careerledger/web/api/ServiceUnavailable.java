package io.careerledger.web.api;

/** A service did not answer, or answered with a 5xx: not the person's fault, and nothing they typed is shown back as wrong. */
public final class ServiceUnavailable extends RuntimeException {

    public ServiceUnavailable(String service, Throwable cause) {
        super("The " + service + " is not answering right now.", cause);
    }

    public ServiceUnavailable(String service, int status) {
        super("The " + service + " could not answer (" + status + ").");
    }
}
