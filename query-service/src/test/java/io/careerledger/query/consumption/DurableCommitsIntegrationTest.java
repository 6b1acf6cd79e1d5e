package io.careerledger.query.consumption;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.careerledger.query.support.QueryServiceIntegrationTest;
import io.careerledger.testsupport.DurableCommits;

/** A projection (and the ledger of applied events beside it) is on disk once committed, whatever the server's default. */
@QueryServiceIntegrationTest
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
