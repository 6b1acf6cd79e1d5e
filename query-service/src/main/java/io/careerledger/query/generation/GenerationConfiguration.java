package io.careerledger.query.generation;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GenerationConfiguration {

    /** Wraps the pool so each connection starts on the active generation's schema. */
    @Bean
    static BeanPostProcessor generationDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof GenerationDataSource)) {
                    return new GenerationDataSource(dataSource, new Generations(dataSource));
                }
                return bean;
            }
        };
    }

    @Bean
    Generations generations(DataSource dataSource) {
        return ((GenerationDataSource) dataSource).generations();
    }

    /** Flyway migrates the active generation's schema (creating it on a fresh database). */
    @Bean
    FlywayConfigurationCustomizer migrateActiveGeneration(Generations generations) {
        return configuration -> configuration.schemas(generations.active()).defaultSchema(generations.active());
    }

    /** Other replicas' switches become visible within a second. */
    @Bean
    GenerationRefresh generationRefresh(Generations generations) {
        return new GenerationRefresh(generations);
    }

    record GenerationRefresh(Generations generations) {
        @Scheduled(fixedDelay = 1000)
        void refresh() {
            generations.refresh();
        }
    }
}
