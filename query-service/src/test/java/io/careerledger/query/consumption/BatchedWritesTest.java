package io.careerledger.query.consumption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Held statements go out as batches, in waves that keep each row's statements in the order written. */
class BatchedWritesTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final BatchedWrites writes = new BatchedWrites(jdbc);
    /** Each batch sent: its statement text and the first argument of each of its statements. */
    private final List<String> sent = new ArrayList<>();

    BatchedWritesTest() {
        when(jdbc.batchUpdate(anyString(), anyList(), anyInt(), any())).thenAnswer(call -> {
            List<Object[]> statements = call.getArgument(1);
            sent.add(call.getArgument(0) + " " + statements.stream().map(arguments -> String.valueOf(arguments[0])).toList());
            return new int[0][];
        });
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(synchronization -> synchronization.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    @Test
    void aRowsStatementsKeepTheirOrderWhileOtherRowsShareTheirBatches() {
        inTransaction();
        writes.write("goal", "g1", "INSERT", "g1");
        writes.write("goal", "g1", "UPDATE", "g1 40%");
        writes.write("goal", "g2", "INSERT", "g2");
        writes.write("goal", "g1", "UPDATE", "g1 60%");
        writes.write("goal", "g2", "UPDATE", "g2 10%");
        writes.write("audit", "e1", "INSERT AUDIT", "e1");
        writes.write("audit", "e2", "INSERT AUDIT", "e2");
        assertThat(sent).isEmpty();

        writes.flush();

        assertThat(sent).containsExactly("INSERT [g1, g2]", "UPDATE [g1 40%, g2 10%]", "UPDATE [g1 60%]", "INSERT AUDIT [e1, e2]");
    }

    @Test
    void aStatementOnEveryRowComesAfterThoseBeforeItAndBeforeThoseAfter() {
        inTransaction();
        writes.write("goal", "g1", "INSERT", "g1");
        writes.write("goal", "g2", "INSERT", "g2");
        writes.write("goal", "g2", "UPDATE", "g2 10%");
        writes.writeAll("goal", "ERASE", "ada");
        writes.write("goal", "g3", "INSERT", "g3");

        writes.flush();

        assertThat(sent).containsExactly("INSERT [g1, g2]", "UPDATE [g2 10%]", "ERASE [ada]", "INSERT [g3]");
    }

    @Test
    void whatWasSentIsNotSentAgain() {
        inTransaction();
        writes.write("goal", "g1", "INSERT", "g1");
        writes.flush();
        writes.flush();

        assertThat(sent).containsExactly("INSERT [g1]");
    }

    @Test
    void outsideATransactionAStatementRunsAtOnce() {
        writes.write("goal", "g1", "INSERT", "g1");

        verify(jdbc).update("INSERT", "g1");
        assertThat(sent).isEmpty();
    }

    @Test
    void nothingWrittenSendsNothing() {
        inTransaction();
        writes.flush();

        verifyNoInteractions(jdbc);
    }

    private static void inTransaction() {
        TransactionSynchronizationManager.initSynchronization();
    }
}
