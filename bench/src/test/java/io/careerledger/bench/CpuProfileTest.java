package io.careerledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuProfileTest {

    @Test
    void aSampleBelongsToTheLibraryNearestItsLeafAndToTheJdkOnlyWhenNoOtherIsOnTheStack() {
        assertThat(CpuProfile.libraryOf(new String[] {"java/lang/Thread.run", "org/axonframework/X.handle",
                "org/postgresql/core/PGStream.flush", "java/net/Socket.write", "__send"})).isEqualTo("PostgreSQL JDBC driver");
        assertThat(CpuProfile.libraryOf(new String[] {"java/lang/Thread.run", "java/util/HashMap.get"})).isEqualTo("JDK");
        assertThat(CpuProfile.libraryOf(new String[] {"thread_start", "G1ParScanThreadState::trim_queue"})).isEqualTo("Garbage collector");
        assertThat(CpuProfile.libraryOf(new String[] {"__futex"})).isEqualTo("native, kernel and other");
    }

    @Test
    void collapsedStacksAreSummedByLibraryAndLeafAsPercentages(@TempDir Path directory) throws Exception {
        Path collapsed = Files.writeString(directory.resolve("p.collapsed"), """
                java/lang/Thread.run;tools/jackson/databind/ObjectMapper.readTree;java/lang/String.charAt 30
                java/lang/Thread.run;org/postgresql/jdbc/PgStatement.execute;__send 60
                java/lang/Thread.run;io/careerledger/query/X.apply 10
                """);

        CpuProfile.Summary summary = CpuProfile.summarise("query-service", "rebuild", collapsed);

        assertThat(summary.samples()).isEqualTo(100);
        assertThat(summary.percentByLibrary()).containsExactly(java.util.Map.entry("PostgreSQL JDBC driver", 60.0),
                java.util.Map.entry("Jackson (JSON)", 30.0), java.util.Map.entry("Career Ledger", 10.0));
        assertThat(summary.percentByLeaf()).containsEntry("__send", 60.0).containsEntry("java/lang/String.charAt", 30.0);
    }
}
