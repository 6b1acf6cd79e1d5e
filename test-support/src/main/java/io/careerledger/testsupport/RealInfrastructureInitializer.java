package io.careerledger.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring Boot test at the shared real PostgreSQL and Kafka through ordinary properties, so
 * nothing in {@code src/main} knows where its servers came from. Each application gets its own
 * database, named after {@code spring.application.name}.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "career-ledger");
        String jdbcUrl = SharedInfrastructure.postgres().database(application.replace('-', '_'));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("real-infrastructure", Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "spring.kafka.bootstrap-servers", SharedInfrastructure.kafka().bootstrapServers())));
    }
}
