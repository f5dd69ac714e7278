package id.merit.professionalism;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.Gender;
import id.merit.performance.SkpRating;
import id.merit.performance.domain.RatingService;
import id.merit.professionalism.domain.IndexStore;
import id.merit.shared.Role;
import id.merit.shared.StaffRecordsChanged;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.Seed;
import id.merit.support.TestUsers;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13 item 3, the incremental path: once a year is stored, a record change of one employee (an SKP rating, a
 * verified education) replaces their stored row and their OPD's league figure in the same transaction, and a full
 * recompute of the year afterwards gives exactly the same rows — the incremental path equals the bulk path.
 */
@MeritIntegrationTest
class IncrementalIndexIT {
    private static final int YEAR = 2025;
    private static final String ROW = """
            SELECT qualification, competency, performance, discipline, total, category, missing_data, position_kind, top_opd_id
            FROM professionalism.index WHERE year = ? AND nip = ?""";

    @Autowired
    Seed seed;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    RatingService ratings;
    @Autowired
    IndexStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    Map<String, Object> row(String nip) {
        return jdbc.queryForMap(ROW, YEAR, nip);
    }

    Map<String, Object> league(String opd) {
        return jdbc.queryForMap("""
                SELECT o.employees, o.total_sum, o.mean_index FROM professionalism.opd_index o JOIN orgunit.opd d ON d.id = o.opd_id
                WHERE o.year = ? AND d.code = ?""", YEAR, opd);
    }

    @Test
    void aRatingAndAVerifiedEducationMoveTheStoredRowExactlyAsARecomputeWould() {
        long n = System.nanoTime() % 100_000;
        String opd = "INC" + n;
        LocalDate born = LocalDate.of(1985, 2, 2).plusDays(n % 3000);
        String a = Seed.nip(born, YearMonth.of(2010, 1), 'F', n);
        String b = Seed.nip(born, YearMonth.of(2010, 2), 'M', n);
        TestUsers.runAs(Role.ADMIN, () -> {
            seed.annualPeriod(YEAR);
            seed.dinas(opd, "Dinas Inkremental " + n);
            for (String nip : List.of(a, b)) {
                seed.pns(nip, "Pegawai Inkremental " + nip.substring(14), Gender.F, born, opd, "III/b");
                employees.upsertEducation(nip, new EducationRecord(EducationLevel.SMA, "SMA Negeri 1", null, LocalDate.of(2003, 6, 1)));
            }
            store.compute(YEAR);
        });
        Map<String, Object> before = row(a);
        Map<String, Object> other = row(b);
        long storedEmployees = jdbc.queryForObject("SELECT employees FROM professionalism.index_year WHERE year = ?", Long.class, YEAR);
        assertThat(league(opd).get("employees")).isEqualTo(2);

        // an SKP rating (the OPD head's or BKPSDM's form): the performance dimension and the total move at once
        TestUsers.runAs(Role.OFFICER, () -> ratings.rate(a, YEAR, SkpRating.ABOVE, SkpRating.ABOVE, null));
        Map<String, Object> rated = row(a);
        assertThat(rated.get("performance")).isNotEqualTo(before.get("performance"));
        assertThat(rated.get("total")).isNotEqualTo(before.get("total"));
        assertThat(row(b)).as("a colleague's row is untouched").isEqualTo(other);

        // a verified education (the data-request approval publishes the same event in its transaction)
        TestUsers.runAs(Role.ADMIN, () -> tx.executeWithoutResult(s -> {
            employees.upsertEducation(a, new EducationRecord(EducationLevel.S2, "Universitas Bengkulu", "Manajemen", LocalDate.of(2015, 9, 1)));
            events.publishEvent(new StaffRecordsChanged(a));
        }));
        Map<String, Object> educated = row(a);
        assertThat(educated.get("qualification")).isNotEqualTo(rated.get("qualification"));
        Map<String, Object> incrementalLeague = league(opd);
        assertThat(incrementalLeague.get("employees")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT employees FROM professionalism.index_year WHERE year = ?", Long.class, YEAR))
                .isEqualTo(storedEmployees);

        // the bulk recompute of the year gives the same rows and the same league figure
        Map<String, Object> bRow = row(b);
        TestUsers.runAs(Role.ADMIN, () -> store.compute(YEAR));
        assertThat(row(a)).isEqualTo(educated);
        assertThat(row(b)).isEqualTo(bRow);
        assertThat(league(opd)).isEqualTo(incrementalLeague);
    }
}
