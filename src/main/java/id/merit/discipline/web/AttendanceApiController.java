package id.merit.discipline.web;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.discipline.AbsenceRecommendations;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * interchange.md §3: {@code GET /api/v1/employees/{nip}/attendance/{year}?until=YYYY-MM-DD} (scope checked in the
 * service: 404 unknown NIP, 403 outside the scope, 400 for a bad {@code until}); and, for BKPSDM, every employee's
 * totals of a year in the same shape (one batch; the compute time is in the {@code Server-Timing} header). Lives in
 * discipline because the response ends with discipline's recommendation; the figures before it are attendance's.
 */
@RestController
class AttendanceApiController {
    /** The audit type of bulk reads of attendance figures (as the recap's .xlsx export). */
    static final String EXPORT_AUDIT_TYPE = "ATTENDANCE_EXPORT";
    private final AbsenceRecommendations recommendations;
    private final AuditLog audit;

    AttendanceApiController(AbsenceRecommendations recommendations, AuditLog audit) {
        this.recommendations = recommendations;
        this.audit = audit;
    }

    @GetMapping("/api/v1/employees/{nip}/attendance/{year}")
    AttendanceJson employee(@PathVariable String nip, @PathVariable int year,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        return AttendanceJson.of(recommendations.forYear(nip, year, until));
    }

    @GetMapping("/api/v1/attendance/{year}")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    ResponseEntity<List<AttendanceJson>> all(@PathVariable int year,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
        long t0 = System.nanoTime();
        List<AttendanceJson> body = recommendations.forAll(year, until).stream().map(AttendanceJson::of).toList();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        audit.event(AuditAction.VIEW, EXPORT_AUDIT_TYPE, "api totals " + year,
                body.size() + " rows" + (until == null ? "" : " until " + until));
        return ResponseEntity.ok().header("Server-Timing", "compute;dur=" + ms).body(body);
    }
}
