package io.careerledger.bench.floor;

import java.util.Map;

import io.careerledger.supervision.ParentProcess;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The floor peer: what any command costs at least on this stack. The services' HTTP server and JWT
 * resource server (service-support's), then one event-sized INSERT per request, committed durably; no
 * aggregate, no event store, no publication. Started by the bench as a process of its own, like the services.
 */
@SpringBootApplication
public class FloorApplication {

    public static void main(String[] args) {
        ParentProcess.exitWhenGone();
        new SpringApplicationBuilder(FloorApplication.class)
                .properties(Map.of(
                        "spring.application.name", "floor",
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "postgres",
                        // the same durability as the services' sessions: a 2xx means the row is on disk
                        "spring.datasource.hikari.data-source-properties.options", "-c synchronous_commit=on"))
                .run(args);
    }
}
