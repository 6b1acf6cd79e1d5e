package io.careerledger.bench.floor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes the very requests the benchmark sends the command-service ({@code POST /api/employees/{id}/...})
 * and stores each as one row: the request body as payload, the token's subject as metadata.
 */
@RestController
class FloorController {

    static final String TABLE = "floor_event";
    private static final String INSERT = """
            INSERT INTO floor_event (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                     payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, ?, 'EmployeeCareer', ?, 'io.careerledger.bench.FloorEvent', '1', ?, ?) RETURNING global_index""";

    private final JdbcTemplate jdbc;
    /** Unique sequences without reading the person's last one first: the floor does one statement, no read. */
    private final AtomicLong sequence = new AtomicLong();

    FloorController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute(EventTable.create(TABLE));
    }

    @PostMapping("/api/employees/{employeeId}/**")
    Map<String, Long> record(@PathVariable String employeeId, @RequestBody byte[] body, @AuthenticationPrincipal Jwt token) {
        byte[] metaData = ("{\"actor\":\"" + token.getSubject() + "\",\"roles\":\"" + token.getClaim("roles") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Long position = jdbc.queryForObject(INSERT, Long.class, UUID.randomUUID().toString(), employeeId,
                sequence.getAndIncrement(), Instant.now().toString(), body, metaData);
        return Map.of("position", position);
    }
}
