package io.careerledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    @Test
    void theFullRunStoresAboutAMillionEventsAndFirstMeasuresAtAHundredThousand() {
        BenchSettings full = BenchSettings.from(List.of());
        assertThat(full.totalEvents()).isBetween(1_000_000L, 1_010_000L);
        assertThat(full.eventsOf(full.firstSizeEmployees())).isBetween(99_000L, 101_000L);
        assertThat(BenchSettings.sizeLabel(full.totalEvents())).isEqualTo("1m");
        assertThat(BenchSettings.sizeLabel(full.eventsOf(full.firstSizeEmployees()))).isEqualTo("100k");
    }

    @Test
    void eventsGivesThePeopleForThatManyEventsAndKeepsTheFirstSize() {
        BenchSettings large = BenchSettings.from(List.of("--events", "5000000"));
        assertThat(large.totalEvents()).isBetween(4_990_000L, 5_000_000L);
        assertThat(BenchSettings.sizeLabel(large.totalEvents())).isEqualTo("5m");
        assertThat(BenchSettings.sizeLabel(large.eventsOf(large.firstSizeEmployees()))).isEqualTo("100k");
    }

    @Test
    void aSmallRunMeasuresFirstAtATenthButKeepsTheActorsInIt() {
        BenchSettings quick = BenchSettings.from(List.of("--quick"));
        assertThat(quick.firstSizeEmployees()).isGreaterThanOrEqualTo(202).isLessThan(quick.employees());
        assertThat(BenchSettings.from(List.of("--quick", "--rebuild-only")).rebuildOnly()).isTrue();
    }
}
