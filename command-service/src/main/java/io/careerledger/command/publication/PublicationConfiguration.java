package io.careerledger.command.publication;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class PublicationConfiguration {

    /** Created when missing; the topic is the permanent history downstream systems replay. */
    @Bean
    NewTopic careerEventsTopic(PublicationProperties properties) {
        return TopicBuilder.name(properties.topic())
                .partitions(properties.partitions())
                .replicas(1)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .build();
    }

    /**
     * A failed publication must not be logged and skipped (Axon's default): the error propagates, the
     * processor keeps its token and retries with back-off until the broker takes the event.
     */
    @Bean
    ConfigurerModule publisherErrorsPropagate() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }
}
