package io.careerledger.command.openapi;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.careerledger.command.support.ApiClient;
import io.careerledger.command.support.CommandServiceIntegrationTest;

@CommandServiceIntegrationTest
class OpenApiDumpTest {
    @LocalServerPort
    int port;

    @Test
    void dump() throws Exception {
        Files.writeString(Path.of("target/cmd.json"), new ApiClient(port).get("/v3/api-docs", null).body());
    }
}
