package io.careerledger.local;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.careerledger.testsupport.SharedInfrastructure;

/** The web app's executable jar as its own process, once per test JVM, in front of {@link RunningStack}'s services. */
final class RunningWeb {

    private static String url;

    private RunningWeb() {
    }

    /** The web app's base URL, once it is ready; the services are started first. */
    static synchronized String url() {
        if (url == null) {
            CareerLedgerServices services = RunningStack.services();
            int port = SharedInfrastructure.freePort();
            Process web = start(port, services);
            Runtime.getRuntime().addShutdownHook(new Thread(web::destroy, "web-stop"));
            url = "http://localhost:" + port;
            awaitReady(web, url);
        }
        return url;
    }

    /** The arguments the local stack gives the web jar too: the local profile (dev sign-in) and where the services are. */
    private static Process start(int port, CareerLedgerServices services) {
        Path jar = Path.of(System.getProperty("careerledger.services", "deploy/local/target/services"), "web.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -pl deploy/local -am verify");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            return new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString(),
                    "--spring.profiles.active=local",
                    "--server.port=" + port,
                    "--careerledger.command-service-url=" + services.commandServiceUrl(),
                    "--careerledger.query-service-url=" + services.queryServiceUrl()))
                    // its own log file: the services' logs on the console are enough to read
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "web.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitReady(Process web, String url) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness")).build();
        await("the web app's readiness").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!web.isAlive()) {
                        throw new IllegalStateException("the web app exited with code " + web.exitValue());
                    }
                    return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }
}
