package id.merit.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk reads of position history and education answer the same above 10,000 ids (one read of the whole table, for
 * year-wide computations at 100,000 staff) as below it (one query by id): every employee with records, in the same order.
 */
@MeritIntegrationTest
class EmployeeDirectoryBulkIT {
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    OpdCommands opds;

    @Test
    void theWholeTableReadEqualsTheReadById() {
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            String run = Long.toString(ThreadLocalRandom.current().nextLong(10_000, 99_999));
            opds.upsert(new OpdCommands.OpdData("BLK" + run, "Dinas Bulk " + run, OpdKind.DINAS, null, null, null, null));
            for (int i = 0; i < 3; i++) {
                LocalDate born = LocalDate.of(1970 + i, 2, 1 + Integer.parseInt(run) % 27);
                String nip = Nip.compose(born, YearMonth.of(1995 + i, 4), 'F', 1 + (Integer.parseInt(run) + i) % 999);
                employees.upsert(new EmployeeData(nip, "Pegawai Bulk " + run + " " + i, Gender.F, born, EmployeeType.PNS, "BLK" + run, "III/d",
                        "Kepala Seksi", PositionKind.PENGAWAS, null, null, null, null));
                jdbc.update("""
                        INSERT INTO employee.position_history (employee_id, position_name, position_kind, position_level, opd_id, start_date, end_date)
                        SELECT e.id, 'Analis', 'FUNGSIONAL', 'AHLI_MUDA', e.opd_id, DATE '2010-01-01' + ?, DATE '2015-12-31' FROM employee.employee e
                         WHERE e.nip = ?""", i, nip);
                jdbc.update("""
                        INSERT INTO employee.education (employee_id, level, institution, major, graduation_date)
                        SELECT id, 'S1', 'Universitas Bulk', 'Hukum', DATE '1995-08-01' FROM employee.employee WHERE nip = ?""", nip);
            }
        } finally {
            TestUsers.clear();
        }
        List<Long> real = jdbc.queryForList("SELECT id FROM employee.employee ORDER BY id DESC LIMIT 9000", Long.class);
        assertThat(real).isNotEmpty();
        List<Long> many = new ArrayList<>(real);
        long absent = -1;
        while (many.size() <= 10_000) {
            many.add(absent--); // ids no employee has: only the count decides the path
        }
        Map<Long, List<PositionRecord>> byId = directory.positionsOf(real);
        Map<Long, List<PositionRecord>> whole = directory.positionsOf(many);
        assertThat(byId).isNotEmpty();
        assertThat(whole.keySet()).isEqualTo(byId.keySet());
        byId.forEach((id, list) -> assertThat(whole.get(id)).as("employee %d", id).containsExactlyInAnyOrderElementsOf(list)
                .extracting(PositionRecord::startDate).isEqualTo(list.stream().map(PositionRecord::startDate).toList()));
        Map<Long, List<EducationRecord>> educationById = directory.educationOf(real);
        Map<Long, List<EducationRecord>> educationWhole = directory.educationOf(many);
        assertThat(educationWhole.keySet()).isEqualTo(educationById.keySet());
        educationById.forEach((id, list) -> assertThat(educationWhole.get(id)).containsExactlyInAnyOrderElementsOf(list));
    }
}
