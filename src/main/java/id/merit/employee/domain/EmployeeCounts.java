package id.merit.employee.domain;

import id.merit.orgunit.OpdStaffCounts;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One GROUP BY over the registry's active staff ({@link ActiveStaff}) for the OPD pages and the dashboard. */
@Component
class EmployeeCounts implements OpdStaffCounts {
    private final JdbcTemplate jdbc;

    EmployeeCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Map<String, Long>> countsByOpdAndType() {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        jdbc.query("SELECT opd_id, employee_type, count(*) FROM employee.employee WHERE " + ActiveStaff.SQL
                        + " GROUP BY opd_id, employee_type",
                rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return out;
    }
}
