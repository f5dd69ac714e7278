package id.merit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.domain.EmployeeAccounts;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.BusinessProblem;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 15 item 3: EMPLOYEE accounts in bulk for an OPD with its sub-units (username = NIP, one-time password, must
 * change), staff with an account skipped; a one-time password forces the change-password page (the API answers 403)
 * until a new, different, policy-proof password is chosen; an administrator's reset to a one-time password forces it
 * again.
 */
@MeritIntegrationTest
class EmployeeAccountsIT {
    @LocalServerPort
    int port;
    @Autowired
    EmployeeAccounts accounts;
    @Autowired
    UserService users;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    /** Parent OPD with two staff (one already with an account), its sub-unit with one, another OPD with one. */
    private record Fixture(String parent, String other, String[] nips) {
    }

    private Fixture fixture() {
        long n = System.nanoTime() % 100_000;
        String parent = "H6P" + n;
        String child = "H6C" + n;
        String other = "H6X" + n;
        TestUsers.runAs(Role.ADMIN, null, null);
        opds.upsert(new OpdCommands.OpdData(parent, "Dinas Akun " + n, OpdKind.DINAS, null, null, null, null));
        opds.upsert(new OpdCommands.OpdData(child, "Bidang Akun " + n, OpdKind.UPT, parent, null, null, null));
        opds.upsert(new OpdCommands.OpdData(other, "Dinas Lain Akun " + n, OpdKind.DINAS, null, null, null, null));
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(n % 9000);
        String[] opdOf = {parent, parent, child, other};
        String[] nips = new String[4];
        for (int i = 0; i < 4; i++) {
            nips[i] = Nip.compose(born, YearMonth.of(2003, 1 + i), 'F', (int) (n % 998) + 1);
            employees.upsert(new EmployeeData(nips[i], "Pegawai Akun " + i + " " + n, Gender.F, born, EmployeeType.PNS, opdOf[i], "III/a",
                    "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        }
        users.createUnchecked(new NewUser("h6own" + n, "Existing#Pass1", Role.EMPLOYEE, null, nips[1], null), false);
        return new Fixture(parent, other, nips);
    }

    @Test
    void bulkCreationForAnOpdWithItsSubUnitsSkipsStaffWithAnAccount() {
        Fixture f = fixture();
        EmployeeAccounts.Preview preview = accounts.preview(f.parent());
        assertThat(preview.staff()).isEqualTo(3);
        assertThat(preview.withAccount()).isEqualTo(1);
        assertThat(preview.toCreate()).isEqualTo(2);

        EmployeeAccounts.Result result = accounts.create(f.parent());
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.accounts()).extracting(EmployeeAccounts.Handover::nip).containsExactlyInAnyOrder(f.nips()[0], f.nips()[2]);
        assertThat(result.accounts()).allSatisfy(h -> {
            assertThat(h.username()).isEqualTo(h.nip());
            assertThat(h.password()).hasSize(10);
            assertThat(h.opdName()).startsWith(h.nip().equals(f.nips()[0]) ? "Dinas Akun" : "Bidang Akun");
        });
        for (EmployeeAccounts.Handover h : result.accounts()) {
            var row = jdbc.queryForMap("SELECT role, nip, must_change_password, password_hash, display_name FROM identity.app_user WHERE username = ?",
                    h.username());
            assertThat(row.get("role")).isEqualTo("EMPLOYEE");
            assertThat(row.get("nip")).isEqualTo(h.nip());
            assertThat(row.get("must_change_password")).isEqualTo(true);
            assertThat(row.get("display_name")).isEqualTo(h.name());
            assertThat((String) row.get("password_hash")).startsWith("$2a$04$").doesNotContain(h.password());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.app_user WHERE nip = ?", Integer.class, f.nips()[3])).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'USER' AND entity_key = ? "
                + "AND summary LIKE 'created 2 employee accounts for OPD %'", Integer.class, f.parent())).isEqualTo(1);

        // a second run finds everyone with an account
        EmployeeAccounts.Result again = accounts.create(f.parent());
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(accounts.preview(f.parent()).toCreate()).isZero();
    }

    @Test
    void onlyAnAdministratorCreatesAccountsInBulk() {
        Fixture f = fixture();
        for (Role r : new Role[] {Role.OFFICER, Role.OPD_HEAD, Role.REGENT, Role.EMPLOYEE}) {
            TestUsers.runAs(r, f.parent(), null);
            assertThatThrownBy(() -> accounts.create(f.parent())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aOneTimePasswordForcesTheChangeThenTheEmployeeReachesTheirRecord() {
        Fixture f = fixture();
        EmployeeAccounts.Handover h = accounts.create(f.parent()).accounts().stream().filter(a -> a.nip().equals(f.nips()[0])).findFirst()
                .orElseThrow();
        TestUsers.clear();
        Http api = new Http(port);
        Session s = new Session(port);
        assertThat(s.login(h.username(), h.password())).isEqualTo("/");
        assertRedirectedToChange(s.get("/"));
        assertRedirectedToChange(s.get("/employees/" + h.nip()));
        assertThat(s.get("/account/password").statusCode()).isEqualTo(200);

        // the API (HTTP Basic) refuses everything with a problem until the password is changed
        var refused = api.get("/api/v1/employees/" + h.nip(), h.username(), h.password());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("Password change required");

        // the new password must differ from the one-time one and pass the policy
        var same = s.post("/account/password", "currentPassword=" + enc(h.password()) + "&newPassword=" + enc(h.password())
                + "&newPasswordConfirm=" + enc(h.password()));
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(same.body()).contains("Kata sandi baru harus berbeda");
        var weak = s.post("/account/password", "currentPassword=" + enc(h.password()) + "&newPassword=short&newPasswordConfirm=short");
        assertThat(weak.statusCode()).isEqualTo(200);
        assertRedirectedToChange(s.get("/employees/" + h.nip()));

        String chosen = "Pilihan#Saya2026";
        var changed = s.post("/account/password", "currentPassword=" + enc(h.password()) + "&newPassword=" + enc(chosen)
                + "&newPasswordConfirm=" + enc(chosen));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(s.get("/employees/" + h.nip()).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT must_change_password FROM identity.app_user WHERE username = ?", Boolean.class, h.username()))
                .isFalse();
        assertThat(api.get("/api/v1/employees/" + h.nip(), h.username(), chosen).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/employees/" + h.nip(), h.username(), h.password()).statusCode()).isEqualTo(401);

        // accounts follow the registry: a transfer to another OPD moves nothing, the employee still reaches their record
        TestUsers.runAs(Role.ADMIN, null, null);
        employees.upsert(new EmployeeData(h.nip(), h.name(), Gender.F, LocalDate.of(1975, 1, 1), EmployeeType.PNS, f.other(), "III/a",
                "Pengadministrasi Umum", PositionKind.PELAKSANA, null, null, null, null));
        TestUsers.clear();
        assertThat(s.get("/employees/" + h.nip()).statusCode()).isEqualTo(200);

        // an administrator resets it to a new one-time password: the session ends, the next login is forced again
        long id = jdbc.queryForObject("SELECT id FROM identity.app_user WHERE username = ?", Long.class, h.username());
        TestUsers.runAs(Role.ADMIN, null, null);
        String oneTime = users.resetToOneTimePassword(id);
        TestUsers.clear();
        assertThat(oneTime).hasSize(10).isNotEqualTo(h.password());
        var loggedOut = s.get("/employees/" + h.nip());
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(loggedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        Session again = new Session(port);
        assertThat(again.login(h.username(), oneTime)).isEqualTo("/");
        assertRedirectedToChange(again.get("/employees/" + h.nip()));
        assertThat(api.get("/api/v1/employees/" + h.nip(), h.username(), oneTime).statusCode()).isEqualTo(403);
    }

    @Test
    void theAdministratorsPagesPreviewCreateAndHandTheSheetOver() {
        Fixture f = fixture();
        String name = "h6web" + System.nanoTime() % 100_000;
        users.createUnchecked(new NewUser(name, "Admin#Pass123", Role.ADMIN, null, null, null), false);
        TestUsers.clear();
        Session admin = new Session(port);
        assertThat(admin.login(name, "Admin#Pass123")).isEqualTo("/");
        var preview = admin.get("/admin/users/bulk?opd=" + f.parent());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Buat 2 akun");

        var sheet = admin.form("/admin/users/bulk", "opd=" + f.parent(), preview.body());
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.body()).contains("hanya ditampilkan sekali", f.nips()[0], f.nips()[2]).doesNotContain(f.nips()[3]);
        Matcher hidden = Pattern.compile("name=\"sheet\"\s+value=\"([^\"]*)\"").matcher(sheet.body());
        assertThat(hidden.find()).isTrue();
        String rows = org.springframework.web.util.HtmlUtils.htmlUnescape(hidden.group(1));
        assertThat(rows.lines()).hasSize(2);
        assertThat(admin.get("/admin/users?q=" + f.nips()[0]).body()).contains("Sandi sekali pakai belum diganti");

        var xlsx = admin.formBytes("/admin/users/bulk/sheet.xlsx", "sheet=" + enc(rows), sheet.body());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sh = wb.getSheetAt(0);
            assertThat(sh.getLastRowNum()).isEqualTo(2);
            assertThat(sh.getRow(1).getCell(6).getStringCellValue()).hasSize(10);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAdministratorCannotGiveTheirOwnAccountAOneTimePassword() {
        UserView admin = users.createUnchecked(new NewUser("h6adm" + System.nanoTime() % 100_000, "Admin#Pass123", Role.ADMIN, null, null,
                null), false);
        var p = users.loadUserByUsername(admin.username());
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
        assertThatThrownBy(() -> users.resetToOneTimePassword(admin.id())).isInstanceOf(BusinessProblem.class);
    }

    private static void assertRedirectedToChange(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A browser session that can also post forms (the CSRF token read from the change-password page). */
    static final class Session {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        Session(int port) {
            this.base = "http://localhost:" + port;
        }

        String login(String username, String password) {
            var r = form("/login", "username=" + enc(username) + "&password=" + enc(password), get("/login").body());
            return r.headers().firstValue("Location").map(l -> l.replace(base, "")).orElse("status " + r.statusCode());
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        }

        HttpResponse<String> post(String path, String body) {
            return form(path, body, get(path).body());
        }

        HttpResponse<String> form(String path, String body, String page) {
            return send(formRequest(path, body, page));
        }

        HttpResponse<byte[]> formBytes(String path, String body, String page) {
            try {
                return client.send(formRequest(path, body, page), HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private HttpRequest formRequest(String path, String body, String page) {
            Matcher m = CSRF.matcher(page);
            assertThat(m.find()).as("CSRF token on the page").isTrue();
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + enc(token))).build();
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
