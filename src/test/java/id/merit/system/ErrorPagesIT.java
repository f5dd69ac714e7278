package id.merit.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.io.IOException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 9 item 2: error pages a user can read — a translated 403, an HTML 404 for an unknown page (the API keeps
 * problem JSON), the NIP in "not found", a favicon — and the excuse form that keeps a foreign NIP with an inline error.
 */
@MeritIntegrationTest
class ErrorPagesIT {
    static final String PASSWORD = "Kepala#Uji2026";
    @LocalServerPort
    int port;
    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    String s;
    String head;
    String ownNip;
    String foreignNip;

    @BeforeEach
    void setUp() {
        s = String.valueOf(System.nanoTime() % 100_000);
        head = "kep" + s;
        LocalDate born = LocalDate.of(1988, 6, 1);
        ownNip = Nip.compose(born, YearMonth.of(2012, 3), 'F', Integer.parseInt(s) % 997 + 1);
        foreignNip = Nip.compose(born, YearMonth.of(2013, 3), 'M', Integer.parseInt(s) % 997 + 1);
        TestUsers.runAs(Role.ADMIN, null, null);
        try {
            opds.upsert(new OpdData("EP" + s, "Dinas Uji " + s, OpdKind.DINAS, null, null, null, null));
            opds.upsert(new OpdData("EQ" + s, "Badan Lain " + s, OpdKind.BADAN, null, null, null, null));
            employees.upsert(new EmployeeData(ownNip, "Siti Sendiri " + s, Gender.F, born, EmployeeType.PNS, "EP" + s, "III/a", "Perawat",
                    PositionKind.PELAKSANA, null, null, null, null));
            employees.upsert(new EmployeeData(foreignNip, "Budi Lain " + s, Gender.M, born, EmployeeType.PNS, "EQ" + s, "III/a", "Analis",
                    PositionKind.PELAKSANA, null, null, null, null));
            users.createUnchecked(new NewUser(head, PASSWORD, Role.OPD_HEAD, "EP" + s, null, "Kepala Dinas Uji"), false);
        } finally {
            TestUsers.clear();
        }
    }

    @Test
    void forbiddenPageHasATranslatedTitle() throws Exception {
        HttpResponse<String> r = login(head).get("/admin/users");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Akses ditolak").doesNotContain("??");
    }

    @Test
    void unknownPageIsAnHtml404AndUnknownApiAddressProblemJson() throws Exception {
        HttpResponse<String> page = login(head).get("/tidak-ada-halaman-ini");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Tidak ditemukan").contains("/favicon.svg");

        HttpResponse<String> api = new Http(port).get("/api/v1/tidak-ada", head, PASSWORD);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void notFoundNamesTheNip() throws Exception {
        String missing = Nip.compose(LocalDate.of(1970, 1, 1), YearMonth.of(1995, 1), 'M', 999);
        HttpResponse<String> r = login(head).get("/employees/" + missing);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains(missing).doesNotContain("[Ljava.lang.Object;");
    }

    @Test
    void faviconNeedsNoLogin() throws Exception {
        assertThat(new Session(port).get("/favicon.ico").statusCode()).isEqualTo(200);
        assertThat(new Session(port).get("/favicon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void excuseFormKeepsAForeignNipWithAnInlineErrorAndSearchesOnlyTheHeadsStaff() throws Exception {
        Session kepala = login(head);
        HttpResponse<String> form = kepala.get("/attendance/excuses/new");
        HttpResponse<String> r = kepala.post("/attendance/excuses", "nip=" + foreignNip + "&kind=SAKIT&startDate=2026-03-02&endDate=2026-03-03"
                + "&note=&_csrf=" + csrf(form.body()));
        assertThat(r.statusCode()).isEqualTo(403); // the refusal it is, with the form kept (nothing saved)
        assertThat(r.body()).contains("value=\"" + foreignNip + "\"").contains("is-invalid")
                .contains("bukan pegawai di OPD Anda").doesNotContain("Akses ditolak");

        HttpResponse<String> options = kepala.get("/attendance/excuses/new?nip=" + URLEncoder.encode("Siti  Sendiri", StandardCharsets.UTF_8),
                "HX-Request", "true");
        assertThat(options.body()).contains(ownNip).doesNotContain(foreignNip).doesNotContain("<html");
        assertThat(kepala.get("/attendance/excuses/new?nip=Budi", "HX-Request", "true").body()).doesNotContain(foreignNip);
    }

    private Session login(String username) throws IOException, InterruptedException {
        Session session = new Session(port);
        HttpResponse<String> r = session.post("/login", "username=" + username + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(session.get("/login").body()));
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return session;
    }

    private static String csrf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    /** A browser-like client: keeps cookies, does not follow redirects. */
    private static final class Session {
        private final String base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session(int port) {
            this.base = "http://localhost:" + port;
        }

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
