package io.careerledger.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The write side: the only service that appends to the event store. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandServiceApplication {

    /** Its configuration is command-service.yml, not application.yml, so both services can share one JVM (local stack, end-to-end tests). */
    public static final String CONFIG_NAME = "spring.config.name=command-service";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CommandServiceApplication.class).properties(CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
