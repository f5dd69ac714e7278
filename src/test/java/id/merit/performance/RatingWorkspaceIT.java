package id.merit.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The SKP rating workspace on the whole application and PostgreSQL: an OPD head lists and rates only their OPD's staff,
 * the predicate is derived by the matrix, and a form opened before someone else's save is refused with the input kept.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingWorkspaceIT {

    private static final String PASSWORD = "Rahasia#2026x";
    private static final int YEAR = 2025;

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;

    private MockMvc mvc;
    private final Map<Role, UserDetails> as = new EnumMap<>(Role.class);
    private String own;
    private String ownName;
    private String colleague;
    private String honorary;
    private String foreign;
    private String foreignName;

    @BeforeAll
    void registry() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        // ratings are saved only while the year's ANNUAL period is open (issue 12 item 1)
        jdbc.update("INSERT INTO performance.period (year, kind, deadline, opened_by) VALUES (?, 'ANNUAL', ?, 'test') ON CONFLICT DO NOTHING",
                YEAR, LocalDate.of(YEAR + 1, 1, 31));
        long n = System.nanoTime() % 100_000;
        String opdA = "RWS-A" + n;
        String opdB = "RWS-B" + n;
        LocalDate born = LocalDate.of(1982, 1, 1).plusDays(n % 5000);
        own = Nip.compose(born, YearMonth.of(2006, 1), 'M', (int) (n % 990) + 1);
        colleague = Nip.compose(born, YearMonth.of(2006, 2), 'M', (int) (n % 990) + 1);
        foreign = Nip.compose(born, YearMonth.of(2006, 3), 'M', (int) (n % 990) + 1);
        honorary = "RWS-PHL-" + n;
        ownName = "Rahmat Kinerja " + n;
        foreignName = "Bambang Seberang " + n;
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            opds.upsert(new OpdCommands.OpdData(opdA, "Dinas Rating " + n, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdCommands.OpdData(opdB, "Badan Rating " + n, OpdKind.BADAN, null, null, null, null));
            employees.upsert(new EmployeeData(own, ownName, Gender.M, born, EmployeeType.PNS, opdA, "III/a", "Analis",
                    PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(colleague, "Citra Rekan " + n, Gender.M, born, EmployeeType.PPPK, opdA, null, "Analis",
                    PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(honorary, "Dedi Honorer " + n, Gender.M, born, EmployeeType.NON_ASN_PHL, opdA, null,
                    "Pramu Kantor", PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(foreign, foreignName, Gender.M, born, EmployeeType.PNS, opdB, "III/a", "Analis",
                    PositionKind.PELAKSANA, null, null, null, null));
            for (Role r : Role.values()) {
                String name = "rws" + r.name().toLowerCase().replace("_", "") + n;
                users.createUnchecked(new NewUser(name, PASSWORD, r, r == Role.OPD_HEAD ? opdA : null, r == Role.EMPLOYEE ? own : null,
                        null), false);
                as.put(r, users.loadUserByUsername(name));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private MvcResult send(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(as.get(role)))).andReturn();
    }

    private MvcResult rate(Role role, String nip, String results, String behaviour, String version) throws Exception {
        return send(role, post("/performance/" + YEAR + "/employees/" + nip).with(csrf())
                .param("results", results).param("behaviour", behaviour).param("version", version));
    }

    private Map<String, Object> stored(String nip) {
        return jdbc.queryForMap("""
                SELECT v.results_rating, v.behaviour_rating, v.predicate, v.source, v.version FROM performance.evaluation v
                  JOIN employee.employee e ON e.id = v.employee_id WHERE e.nip = ? AND v.year = ? AND v.period = 'ANNUAL'
                """, nip, YEAR);
    }

    @Test
    void theOpdHeadSeesAndRatesOnlyTheirOpd() throws Exception {
        MvcResult list = send(Role.OPD_HEAD, get("/performance/" + YEAR));
        assertThat(list.getResponse().getStatus()).isEqualTo(200);
        String page = list.getResponse().getContentAsString();
        assertThat(page).contains(ownName, own, "Belum dinilai", "tidak dinilai dengan SKP").doesNotContain(foreignName, foreign);
        assertThat(page).contains("Penilaian SKP 2025").doesNotContain("2.025");

        MvcResult admin = send(Role.ADMIN, get("/performance/" + YEAR).param("q", foreignName));
        assertThat(admin.getResponse().getContentAsString()).contains(foreignName).doesNotContain(ownName);

        assertThat(send(Role.OPD_HEAD, get("/performance/" + YEAR + "/employees/" + foreign)).getResponse().getStatus()).isIn(403, 404);
        assertThat(rate(Role.OPD_HEAD, foreign, "ABOVE", "ABOVE", "").getResponse().getStatus()).isIn(403, 404);
        for (Role other : new Role[] {Role.REGENT, Role.EMPLOYEE, Role.ASSESSOR}) {
            assertThat(send(other, get("/performance/" + YEAR)).getResponse().getStatus()).as("%s", other).isEqualTo(403);
            assertThat(rate(other, own, "ABOVE", "ABOVE", "").getResponse().getStatus()).as("%s", other).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id "
                + "WHERE e.nip = ?", Long.class, foreign)).isZero();

        MvcResult saved = rate(Role.OPD_HEAD, own, "MEETS", "BELOW", "");
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(stored(own)).containsEntry("results_rating", "MEETS").containsEntry("behaviour_rating", "BELOW")
                .containsEntry("predicate", "KURANG").containsEntry("source", "RATING").containsEntry("version", 0);
        String form = send(Role.OPD_HEAD, get("/performance/" + YEAR + "/employees/" + own)).getResponse().getContentAsString();
        assertThat(form).contains("Kurang/Misconduct", "Dinilai di Merit").doesNotContain("KURANG<", ">MEETS<");

        MvcResult derived = send(Role.OPD_HEAD, get("/performance/" + YEAR + "/predicate").param("results", "BELOW").param("behaviour", "ABOVE")
                .header("HX-Request", "true"));
        assertThat(derived.getResponse().getContentAsString()).contains("performance-derived", "Butuh Perbaikan").doesNotContain("<nav");

        MvcResult notAsn = rate(Role.OPD_HEAD, honorary, "MEETS", "MEETS", "");
        assertThat(notAsn.getResponse().getStatus()).isEqualTo(200);
        assertThat(notAsn.getResponse().getContentAsString()).contains("SKP hanya untuk pegawai ASN");
    }

    @Test
    void aStaleFormIsRefusedWithTheInputKept() throws Exception {
        // the OPD head opens the form for a first rating; meanwhile the officer rates the same employee
        assertThat(rate(Role.OFFICER, colleague, "MEETS", "MEETS", "").getResponse().getStatus()).isEqualTo(302);
        MvcResult stale = rate(Role.OPD_HEAD, colleague, "ABOVE", "ABOVE", "");
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        String page = stale.getResponse().getContentAsString();
        assertThat(page).contains("Data telah diubah oleh pengguna lain");
        assertThat(page).containsPattern("value=\"ABOVE\"[^>]*selected");
        assertThat(stored(colleague)).containsEntry("predicate", "BAIK").containsEntry("version", 0);

        // with the version it was opened with, a change goes through and counts the version up
        assertThat(rate(Role.OPD_HEAD, colleague, "ABOVE", "ABOVE", "0").getResponse().getStatus()).isEqualTo(302);
        assertThat(stored(colleague)).containsEntry("predicate", "SANGAT_BAIK").containsEntry("version", 1);
        // and a second form still carrying version 0 is refused
        MvcResult again = rate(Role.OFFICER, colleague, "BELOW", "BELOW", "0");
        assertThat(again.getResponse().getContentAsString()).contains("Data telah diubah oleh pengguna lain");
        assertThat(stored(colleague)).containsEntry("predicate", "SANGAT_BAIK");
    }
}
