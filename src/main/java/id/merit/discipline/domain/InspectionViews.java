package id.merit.discipline.domain;

import java.time.LocalDate;
import java.util.List;

/** Read models of field inspections. */
public final class InspectionViews {

    private InspectionViews() {
    }

    public record Summary(long id, String opdCode, String opdName, LocalDate inspectedOn, String team, int findings, int cases) {
    }

    public record FindingView(long id, long inspectionId, String nip, String employeeName, FindingKind kind, String note, Long caseId) {
    }

    public record Detail(long id, long opdId, String opdCode, String opdName, LocalDate inspectedOn, String team, String notes,
                         String createdBy, int version, List<FindingView> findings) {
    }

    /** A finding with the context a case opened from it needs. */
    public record FindingContext(FindingView finding, String opdName, LocalDate inspectedOn) {
    }
}
