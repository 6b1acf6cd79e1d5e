package io.careerledger.command.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.CommandServiceIntegrationTest;

/** An erasure carried out by another replica reaches this one's key cache as it commits, not when the cache expires. */
@CommandServiceIntegrationTest
class ErasedKeysIntegrationTest {

    @Autowired
    PersonalDataKeys keys;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeyDestroyedByAnotherReplicaIsNoLongerReadFromThisOnesCache() {
        String employeeId = UUID.randomUUID().toString();
        DataKey key = keys.keyOf(employeeId);
        assertThat(keys.find(key.keyId())).hasValueSatisfying(cached -> assertThat(cached.destroyed()).isFalse());

        // what another replica's erasure does in its transaction, behind this replica's back
        jdbc.update("UPDATE personal_data_key SET key_material = NULL, destroyed_at = now() WHERE employee_id = ?", employeeId);
        jdbc.queryForList("SELECT pg_notify(?, ?)", ErasedKeys.CHANNEL, employeeId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(keys.find(key.keyId())).hasValueSatisfying(found -> assertThat(found.destroyed()).isTrue()));
        assertThat(keys.keyOf(employeeId).destroyed()).isTrue();
    }
}
