package io.careerledger.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

/** The read side: consumes career.events.v1 and serves read models; never touches the event store. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
public class QueryServiceApplication {

    /** Its configuration is query-service.yml, not application.yml, so both services can share one JVM (local stack, end-to-end tests). */
    public static final String CONFIG_NAME = "spring.config.name=query-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(QueryServiceApplication.class).properties(CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
