package io.careerledger.command.career;

import org.springframework.http.ResponseEntity;

import io.careerledger.command.web.CommandSender.Sent;

/** What a command on a person's career answers: the person and the version it left them at, also the ETag. */
record Accepted(String employeeId, long version) {

    static ResponseEntity<Accepted> of(String employeeId, Sent sent) {
        return ResponseEntity.ok().eTag(sent.etag()).body(new Accepted(employeeId, sent.version()));
    }
}
