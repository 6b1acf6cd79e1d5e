package io.careerledger.command.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.ApiClient.Response;
import io.careerledger.command.support.CommandServiceIntegrationTest;
import io.careerledger.command.support.StoredEvents;

/** The refusals of an erasure over HTTP: problem+json, and nothing recorded behind them. */
@CommandServiceIntegrationTest
class PersonalDataIntegrationTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anErasureWhileTheRetentionPeriodRunsIsRefusedAndRecordsNothing() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-1", "HR");
        String employeeId = offboarded(api, hr, LocalDate.now().minusMonths(1));

        Response refused = api.post("/api/employees/" + employeeId + "/erasure", hr, "{\"reason\": \"Request ER-2\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("/problems/retention-period-running", "is kept until");
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).containsExactly("EmployeeRegistered", "EmployeeOffboarded");
    }

    @Test
    void aLegalHoldStopsTheErasureUntilItIsLifted() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-1", "HR");
        String employeeId = offboarded(api, hr, LocalDate.of(2023, 6, 30));
        String career = "/api/employees/" + employeeId;

        assertThat(api.post(career + "/legal-hold", hr, "{\"reason\": \"Tribunal claim ET-3\"}").status()).isEqualTo(200);
        Response held = api.post(career + "/erasure", hr, "{\"reason\": \"Request ER-3\"}");
        assertThat(api.post(career + "/legal-hold/lift", hr, "{\"reason\": \"Settled\"}").status()).isEqualTo(200);
        Response erased = api.post(career + "/erasure", hr, "{\"reason\": \"Request ER-3\"}");

        assertThat(held.status()).isEqualTo(422);
        assertThat(held.body()).contains("/problems/legal-hold");
        assertThat(erased.status()).isEqualTo(200);
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).containsExactly("EmployeeRegistered", "EmployeeOffboarded", "LegalHoldPlaced",
                "LegalHoldLifted", "PersonalDataErased");
    }

    @Test
    void anErasureWithoutAReasonIsMalformed() {
        ApiClient api = new ApiClient(port);
        String hr = api.token("hr-1", "HR");
        String employeeId = offboarded(api, hr, LocalDate.of(2023, 6, 30));

        Response refused = api.post("/api/employees/" + employeeId + "/erasure", hr, "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).doesNotContain("PersonalDataErased");
    }

    @Test
    void onlyHrErases() {
        ApiClient api = new ApiClient(port);
        String employeeId = offboarded(api, api.token("hr-1", "HR"), LocalDate.of(2023, 6, 30));

        Response refused = api.post("/api/employees/" + employeeId + "/erasure", api.token(employeeId, "EMPLOYEE"),
                "{\"reason\": \"Forget me\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(StoredEvents.typesOf(jdbc, employeeId)).doesNotContain("PersonalDataErased");
    }

    private static String offboarded(ApiClient api, String hr, LocalDate lastWorkingDay) {
        String employeeId = UUID.randomUUID().toString();
        assertThat(api.post("/api/employees", hr, """
                {"employeeId": "%s", "fullName": "Annie Easley", "email": "annie@example.org", "level": 2,
                 "hireDate": "2018-02-01"}""".formatted(employeeId)).status()).isEqualTo(201);
        assertThat(api.post("/api/employees/" + employeeId + "/offboarding", hr,
                "{\"lastWorkingDay\": \"%s\", \"reason\": \"Retired\"}".formatted(lastWorkingDay)).status()).isEqualTo(200);
        return employeeId;
    }
}
