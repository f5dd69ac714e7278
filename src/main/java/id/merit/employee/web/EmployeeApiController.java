package id.merit.employee.web;

import id.merit.employee.EmployeeQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The registry record as JSON; role and OPD scope as in the UI (the service throws 404/403 problems). */
@RestController
@RequestMapping("/api/v1/employees")
@Tag(name = "Employees", description = "Staff registry (PNS, CPNS, PPPK, non-ASN)")
class EmployeeApiController {

    private final EmployeeQueries employees;

    EmployeeApiController(EmployeeQueries employees) {
        this.employees = employees;
    }

    @GetMapping("/{nip}")
    @Operation(summary = "One employee's registry record", description = "NIP (PNS/CPNS) or registration number (others). "
            + "The access is recorded in the audit trail.")
    @ApiResponse(responseCode = "200", description = "The record")
    @ApiResponse(responseCode = "403", description = "Outside the caller's role or OPD scope",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No employee with this NIP",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    EmployeeJson get(@Parameter(description = "NIP or registration number") @PathVariable String nip) {
        return EmployeeJson.of(employees.get(nip));
    }
}
