package id.merit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Role;
import id.merit.support.Http;
import id.merit.support.MeritIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Accounts and the security fence on the running app: Basic API, lockout, headers, CSRF, POST /api/v1/users. */
@MeritIntegrationTest
class SecurityIT {
    private static final String ADMIN = "admin";
    private static final String ADMIN_PW = "Admin#Test2026";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    OpdCommands opds;
    @Autowired
    JdbcTemplate jdbc;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void apiAnswersProblemJson401WithoutOrWithBadCredentials() {
        HttpResponse<String> none = http.get("/api/v1/employees/1", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(none.body()).contains("\"status\":401");
        assertThat(http.get("/api/v1/employees/1", ADMIN, "wrong-password-1").statusCode()).isEqualTo(401);
    }

    @Test
    void apiIsStatelessNoSessionCookie() {
        HttpResponse<String> r = http.get("/api/v1/employees/nobody-" + System.nanoTime(), ADMIN, ADMIN_PW);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(r.body()).doesNotContain("Exception").contains("\"status\":404");
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() {
        String name = "lock" + System.nanoTime() % 1_000_000;
        users.createUnchecked(new NewUser(name, "Correct#Pass123", Role.OFFICER, null, null, null), false);
        assertThat(http.get("/api/v1/employees/x", name, "Correct#Pass123").statusCode()).isEqualTo(404);
        for (int i = 0; i < 4; i++) {
            assertThat(http.get("/api/v1/employees/x", name, "wrong" + i).statusCode()).isEqualTo(401);
        }
        // 4 failures: not locked yet
        assertThat(http.get("/api/v1/employees/x", name, "Correct#Pass123").statusCode()).isEqualTo(404);
        for (int i = 0; i < 5; i++) {
            http.get("/api/v1/employees/x", name, "wrong" + i);
        }
        assertThat(http.get("/api/v1/employees/x", name, "Correct#Pass123").statusCode()).isEqualTo(401);
        Integer lockedMinutes = jdbc.queryForObject("SELECT round(extract(epoch FROM locked_until - now()) / 60)::int "
                + "FROM identity.app_user WHERE username = ?", Integer.class, name);
        assertThat(lockedMinutes).isBetween(14, 15);
    }

    @Test
    void uiSendsSecurityHeaders() {
        HttpResponse<String> login = http.get("/login", null, null);
        assertThat(login.statusCode()).isEqualTo(200);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(csp.replaceAll("style-src[^;]*;", "")).doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.body()).doesNotContain("<script>").doesNotContain("onclick=");
    }

    @Test
    void oversizedFormUploadsAreRefusedBeforeAnythingReadsThem() {
        byte[] big = new byte[11 * 1024 * 1024];
        assertThat(http.upload("/attendance/excuses", "bukti.pdf", big, null, null).statusCode()).isEqualTo(413);
        // the import endpoints take large files (and then check who is asking)
        assertThat(http.upload("/api/v1/imports/holidays", "holidays.csv", big, null, null).statusCode()).isEqualTo(401);
    }

    // issue 7 §3: the limit checked only Content-Length, so a chunked body went through to the multipart parser
    @Test
    void chunkedBodiesOutsideTheImportsAreRefusedBeforeAnythingReadsThem() throws Exception {
        String answer = raw("POST /attendance/excuses HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: multipart/form-data; boundary=xyz\r\n\r\n400\r\n" + "x".repeat(1024) + "\r\n");
        assertThat(answer).startsWith("HTTP/1.1 411");
        answer = raw("POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/json\r\n\r\n10\r\n{\"username\":\"x\"\r\n");
        assertThat(answer).startsWith("HTTP/1.1 411");
    }

    // the CSRF filter reads the token from the body: an anonymous multipart body must not reach it
    @Test
    void anonymousMultipartBodiesAreNotParsed() throws Exception {
        // declares 150 MB (within the import limit), sends a few bytes: answered at once, the body never awaited
        String answer = raw("POST /imports/holidays HTTP/1.1\r\nHost: localhost\r\nContent-Length: 150000000\r\n"
                + "Content-Type: multipart/form-data; boundary=xyz\r\n\r\n--xyz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 403");
    }

    /** Sends raw bytes and returns the status line (the server must answer within 5 s without the rest of the body). */
    private String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
        } catch (java.net.SocketTimeoutException e) {
            return "no answer within 5 s: the server waited for the body";
        }
    }

    @Test
    void loginFormRequiresCsrfToken() {
        assertThat(http.postForm("/login", "username=admin&password=Admin%23Test2026").statusCode()).isEqualTo(403);
    }

    @Test
    void uiPagesAndTheApiDescriptionRedirectAnonymousUsersToLogin() {
        for (String path : new String[] {"/employees", "/v3/api-docs", "/swagger-ui.html"}) {
            HttpResponse<String> r = http.get(path, null, null);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(http.get("/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void adminCreatesUsersThroughTheApi() {
        String code = "SEC" + System.nanoTime() % 100000;
        opds.upsert(new OpdCommands.OpdData(code, "Unit " + code, OpdKind.DINAS, null, null, null, null));
        String name = "head" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = http.postJson("/api/v1/users",
                "{\"username\":\"" + name + "\",\"password\":\"Kepala#Opd2026\",\"role\":\"OPD_HEAD\",\"opdCode\":\"" + code + "\"}",
                ADMIN, ADMIN_PW);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"username\":\"" + name + "\"").contains("\"role\":\"OPD_HEAD\"")
                .contains("\"opdCode\":\"" + code + "\"").doesNotContain("password").doesNotContain("$2a$");
        String hash = jdbc.queryForObject("SELECT password_hash FROM identity.app_user WHERE username = ?", String.class, name);
        assertThat(hash).startsWith("$2a$").doesNotContain("Kepala#Opd2026");
        // the new account works and sees the API
        assertThat(http.get("/api/v1/employees/none", name, "Kepala#Opd2026").statusCode()).isEqualTo(404);
        // it may not create users
        assertThat(http.postJson("/api/v1/users", "{\"username\":\"x" + name + "\",\"password\":\"Another#Pass1\",\"role\":\"OFFICER\"}",
                name, "Kepala#Opd2026").statusCode()).isEqualTo(403);
    }

    @Test
    void userCreationRefusalsAre422WithTheField() {
        HttpResponse<String> weak = http.postJson("/api/v1/users", "{\"username\":\"weak" + System.nanoTime() % 100000
                + "\",\"password\":\"short\",\"role\":\"OFFICER\"}", ADMIN, ADMIN_PW);
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("\"field\":\"password\"").contains("Kata sandi minimal 10 karakter");
        HttpResponse<String> noOpd = http.postJson("/api/v1/users", "{\"username\":\"noopd" + System.nanoTime() % 100000
                + "\",\"password\":\"Good#Pass2026\",\"role\":\"OPD_HEAD\"}", ADMIN, ADMIN_PW);
        assertThat(noOpd.statusCode()).isEqualTo(422);
        assertThat(noOpd.body()).contains("\"field\":\"opdCode\"");
        HttpResponse<String> dup = http.postJson("/api/v1/users", "{\"username\":\"admin\",\"password\":\"Good#Pass2026\",\"role\":\"OFFICER\"}",
                ADMIN, ADMIN_PW);
        assertThat(dup.statusCode()).isEqualTo(422);
        assertThat(dup.body()).contains("\"field\":\"username\"");
        HttpResponse<String> noEmployee = http.postJson("/api/v1/users", "{\"username\":\"emp" + System.nanoTime() % 100000
                + "\",\"password\":\"Good#Pass2026\",\"role\":\"EMPLOYEE\",\"nip\":\"198503122010011002\"}", ADMIN, ADMIN_PW);
        assertThat(noEmployee.statusCode()).isEqualTo(422);
        assertThat(noEmployee.body()).contains("\"field\":\"nip\"");
    }
}
