package io.careerledger.support.problem;

import java.io.IOException;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error page, for requests it refuses before any servlet sees them (a path holding an
 * encoded NUL, say), as a problem rather than an HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        if (status == null || !status.isError() || response.getContentWritten() > 0) {
            return;
        }
        try {
            ProblemWriter.write(response, status, ProblemWriter.codeOf(status),
                    "The request was refused before it reached the API: " + status.getReasonPhrase() + ".");
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer is already under way: nothing more can be said
        }
    }

    /** Puts the valve in place of the host's once the server is up (the host adds its own on start). */
    static class Installer implements ApplicationListener<WebServerInitializedEvent> {

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
                return;
            }
            var pipeline = tomcat.getTomcat().getHost().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    pipeline.removeValve(valve);
                    pipeline.addValve(new ProblemErrorReportValve());
                }
            }
        }
    }
}
