package id.merit.employee.domain;

import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeView;
import id.merit.employee.PositionRecord;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.Geo;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Entity → record mappings shared by the read side ({@link EmployeeQueryService}, {@link EmployeeDirectoryService}). */
final class EmployeeRecords {

    private EmployeeRecords() {
    }

    /** Every OPD by id: one read per call, so a page of employees costs one OPD read, not one per row. */
    static Map<Long, OpdView> opdMap(OpdQueries opds) {
        return opds.tree().stream().collect(Collectors.toMap(OpdView::id, Function.identity()));
    }

    static EmployeeRef ref(Employee e) {
        return new EmployeeRef(e.getId(), e.getNip(), e.getName(), e.getEmployeeType(), e.getOpdId(), e.getPositionKind(),
                e.getBirthDate());
    }

    static EmployeeView view(Employee e, Map<Long, OpdView> opdMap) {
        OpdView opd = opdMap.get(e.getOpdId());
        Double distance = null;
        if (opd != null && opd.hasCoordinates() && e.getHomeLat() != null && e.getHomeLon() != null) {
            distance = Math.round(Geo.distanceKm(e.getHomeLat().doubleValue(), e.getHomeLon().doubleValue(),
                    opd.latitude().doubleValue(), opd.longitude().doubleValue()) * 10) / 10.0;
        }
        return new EmployeeView(e.getId(), e.getNip(), e.getName(), e.getGender(), e.getBirthDate(), e.getEmployeeType(),
                e.getOpdId(), opd == null ? null : opd.code(), opd == null ? null : opd.name(), e.getRank(), e.getPositionName(),
                e.getPositionKind(), e.getPositionLevel(), e.getFunctionalProfession(), e.getHomeLat(), e.getHomeLon(), distance,
                e.getPhone(), e.getEmail(), e.getVersion());
    }

    static PositionRecord position(PositionHistory p, Map<Long, OpdView> opdMap) {
        return new PositionRecord(p.getPositionName(), p.getPositionKind(), p.getPositionLevel(),
                Optional.ofNullable(opdMap.get(p.getOpdId())).map(OpdView::code).orElse(null), p.getStartDate(), p.getEndDate(),
                p.getPostCode());
    }

    static EducationRecord education(Education x) {
        return new EducationRecord(x.getLevel(), x.getInstitution(), x.getMajor(), x.getGraduationDate());
    }
}
