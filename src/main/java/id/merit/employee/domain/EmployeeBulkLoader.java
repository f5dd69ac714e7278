package id.merit.employee.domain;

import id.merit.employee.AwardRecord;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeBundle;
import id.merit.employee.EmployeeData;
import id.merit.employee.PositionRecord;
import id.merit.employee.TrainingRecord;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** JDBC batches for bulk loads: ids are taken from the sequences up front so children can be batched too. */
@Component
class EmployeeBulkLoader {
    private static final int BATCH = 1000;
    private final JdbcTemplate jdbc;
    private final OpdQueries opds;

    EmployeeBulkLoader(JdbcTemplate jdbc, OpdQueries opds) {
        this.jdbc = jdbc;
        this.opds = opds;
    }

    int load(List<EmployeeBundle> bundles) {
        if (bundles.isEmpty()) {
            return 0;
        }
        Map<String, Long> opdIds = opds.tree().stream().collect(Collectors.toMap(OpdView::code, OpdView::id, (a, b) -> a));
        Function<String, Long> opd = code -> {
            Long id = opdIds.get(code);
            if (id == null) {
                throw new IllegalArgumentException("unknown OPD code " + code);
            }
            return id;
        };
        List<Long> ids = jdbc.queryForList("SELECT nextval('employee.employee_id_seq') FROM generate_series(1, ?)", Long.class,
                bundles.size());
        List<Object[]> emp = new ArrayList<>();
        List<Object[]> pos = new ArrayList<>();
        List<Object[]> edu = new ArrayList<>();
        List<Object[]> tra = new ArrayList<>();
        List<Object[]> awd = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            long id = ids.get(i);
            EmployeeBundle b = bundles.get(i);
            EmployeeData d = b.employee();
            emp.add(new Object[] {id, d.nip(), d.name(), d.gender().name(), Date.valueOf(d.birthDate()), d.employeeType().name(),
                    opd.apply(d.opdCode()), d.rank(), d.positionName(), name(d.positionKind()), name(d.positionLevel()),
                    name(d.functionalProfession()), d.homeLat(), d.homeLon()});
            for (PositionRecord p : b.positions()) {
                pos.add(new Object[] {id, p.positionName(), name(p.positionKind()), name(p.positionLevel()), opd.apply(p.opdCode()),
                        Date.valueOf(p.startDate()), p.endDate() == null ? null : Date.valueOf(p.endDate()), p.postCode()});
            }
            for (EducationRecord e : b.education()) {
                edu.add(new Object[] {id, e.level().name(), e.institution(), e.major(),
                        e.graduationDate() == null ? null : Date.valueOf(e.graduationDate())});
            }
            for (TrainingRecord t : b.trainings()) {
                tra.add(new Object[] {id, t.kind().name(), t.name(), t.hours(), Date.valueOf(t.endDate())});
            }
            for (AwardRecord a : b.awards()) {
                awd.add(new Object[] {id, a.name(), a.issuer(), Date.valueOf(a.awardedOn())});
            }
        }
        batch("INSERT INTO employee.employee (id, nip, name, gender, birth_date, employee_type, opd_id, rank, position_name, "
                + "position_kind, position_level, functional_profession, home_lat, home_lon) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", emp);
        batch("INSERT INTO employee.position_history (employee_id, position_name, position_kind, position_level, opd_id, start_date, "
                + "end_date, post_code) VALUES (?,?,?,?,?,?,?,?)", pos);
        batch("INSERT INTO employee.education (employee_id, level, institution, major, graduation_date) VALUES (?,?,?,?,?)", edu);
        batch("INSERT INTO employee.training (employee_id, kind, name, hours, end_date) VALUES (?,?,?,?,?)", tra);
        batch("INSERT INTO employee.award (employee_id, name, issuer, awarded_on) VALUES (?,?,?,?)", awd);
        return bundles.size();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
