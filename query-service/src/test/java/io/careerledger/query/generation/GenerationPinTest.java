package io.careerledger.query.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A generation being rebuilt is written without waiting for the disk and without telling anyone; the serving one durably. */
class GenerationPinTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final Generations generations = mock(Generations.class);
    private final GenerationPin pin = new GenerationPin(jdbc, generations);

    GenerationPinTest() {
        when(generations.active()).thenReturn("gen_1");
        when(jdbc.queryForObject("SELECT schema_name FROM readmodel_meta.active_generation FOR SHARE", String.class)).thenReturn("gen_1");
    }

    @Test
    void theLiveConsumerWritesTheServingGenerationDurably() {
        assertThat(pin.pin()).isTrue();
        verify(jdbc).execute(eq("SET LOCAL search_path TO gen_1, public"));
    }

    @Test
    void aRebuildWritesItsGenerationWithoutWaitingForTheDiskUntilItServes() {
        AtomicBoolean serving = new AtomicBoolean(true);
        GenerationScope.writingTo("gen_2", () -> serving.set(pin.pin()));

        assertThat(serving).isFalse();
        verify(jdbc).execute(eq("SET LOCAL search_path TO gen_2, public; SET LOCAL synchronous_commit = off"));
    }

    @Test
    void aRebuildsSweepAfterTheSwitchWritesDurably() {
        when(generations.active()).thenReturn("gen_2");
        AtomicBoolean serving = new AtomicBoolean();
        GenerationScope.writingTo("gen_2", () -> serving.set(pin.pin()));

        assertThat(serving).isTrue();
        verify(jdbc).execute(eq("SET LOCAL search_path TO gen_2, public"));
    }
}
