package io.careerledger.command.career;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands on a person's career. Reads are the query-service's. */
@RestController
@RequestMapping("/api/employees")
class CareerCommandController {

    private final CommandGateway commands;

    CareerCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @Schema(example = """
            {"employeeId": "5b0c3c52-8f5e-4a53-9d0c-2f0c5b7f1e01", "fullName": "Ada Lovelace",
             "email": "ada@example.org", "managerId": null, "level": 3, "hireDate": "2024-02-01"}""")
    record RegisterEmployeeRequest(
            @NotNull UUID employeeId,
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Email String email,
            UUID managerId,
            @NotNull @Min(1) Integer level,
            @NotNull LocalDate hireDate) {

        RegisterEmployee toCommand() {
            return new RegisterEmployee(employeeId.toString(), fullName.strip(), email.strip(),
                    managerId == null ? null : managerId.toString(), level, hireDate);
        }
    }

    record Registered(String employeeId) {
    }

    @Operation(summary = "Register an employee (HR). The client chooses the id; re-sending the same registration is harmless.")
    @PostMapping
    @PreAuthorize("hasRole('HR')")
    ResponseEntity<Registered> register(@Valid @RequestBody RegisterEmployeeRequest request) {
        RegisterEmployee command = request.toCommand();
        commands.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/employees/" + command.employeeId()))
                .body(new Registered(command.employeeId()));
    }
}
