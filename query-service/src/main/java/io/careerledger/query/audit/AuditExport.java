package io.careerledger.query.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writes audit entries as they are read, so an export of a million events needs no million in memory. */
@Component
class AuditExport {

    private static final String CSV_HEADER = "eventId,type,employeeId,occurredAt,aggregateSequence,actorId,metadata,payload,withheld\r\n";

    private final AuditLog auditLog;
    private final JsonMapper json;

    AuditExport(AuditLog auditLog, JsonMapper json) {
        this.auditLog = auditLog;
        this.json = json;
    }

    /** A JSON array of entries, as {@code reader} may see them. */
    void json(AuditFilter filter, UnaryOperator<AuditEntry> reader, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            auditLog.forEach(filter, entry -> json.writeValue(generator, reader.apply(entry)));
            generator.writeEndArray();
        }
    }

    /**
     * RFC 4180 CSV, one line per entry as {@code reader} may see it; metadata and payload are JSON in
     * their cells, withheld names the payload fields withheld from the reader (space-separated).
     */
    void csv(AuditFilter filter, UnaryOperator<AuditEntry> reader, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CSV_HEADER);
        auditLog.forEach(filter, entry -> {
            try {
                writer.write(csvLine(reader.apply(entry)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    static String csvLine(AuditEntry entry) {
        return Stream.of(entry.eventId(), entry.type(), entry.employeeId(), String.valueOf(entry.occurredAt()),
                        entry.aggregateSequence() == null ? "" : entry.aggregateSequence().toString(),
                        entry.actorId() == null ? "" : entry.actorId(), entry.metadata(), entry.payload(),
                        String.join(" ", entry.withheld()))
                .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",", "", "\r\n"));
    }
}
