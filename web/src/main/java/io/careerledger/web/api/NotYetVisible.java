package io.careerledger.web.api;

/** The query-service did not show the last command's effect within its wait (it answered 202): the page may be behind. */
public final class NotYetVisible extends RuntimeException {

    NotYetVisible() {
        super("The query-service does not show the last change yet.", null, false, false);
    }
}
