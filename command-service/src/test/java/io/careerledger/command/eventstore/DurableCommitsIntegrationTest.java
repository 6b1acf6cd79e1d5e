package io.careerledger.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.testsupport.DurableCommits;

/** A 2xx means the event is on disk, whatever the server's default: the service's own sessions commit synchronously. */
@CommandServiceIntegrationTest
class DurableCommitsIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theServicesConnectionsCommitSynchronouslyWhenTheDatabasesDefaultIsOff() throws SQLException {
        DurableCommits.SynchronousCommit setting = DurableCommits.withTheDatabaseDefaultOff(dataSource);

        assertThat(setting.databaseDefault()).isEqualTo("off");
        assertThat(setting.service()).isEqualTo("on");
    }
}
