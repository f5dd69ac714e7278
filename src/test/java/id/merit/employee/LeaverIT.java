package id.merit.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdStaffCounts;
import id.merit.orgunit.OpdView;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import id.merit.support.UiSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leavers (issue 15 item 3), full stack on PostgreSQL: BKPSDM records an employee's end of employment on the employee
 * page → the employee's account is disabled, its open session ends and a new login is refused; the leaver drops out of
 * the registry search and the staff counts (the one active predicate) but their page stays; a transfer in the registry
 * moves the OPD scope of an OPD head's account bound to that employee's NIP.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaverIT {
    private static final String PASSWORD = "Correct#Pass123";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    OpdCommands opds;
    @Autowired
    OpdQueries opdQueries;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    EmployeeQueries registry;
    @Autowired
    OpdStaffCounts counts;
    @Autowired
    JdbcTemplate jdbc;

    long n;
    String opdA;
    String opdB;
    String leaver;
    String stayer;
    String head;
    String officer;

    @BeforeAll
    void setUp() {
        n = System.nanoTime() % 100_000;
        opdA = "LVA" + n;
        opdB = "LVB" + n;
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdCommands.OpdData(opdA, "Dinas Asal " + n, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(opdB, "Dinas Tujuan " + n, OpdKind.DINAS, null, null, null, null));
            leaver = Nip.compose(LocalDate.of(1966, 3, 12), YearMonth.of(1990, 1), 'M', (int) (n % 900) + 1);
            stayer = Nip.compose(LocalDate.of(1986, 4, 1), YearMonth.of(2011, 1), 'F', (int) (n % 900) + 2);
            head = Nip.compose(LocalDate.of(1975, 5, 2), YearMonth.of(2000, 1), 'M', (int) (n % 900) + 3);
            employees.upsert(data(leaver, "Pensiunan Uji " + n, LocalDate.of(1966, 3, 12), opdA, PositionKind.PELAKSANA));
            employees.upsert(data(stayer, "Aktif Uji " + n, LocalDate.of(1986, 4, 1), opdA, PositionKind.PELAKSANA));
            employees.upsert(data(head, "Kepala Uji " + n, LocalDate.of(1975, 5, 2), opdA, PositionKind.JPT_PRATAMA));
            users.createUnchecked(new NewUser("lv" + n, PASSWORD, Role.EMPLOYEE, null, leaver, null), false);
            users.createUnchecked(new NewUser("hd" + n, PASSWORD, Role.OPD_HEAD, opdA, head, null), false);
            officer = "of" + n;
            users.createUnchecked(new NewUser(officer, PASSWORD, Role.OFFICER, null, null, null), false);
        } finally {
            TestUsers.clear();
        }
    }

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    static EmployeeData data(String nip, String name, LocalDate birth, String opd, PositionKind kind) {
        return new EmployeeData(nip, name, Gender.M, birth, EmployeeType.PNS, opd, "III/a", "Analis", kind, null, null, null, null);
    }

    UiSession login(String username) {
        UiSession s = new UiSession(port);
        assertThat(s.login(username, PASSWORD)).isEqualTo("/");
        return s;
    }

    static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    long activeInOpdA() {
        long id = opdQueries.byCode(opdA).map(OpdView::id).orElseThrow();
        return counts.countsByOpdAndType().getOrDefault(id, Map.of()).getOrDefault("PNS", 0L);
    }

    List<String> searched(boolean includeLeavers) {
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            return registry.search(new EmployeeFilter("Uji " + n, null, null, null, null, includeLeavers), "name", 0, 50).items().stream()
                    .map(EmployeeView::nip).toList();
        } finally {
            TestUsers.clear();
        }
    }

    @Test
    void recordingTheLeaveDisablesTheAccountEndsItsSessionAndDropsTheLeaverFromActiveLists() {
        UiSession employee = login("lv" + n);
        assertThat(employee.get("/employees/" + leaver).statusCode()).isEqualTo(200);
        assertThat(searched(false)).contains(leaver, stayer);
        long activeBefore = activeInOpdA();
        assertThat(activeBefore).isGreaterThanOrEqualTo(2); // the head may have been transferred by the other test

        UiSession bkpsdm = login(officer);
        assertThat(bkpsdm.get("/employees/" + leaver).body()).contains("/employees/" + leaver + "/leave");
        assertThat(bkpsdm.get("/employees/" + leaver + "/leave").statusCode()).isEqualTo(200);
        // a date in the future is refused on its field, nothing is saved
        var future = bkpsdm.post("/employees/" + leaver + "/leave", form(Map.of("reason", "PENSIUN",
                "leftOn", LocalDate.now().plusDays(30).toString(), "decree", "800/1/BKPSDM/2026")));
        assertThat(future.statusCode()).isEqualTo(200);
        assertThat(future.body()).contains("Tanggal tidak boleh setelah hari ini.");
        assertThat(jdbc.queryForObject("SELECT left_on IS NULL FROM employee.employee WHERE nip = ?", Boolean.class, leaver)).isTrue();
        assertThat(employee.get("/employees/" + leaver).statusCode()).isEqualTo(200);

        var saved = bkpsdm.post("/employees/" + leaver + "/leave", form(Map.of("reason", "PENSIUN",
                "leftOn", LocalDate.now().minusDays(1).toString(), "decree", "800/1/BKPSDM/2026")));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/employees/" + leaver);
        assertThat(jdbc.queryForObject("SELECT leave_reason || ':' || leave_decree FROM employee.employee WHERE nip = ?", String.class,
                leaver)).isEqualTo("PENSIUN:800/1/BKPSDM/2026");

        // the account is disabled, its open session ended, a new login refused
        assertThat(jdbc.queryForObject("SELECT enabled FROM identity.app_user WHERE username = ?", Boolean.class, "lv" + n)).isFalse();
        var after = employee.get("/employees/" + leaver);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(new UiSession(port).login("lv" + n, PASSWORD)).isNotEqualTo("/");

        // audited on the employee (by the officer) and on the account
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' AND entity_key = ? "
                + "AND actor = ? AND summary = 'employment ended'", Integer.class, leaver, officer)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'USER' AND entity_key = ? "
                + "AND summary LIKE 'disabled: employment ended%'", Integer.class, "lv" + n)).isEqualTo(1);

        // out of the active search and counts, still on its own page with the leave shown
        assertThat(searched(false)).contains(stayer).doesNotContain(leaver);
        assertThat(searched(true)).contains(stayer, leaver);
        assertThat(activeInOpdA()).isEqualTo(activeBefore - 1);
        assertThat(bkpsdm.get("/employees?q=" + URLEncoder.encode("Uji " + n, StandardCharsets.UTF_8)).body())
                .contains(stayer).doesNotContain(leaver);
        assertThat(bkpsdm.get("/employees/" + leaver).body()).contains("id=\"employee-leave\"").contains("Pensiun")
                .contains("800/1/BKPSDM/2026");
    }

    @Test
    void aTransferMovesTheOpdScopeOfTheHeadsAccount() {
        UiSession session = login("hd" + n);
        assertThat(session.get("/employees/" + stayer).statusCode()).isEqualTo(200);
        long a = opdQueries.byCode(opdA).map(OpdView::id).orElseThrow();
        long b = opdQueries.byCode(opdB).map(OpdView::id).orElseThrow();
        assertThat(jdbc.queryForObject("SELECT opd_id FROM identity.app_user WHERE username = ?", Long.class, "hd" + n)).isEqualTo(a);

        TestUsers.runAs(Role.ADMIN, null, null);
        employees.upsert(data(head, "Kepala Uji " + n, LocalDate.of(1975, 5, 2), opdB, PositionKind.JPT_PRATAMA));
        TestUsers.clear();

        assertThat(jdbc.queryForObject("SELECT opd_id FROM identity.app_user WHERE username = ?", Long.class, "hd" + n)).isEqualTo(b);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'USER' AND entity_key = ? "
                + "AND summary = 'OPD scope follows a transfer'", Integer.class, "hd" + n)).isEqualTo(1);
        // the old session ended; a new one sees the new OPD's staff, not the old OPD's
        assertThat(session.get("/employees/" + stayer).statusCode()).isEqualTo(302);
        UiSession again = login("hd" + n);
        assertThat(again.get("/employees/" + stayer).statusCode()).isIn(403, 404);
        assertThat(again.get("/employees/" + head).statusCode()).isEqualTo(200);
    }
}
