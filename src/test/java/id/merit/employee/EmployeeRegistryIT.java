package id.merit.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditEntry;
import id.merit.audit.AuditLog;
import id.merit.employee.domain.EmployeeCommandService;
import id.merit.employee.domain.EmployeeQueryService;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.shared.CurrentUser;
import id.merit.shared.Geo;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff registry end to end on PostgreSQL: the {@code /api/v1/employees/{nip}} contract with role and OPD scope
 * (interchange.md §1), the audit trail of views and changes, and the registry pages as a logged-in user sees them.
 * The application context (and database) is shared with other ITs: every code and NIP here is unique to this run.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeRegistryIT {

    private static final String PASSWORD = "Rahasia#Uji2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Run token: distinguishes this run's records from everything else in the shared database. */
    private final String run = "Q" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
    private final String dinas = "EMPIT-" + run;
    private final String upt = "EMPIT-" + run + "-UPT";
    private final String badan = "EMPIT-" + run + "-B";
    private final LocalDate rinaBorn = randomBirthDate();
    private final String rinaNip = Nip.compose(rinaBorn, YearMonth.from(rinaBorn.plusYears(24)), 'F', randomSequence());
    private final String pppkNumber = "PPPK-" + run;
    private final String phlNumber = "PHL-" + run;
    private final String headOfDinas = "kadis-" + run.toLowerCase();
    private final String headOfBadan = "kaban-" + run.toLowerCase();
    private final String rinaAccount = "rina-" + run.toLowerCase();

    @LocalServerPort
    int port;
    /** The test administrator created at start-up (src/test/resources/config/application.properties). */
    @Value("${merit.admin.username}")
    String adminUsername;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    OpdCommands opdCommands;
    @Autowired
    EmployeeCommands employeeCommands;
    @Autowired
    EmployeeQueryService employeeQueries;
    @Autowired
    EmployeeDirectory directory;
    @Autowired
    EmployeeCommandService employeeService;
    @Autowired
    UserService users;
    @Autowired
    AuditLog audit;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void registry() {
        opdCommands.upsert(new OpdData(dinas, "Dinas Pendidikan Uji " + run, OpdKind.DINAS, null, "Jl. Tjilik Riwut",
                new BigDecimal("-2.530000"), new BigDecimal("112.950000")));
        opdCommands.upsert(new OpdData(upt, "SMP Negeri Uji " + run, OpdKind.UPT, dinas, null, null, null));
        opdCommands.upsert(new OpdData(badan, "Badan Uji " + run, OpdKind.BADAN, null, null, null, null));

        employeeCommands.upsert(new EmployeeData(rinaNip, "Rina Wulandari " + run, Gender.F, rinaBorn, EmployeeType.PNS, dinas,
                "III/c", "Guru Ahli Muda", PositionKind.FUNGSIONAL, PositionLevel.AHLI_MUDA, FunctionalProfession.GURU,
                new BigDecimal("-2.548926"), new BigDecimal("112.951287")));
        employeeCommands.upsert(new EmployeeData(pppkNumber, "Agus Pratama " + run, Gender.M, LocalDate.of(1992, 4, 9),
                EmployeeType.PPPK, upt, null, "Penata Layanan Operasional", PositionKind.PELAKSANA, null, null, null, null));
        employeeCommands.upsert(new EmployeeData(phlNumber, "Dewi Lestari " + run, Gender.F, LocalDate.of(1998, 11, 23),
                EmployeeType.NON_ASN_PHL, badan, null, "Petugas Kebersihan", PositionKind.PELAKSANA, null, null, null, null));
        employeeCommands.upsertPosition(rinaNip, new PositionRecord("Guru Ahli Muda", PositionKind.FUNGSIONAL,
                PositionLevel.AHLI_MUDA, dinas, LocalDate.of(2019, 1, 1), null));
        employeeCommands.upsertTraining(rinaNip, new TrainingRecord(TrainingKind.TEKNIS, "Diklat Kurikulum Merdeka", 32,
                LocalDate.of(2025, 6, 30)));

        users.createUnchecked(new NewUser(headOfDinas, PASSWORD, Role.OPD_HEAD, dinas, null, "Kepala Dinas"), false);
        users.createUnchecked(new NewUser(headOfBadan, PASSWORD, Role.OPD_HEAD, badan, null, "Kepala Badan"), false);
        users.createUnchecked(new NewUser(rinaAccount, PASSWORD, Role.EMPLOYEE, null, rinaNip, "Rina"), false);
    }

    // ------------------------------------------------------------------ API

    @Test
    void adminGetsTheExactRecord() throws Exception {
        HttpResponse<String> res = api(adminUsername, adminPassword, rinaNip);

        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(res.headers().firstValue("Set-Cookie")).as("the API is stateless").isEmpty();
        JsonNode json = JSON.readTree(res.body());
        assertThat(fieldNames(json)).containsExactlyInAnyOrder("nip", "name", "gender", "birthDate", "employeeType", "opdCode",
                "opdName", "rank", "positionName", "positionKind", "positionLevel", "functionalProfession", "homeLat", "homeLon",
                "distanceKm");
        assertThat(json.get("nip").asString()).isEqualTo(rinaNip);
        assertThat(json.get("name").asString()).isEqualTo("Rina Wulandari " + run);
        assertThat(json.get("gender").asString()).isEqualTo("F");
        assertThat(json.get("birthDate").asString()).isEqualTo(rinaBorn.toString());
        assertThat(json.get("employeeType").asString()).isEqualTo("PNS");
        assertThat(json.get("opdCode").asString()).isEqualTo(dinas);
        assertThat(json.get("opdName").asString()).isEqualTo("Dinas Pendidikan Uji " + run);
        assertThat(json.get("rank").asString()).isEqualTo("III/c");
        assertThat(json.get("positionName").asString()).isEqualTo("Guru Ahli Muda");
        assertThat(json.get("positionKind").asString()).isEqualTo("FUNGSIONAL");
        assertThat(json.get("positionLevel").asString()).isEqualTo("AHLI_MUDA");
        assertThat(json.get("functionalProfession").asString()).isEqualTo("GURU");
        assertThat(json.get("homeLat").isNumber()).isTrue();
        assertThat(json.get("homeLat").asDouble()).isEqualTo(-2.548926);
        assertThat(json.get("homeLon").asDouble()).isEqualTo(112.951287);
        double expectedKm = Math.round(Geo.distanceKm(-2.548926, 112.951287, -2.53, 112.95) * 10) / 10.0;
        assertThat(expectedKm).isBetween(2.0, 2.2);
        assertThat(json.get("distanceKm").isNumber()).isTrue();
        assertThat(json.get("distanceKm").asDouble()).isEqualTo(expectedKm);
    }

    @Test
    void honoraryStaffHaveNullsNotMissingFields() throws Exception {
        JsonNode json = JSON.readTree(api(adminUsername, adminPassword, phlNumber).body());

        assertThat(json.get("employeeType").asString()).isEqualTo("NON_ASN_PHL");
        assertThat(json.get("rank").isNull()).isTrue();
        assertThat(json.get("positionLevel").isNull()).isTrue();
        assertThat(json.get("homeLat").isNull()).isTrue();
        assertThat(json.get("distanceKm").isNull()).isTrue();
    }

    @Test
    void opdHeadSeesTheirOpdAndItsSubUnitsOnly() throws Exception {
        assertThat(api(headOfDinas, PASSWORD, rinaNip).statusCode()).isEqualTo(200);
        assertThat(api(headOfDinas, PASSWORD, pppkNumber).statusCode()).as("staff of a sub-unit").isEqualTo(200);
        assertProblem(api(headOfDinas, PASSWORD, phlNumber), 403);
        assertProblem(api(headOfBadan, PASSWORD, rinaNip), 403);
        assertThat(api(headOfBadan, PASSWORD, phlNumber).statusCode()).isEqualTo(200);
    }

    @Test
    void employeeSeesOnlyThemself() throws Exception {
        assertThat(api(rinaAccount, PASSWORD, rinaNip).statusCode()).isEqualTo(200);
        assertProblem(api(rinaAccount, PASSWORD, pppkNumber), 403);
    }

    @Test
    void unknownNipIsA404Problem() throws Exception {
        HttpResponse<String> res = api(adminUsername, adminPassword, "NOBODY-" + run);

        assertProblem(res, 404);
        assertThat(JSON.readTree(res.body()).get("detail").asString()).contains("NOBODY-" + run);
    }

    @Test
    void missingOrWrongCredentialsAre401() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(url("/api/v1/employees/" + rinaNip)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(api(adminUsername, "wrong-password-1", rinaNip).statusCode()).isEqualTo(401);
    }

    // ------------------------------------------------------------------ audit trail

    @Test
    void auditTrailHoldsTheViewAndTheUpdateWithOldAndNewValues() throws Exception {
        LocalDate born = randomBirthDate();
        String nip = Nip.compose(born, YearMonth.from(born.plusYears(23)), 'M', randomSequence());
        EmployeeData original = new EmployeeData(nip, "Hendra Gunawan", Gender.M, born, EmployeeType.PNS, dinas, "III/a",
                "Analis Kepegawaian Ahli Pertama", PositionKind.FUNGSIONAL, PositionLevel.AHLI_PERTAMA, null, null, null);
        assertThat(employeeCommands.upsert(original)).isEqualTo(Outcome.CREATED);

        assertThat(api(adminUsername, adminPassword, nip).statusCode()).isEqualTo(200);
        asAdmin(() -> {
            EmployeeRef ref = directory.ref(nip).orElseThrow();
            int version = asAdmin(() -> employeeQueries.get(nip)).version();
            employeeService.update(ref.id(), new EmployeeData(nip, "Hendra Gunawan, S.AP.", Gender.M, born, EmployeeType.PNS,
                    dinas, "III/b", "Analis Kepegawaian Ahli Pertama", PositionKind.FUNGSIONAL, PositionLevel.AHLI_PERTAMA,
                    null, null, null), version);
            return null;
        });

        List<AuditEntry> history = audit.history(EmployeeCommandService.AUDIT_TYPE, nip, 100);
        assertThat(history).extracting(AuditEntry::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.VIEW, AuditAction.VIEW, AuditAction.CREATE);
        assertThat(history.stream().filter(e -> e.action() == AuditAction.VIEW).map(AuditEntry::actor))
                .contains(adminUsername);
        AuditEntry update = history.get(0);
        assertThat(update.actor()).isEqualTo("it-admin");
        assertThat(update.changedFields()).containsExactly("name", "rank");
        assertThat(update.oldValue("name")).isEqualTo("Hendra Gunawan");
        assertThat(update.newValue("name")).isEqualTo("Hendra Gunawan, S.AP.");
        assertThat(update.oldValue("rank")).isEqualTo("III/a");
        assertThat(update.newValue("rank")).isEqualTo("III/b");

        // the same history on the record's page, for BKPSDM staff
        Browser admin = login(adminUsername, adminPassword);
        String page = admin.get("/employees/" + nip).body();
        assertThat(page).contains("Riwayat Perubahan", "it-admin", "Diubah", "<del>III/a</del>", "<ins>III/b</ins>",
                "<ins>Hendra Gunawan, S.AP.</ins>");
    }

    @Test
    void staleVersionIsRefused() {
        EmployeeRef ref = directory.ref(pppkNumber).orElseThrow();
        EmployeeData data = new EmployeeData(pppkNumber, "Agus Pratama " + run, Gender.M, LocalDate.of(1992, 4, 9),
                EmployeeType.PPPK, upt, null, "Penata Layanan Operasional", PositionKind.PELAKSANA, null, null, null, null);
        int current = asAdmin(() -> employeeQueries.get(pppkNumber)).version();

        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(id.merit.shared.BusinessProblem.class,
                () -> asAdmin(() -> {
                    employeeService.update(ref.id(), data, current + 1);
                    return null;
                })).messageKey()).isEqualTo("form.error.stale");
    }

    // ------------------------------------------------------------------ list scope (EmployeeQueryService.search)

    @Test
    void searchIsScopedByRoleAndOpd() {
        EmployeeFilter mine = new EmployeeFilter(run, null, null, null, null);

        assertThat(names(asUser(new CurrentUser("it-admin", Role.ADMIN, null, null),
                () -> employeeQueries.search(mine, "name", 0, 25).items())))
                .containsExactly("Agus Pratama " + run, "Dewi Lestari " + run, "Rina Wulandari " + run);
        assertThat(names(asUser(new CurrentUser(headOfDinas, Role.OPD_HEAD, dinas, null),
                () -> employeeQueries.search(mine, "-name", 0, 25).items())))
                .containsExactly("Rina Wulandari " + run, "Agus Pratama " + run);
        assertThat(names(asUser(new CurrentUser(headOfDinas, Role.OPD_HEAD, dinas, null),
                () -> employeeQueries.searchAll(mine, "name"))))
                .containsExactly("Agus Pratama " + run, "Rina Wulandari " + run);
        assertThat(names(asUser(new CurrentUser(rinaAccount, Role.EMPLOYEE, null, rinaNip),
                () -> employeeQueries.search(EmployeeFilter.NONE, "name", 0, 25).items())))
                .containsExactly("Rina Wulandari " + run);
        assertThat(asUser(new CurrentUser("it-assessor", Role.ASSESSOR, null, null),
                () -> employeeQueries.search(mine, "name", 0, 25).total())).isZero();
    }

    @Test
    void sortingByOpdFollowsTheOpdNameNotTheOrderOfCreation() {
        // created Dinas, SMP, Badan: by name Badan < Dinas < SMP
        EmployeeFilter mine = new EmployeeFilter(run, null, null, null, null);
        CurrentUser admin = new CurrentUser("it-admin", Role.ADMIN, null, null);
        assertThat(names(asUser(admin, () -> employeeQueries.search(mine, "opd", 0, 25).items())))
                .containsExactly("Dewi Lestari " + run, "Rina Wulandari " + run, "Agus Pratama " + run);
        assertThat(names(asUser(admin, () -> employeeQueries.search(mine, "-opd", 0, 2).items())))
                .containsExactly("Agus Pratama " + run, "Rina Wulandari " + run);
        assertThat(asUser(admin, () -> employeeQueries.search(mine, "-opd", 0, 2).total())).isEqualTo(3);
        assertThat(names(asUser(admin, () -> employeeQueries.searchAll(mine, "-opd"))))
                .containsExactly("Agus Pratama " + run, "Rina Wulandari " + run, "Dewi Lestari " + run);
    }

    // ------------------------------------------------------------------ pages

    @Test
    void officerListsFiltersExportsAndCreatesThroughThePages() throws Exception {
        Browser admin = login(adminUsername, adminPassword);

        HttpResponse<String> list = admin.get("/employees?q=" + run + "&sort=-name");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"employee-filter\"", "3 pegawai")
                .containsSubsequence("Rina Wulandari " + run, "Dewi Lestari " + run, "Agus Pratama " + run);

        HttpResponse<String> rows = admin.get("/employees?q=" + run + "&type=PNS", "HX-Request", "true");
        assertThat(rows.body().strip()).startsWith("<div id=\"employee-rows\"");
        assertThat(rows.body()).contains("Rina Wulandari " + run, "1 pegawai").doesNotContain("Dewi Lestari", "<html");

        HttpResponse<byte[]> export = admin.getBytes("/employees/export.xlsx?q=" + run);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).matches("attachment; filename=\"pegawai-\\d{8}\\.xlsx\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Nama");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("Agus Pratama " + run);
        }

        String detail = admin.get("/employees/" + rinaNip).body();
        assertThat(detail).contains("Rina Wulandari " + run, "III/c – Penata", "Guru Ahli Muda", "Diklat Kurikulum Merdeka",
                "id=\"attendance-panel\"", "href=\"/opds/" + dinas + "\"", "Riwayat Perubahan");

        String form = admin.get("/employees/new").body();
        // a separate token: this record must not show up in the other tests' searches for the run token
        String token = "Z" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String newNumber = "PHT-" + token;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf(form));
        fields.put("nip", newNumber);
        fields.put("name", "Yusuf Maulana " + token);
        fields.put("gender", "M");
        fields.put("birthDate", "1995-02-03");
        fields.put("employeeType", "NON_ASN_PHT");
        fields.put("opdCode", upt);
        fields.put("rank", "");
        fields.put("positionName", "Operator Sekolah");
        fields.put("positionKind", "PELAKSANA");
        HttpResponse<String> created = admin.post("/employees/new", fields);
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/employees/" + newNumber);
        assertThat(admin.get("/employees/" + newNumber).body()).contains("Pegawai Yusuf Maulana " + token + " berhasil ditambahkan.");
        assertThat(directory.ref(newNumber)).hasValueSatisfying(r -> assertThat(r.employeeType()).isEqualTo(EmployeeType.NON_ASN_PHT));
    }

    @Test
    void opdHeadListsOnlyTheirStaffAndCannotOpenTheForm() throws Exception {
        Browser head = login(headOfDinas, PASSWORD);

        String list = head.get("/employees?q=" + run).body();
        assertThat(list).contains("Rina Wulandari " + run, "Agus Pratama " + run).doesNotContain("Dewi Lestari " + run);
        assertThat(head.get("/employees/" + phlNumber).statusCode()).isEqualTo(403);
        assertThat(head.get("/employees/new").statusCode()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> api(String username, String password, String nip) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(url("/api/v1/employees/" + nip)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> res, int status) {
        assertThat(res.statusCode()).isEqualTo(status);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(res.body()).doesNotContain("Exception", "\tat ");
    }

    private static List<String> fieldNames(JsonNode json) {
        return json.propertyNames().stream().toList();
    }

    private static List<String> names(List<EmployeeView> views) {
        return views.stream().map(EmployeeView::name).collect(Collectors.toList());
    }

    private <T> T asAdmin(Supplier<T> work) {
        return asUser(new CurrentUser("it-admin", Role.ADMIN, null, null), work);
    }

    /** Runs service calls as this user (method security and scope read the SecurityContext), then clears it. */
    private static <T> T asUser(CurrentUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        MeritUserDetails principal = new MeritUserDetails(user, "x", true, false, user.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            if (previous.getAuthentication() == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.setContext(previous);
            }
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static LocalDate randomBirthDate() {
        return LocalDate.of(1965, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 35));
    }

    private static int randomSequence() {
        return ThreadLocalRandom.current().nextInt(1, 1000);
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF field in the page").isTrue();
        return m.group(1);
    }

    private Browser login(String username, String password) throws Exception {
        Browser b = new Browser();
        String token = csrf(b.get("/login").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", token);
        HttpResponse<String> res = b.post("/login", form);
        assertThat(res.statusCode()).isEqualTo(302);
        assertThat(res.headers().firstValue("Location").orElseThrow()).doesNotContain("error", "locked");
        return b;
    }

    /** A cookie-keeping client that does not follow redirects: one logged-in browser session. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder req = HttpRequest.newBuilder(url(path));
            for (int i = 0; i < headers.length; i += 2) {
                req.header(headers[i], headers[i + 1]);
            }
            return client.send(req.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> getBytes(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
