package io.careerledger.command.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import io.careerledger.command.CommandServiceApplication;
import io.careerledger.testsupport.RealInfrastructureInitializer;

/** A command-service test on a random port against the shared real PostgreSQL and Kafka. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = CommandServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@ActiveProfiles("local")
public @interface CommandServiceIntegrationTest {
}
