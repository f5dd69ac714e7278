package id.merit.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditEntry;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.domain.OpdService;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Migrations, constraints, audited upserts and the OPD tree on real PostgreSQL. */
@MeritIntegrationTest
class RegistryPersistenceIT {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpdCommands opdCommands;
    @Autowired
    OpdQueries opds;
    @Autowired
    OpdService opdService;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    EmployeeQueries queries;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    AuditLog audit;
    String s;

    @BeforeEach
    void setUp() {
        s = String.valueOf(System.nanoTime() % 1_000_000);
        TestUsers.runAs(Role.ADMIN, null, null);
    }

    @AfterEach
    void tearDown() {
        TestUsers.clear();
    }

    @Test
    void everyMigrationAppliedAndEachModuleHasItsSchema() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class)).isZero();
        List<String> schemas = jdbc.queryForList("SELECT schema_name FROM information_schema.schemata", String.class);
        assertThat(schemas).contains("identity", "orgunit", "employee", "audit");
    }

    @Test
    void databaseConstraintsBackTheRules() {
        opdCommands.upsert(new OpdData("C" + s, "Unit " + s, OpdKind.DINAS, null, null, null, null));
        Long opdId = opds.byCode("C" + s).orElseThrow().id();
        assertThatThrownBy(() -> jdbc.update("INSERT INTO employee.employee (nip, name, gender, birth_date, employee_type, opd_id) "
                + "VALUES (?, 'X', 'X', '1990-01-01', 'PNS', ?)", "G" + s, opdId)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO identity.app_user (username, password_hash, role) VALUES (?, 'h', 'OPD_HEAD')",
                "u" + s)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO orgunit.opd (code, name, kind) VALUES (?, 'x', 'PROVINSI')", "K" + s))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void upsertIsIdempotentAndAuditsOldAndNewValues() {
        opdCommands.upsert(new OpdData("E" + s, "Dinas " + s, OpdKind.DINAS, null, null, new BigDecimal("-2.0"), new BigDecimal("115.0")));
        LocalDate born = LocalDate.of(1990, 5, 17);
        String nip = Nip.compose(born, YearMonth.of(2015, 3), 'F', (int) (Long.parseLong(s) % 998) + 1);
        EmployeeData data = new EmployeeData(nip, "Siti Rahma", Gender.F, born, EmployeeType.PNS, "E" + s, "III/a", "Analis",
                PositionKind.PELAKSANA, null, null, new BigDecimal("-2.01"), new BigDecimal("115.0"));
        assertThat(employees.upsert(data)).isEqualTo(Outcome.CREATED);
        assertThat(employees.upsert(data)).isEqualTo(Outcome.UNCHANGED);
        EmployeeData promoted = new EmployeeData(nip, "Siti Rahma", Gender.F, born, EmployeeType.PNS, "E" + s, "III/b", "Analis",
                PositionKind.PELAKSANA, null, null, new BigDecimal("-2.01"), new BigDecimal("115.0"));
        assertThat(employees.upsert(promoted)).isEqualTo(Outcome.UPDATED);

        EmployeeView view = queries.get(nip);
        assertThat(view.rank()).isEqualTo("III/b");
        assertThat(view.distanceKm()).isBetween(1.0, 1.2); // 0.01° of latitude ≈ 1.11 km
        List<AuditEntry> history = audit.history("EMPLOYEE", nip, 10);
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.VIEW, AuditAction.UPDATE, AuditAction.CREATE);
        AuditEntry update = history.get(1);
        assertThat(update.changedFields()).containsExactly("rank");
        assertThat(update.oldValue("rank")).isEqualTo("III/a");
        assertThat(update.newValue("rank")).isEqualTo("III/b");
        assertThat(update.actor()).isEqualTo("admin");

        assertThat(employees.upsertTraining(nip, new TrainingRecord(TrainingKind.TEKNIS, "Pengadaan", 24, LocalDate.of(2025, 6, 1))))
                .isEqualTo(Outcome.CREATED);
        assertThat(employees.upsertTraining(nip, new TrainingRecord(TrainingKind.TEKNIS, "Pengadaan", 24, LocalDate.of(2025, 6, 1))))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(employees.upsertTraining(nip, new TrainingRecord(TrainingKind.TEKNIS, "Pengadaan", 32, LocalDate.of(2025, 6, 1))))
                .isEqualTo(Outcome.UPDATED);
        assertThat(directory.trainings(view.id())).extracting(TrainingRecord::hours).containsExactly(32);
    }

    @Test
    void opdTreeScopesAndRefusesCycles() {
        opdCommands.upsert(new OpdData("T" + s, "Induk " + s, OpdKind.DINAS, null, null, null, null));
        opdCommands.upsert(new OpdData("T" + s + "-1", "Anak " + s, OpdKind.UPT, "T" + s, null, null, null));
        opdCommands.upsert(new OpdData("T" + s + "-1-1", "Cucu " + s, OpdKind.UPT, "T" + s + "-1", null, null, null));
        long root = opds.byCode("T" + s).orElseThrow().id();
        assertThat(opds.subtreeIds("T" + s)).hasSize(3).contains(root);
        assertThat(opds.subtreeIds("T" + s + "-1")).hasSize(2).doesNotContain(root);
        int version = opdService.version(root).orElseThrow();
        assertThatThrownBy(() -> opdService.update(root, new OpdData("T" + s, "Induk " + s, OpdKind.DINAS, "T" + s + "-1-1", null, null,
                null), version)).isInstanceOf(BusinessProblem.class).hasMessage("opd.error.cycle");
        assertThatThrownBy(() -> opdService.update(root, new OpdData("T" + s, "Induk baru", OpdKind.DINAS, null, null, null, null),
                version - 1)).isInstanceOf(BusinessProblem.class).hasMessage("form.error.stale");
        assertThat(opds.tree().stream().filter(o -> o.code().equals("T" + s + "-1-1")).findFirst().orElseThrow().depth()).isEqualTo(2);
    }
}
