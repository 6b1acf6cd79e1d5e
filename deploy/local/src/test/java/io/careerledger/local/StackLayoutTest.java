package io.careerledger.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How many replicas the launcher starts, and on which ports. */
class StackLayoutTest {

    private static final String REPLICAS = "careerledger.replicas";

    @AfterEach
    void clearTheProperty() {
        System.clearProperty(REPLICAS);
    }

    @Test
    void oneReplicaOfEachServiceOnItsDefaultPortUnlessToldOtherwise() {
        StackLayout layout = StackLayout.fromSystemProperties();

        assertThat(layout.replicas()).isOne();
        assertThat(layout.services().commandServiceUrls()).containsExactly("http://localhost:8081");
        assertThat(layout.services().queryServiceUrls()).containsExactly("http://localhost:8082");
        assertThat(layout.services().webUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void theReplicasArgumentStartsThatManyOfEachServiceAHundredPortsApart() {
        StackLayout layout = StackLayout.fromSystemProperties("--replicas", "3");

        assertThat(layout.replicas()).isEqualTo(3);
        assertThat(layout.ports(ServiceKind.named("command-service"))).containsExactly(8081, 8181, 8281);
        assertThat(layout.ports(ServiceKind.named("query-service"))).containsExactly(8082, 8182, 8282);
        assertThat(layout.ports(ServiceKind.named("web"))).as("the web app keeps its sessions in memory: one").containsExactly(8080);
    }

    @Test
    void theReplicasPropertyDoesTheSameAndTheArgumentWins() {
        System.setProperty(REPLICAS, "2");
        assertThat(StackLayout.fromSystemProperties().ports(ServiceKind.named("command-service"))).containsExactly(8081, 8181);
        assertThat(StackLayout.fromSystemProperties("--replicas", "3").replicas()).isEqualTo(3);
    }

    @Test
    void fewerThanOneReplicaIsRefused() {
        assertThatThrownBy(() -> StackLayout.fromSystemProperties("--replicas", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        System.setProperty(REPLICAS, "-1");
        assertThatThrownBy(StackLayout::fromSystemProperties).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLaunchersPropertiesGiveBackTheSameLayout() {
        StackLayout layout = StackLayout.fromSystemProperties("--replicas", "2");
        assertThat(layout.asSystemProperties()).contains("-D" + REPLICAS + "=2", "-Dcareerledger.command.port=8081",
                "-Dcareerledger.query.port=8082");
    }
}
