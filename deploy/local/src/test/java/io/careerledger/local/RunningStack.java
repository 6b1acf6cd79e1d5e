package io.careerledger.local;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import io.careerledger.testsupport.SharedInfrastructure;

/** Both services started once per test JVM on the shared real PostgreSQL and Kafka. */
final class RunningStack {

    private static CareerLedgerServices services;

    private RunningStack() {
    }

    static synchronized CareerLedgerServices services() {
        if (services == null) {
            services = CareerLedgerServices.start(SharedInfrastructure.postgres(), SharedInfrastructure.kafka(),
                    SharedInfrastructure.freePort(), SharedInfrastructure.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(services::close, "services-stop"));
        }
        return services;
    }

    static RestClient commandService() {
        return client(services().commandServiceUrl());
    }

    static RestClient queryService() {
        return client(services().queryServiceUrl());
    }

    static String token(String subject, String... roles) {
        Map<?, ?> token = commandService().post().uri("/dev/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("subject", subject, "roles", List.of(roles))).retrieve().body(Map.class);
        return (String) token.get("token");
    }

    private static RestClient client(String baseUrl) {
        return RestClient.builder().baseUrl(baseUrl)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }
}
