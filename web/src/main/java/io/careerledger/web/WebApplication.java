package io.careerledger.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web app: pages for people, a client of the command- and query-service's public APIs, with no data of its own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    /** Its configuration is web.yml, not application.yml, like the services', so all three could share one JVM. */
    public static final String CONFIG_NAME = "spring.config.name=web";

    public static void main(String[] args) {
        new SpringApplicationBuilder(WebApplication.class).properties(CONFIG_NAME).run(args);
    }
}
