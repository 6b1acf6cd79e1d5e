package io.careerledger.query.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import io.careerledger.query.QueryServiceApplication;
import io.careerledger.testsupport.RealInfrastructureInitializer;

/**
 * A query-service test on a random port against the shared real PostgreSQL and Kafka, with a
 * {@link QueryServiceClient} to inject. Add {@code @TestPropertySource} for a private database/group.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = QueryServiceApplication.CONFIG_NAME)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@ActiveProfiles("local")
@Import(QueryServiceClient.class)
public @interface QueryServiceIntegrationTest {
}
