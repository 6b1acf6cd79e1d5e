package io.careerledger.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void typeNameCarriesEventNameAndRevision() {
        assertThat(EventTypes.typeOf(EmployeeRegistered.class))
                .isEqualTo("io.careerledger.EmployeeRegistered.v2");
    }

    @Test
    void everyPublishedTypeResolvesBackToItsClass() {
        for (Class<? extends CareerEvent> event : EventTypes.ALL) {
            assertThat(EventTypes.classOf(EventTypes.typeOf(event))).contains(event);
        }
        assertThat(EventTypes.classOf("io.careerledger.Unknown.v1")).isEmpty();
    }

    @Test
    void olderRevisionsResolveToTheCurrentClassButFutureOnesDoNot() {
        assertThat(EventTypes.classOf("io.careerledger.EmployeeRegistered.v1")).contains(EmployeeRegistered.class);
        assertThat(EventTypes.classOf("io.careerledger.EmployeeRegistered.v3")).isEmpty();
        assertThat(EventTypes.classOf("EmployeeRegistered")).isEmpty();
    }
}
