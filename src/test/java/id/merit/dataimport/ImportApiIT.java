package id.merit.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.identity.NewUser;
import id.merit.identity.domain.UserService;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * interchange.md §2 over HTTP: real multipart uploads with Basic auth against the whole application on PostgreSQL.
 * The database is shared with other IT classes, so each test writes its own OPD codes ({@code T<tag>-...}) and NIPs
 * (sequence {@code seq}) from the sample files in {@code src/test/resources/imports/}.
 */
@MeritIntegrationTest
class ImportApiIT {

    private static final String ADMIN = "admin";
    private static final String USER_PASSWORD = "Rahasia#2026x";
    /** NIP sequence numbers 100–999, unique per test within the JVM (the test database is fresh per JVM). */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100 + ThreadLocalRandom.current().nextInt(600));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    /** Admin#Test2026 in the test configuration. */
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    id.merit.dataimport.domain.ImportService service;

    private RestClient http;
    private String tag;
    private String seq;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36)
                .toUpperCase(Locale.ROOT);
        seq = String.valueOf(SEQUENCE.getAndIncrement());
    }

    // ------------------------------------------------------------------ happy path, idempotency, updates

    @Test
    void masterDataKindsImportInOrder() {
        assertCounts(post("opds", sample("opds.csv"), "opds-" + tag + ".csv"), 200, 4, 0);
        assertCounts(post("employees", sample("employees.csv")), 200, 5, 0);
        assertCounts(post("positions", sample("positions.csv")), 200, 3, 0);
        assertCounts(post("education", sample("education.csv")), 200, 4, 0);
        assertCounts(post("trainings", sample("trainings.csv")), 200, 3, 0);

        assertThat(count("SELECT count(*) FROM orgunit.opd WHERE code LIKE ?", "T" + tag + "-%")).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT p.code FROM orgunit.opd o JOIN orgunit.opd p ON p.id = o.parent_id WHERE o.code = ?",
                String.class, "T" + tag + "-PKM1")).isEqualTo("T" + tag + "-DINKES");
        assertThat(jdbc.queryForObject("SELECT name FROM orgunit.opd WHERE code = ?", String.class, "T" + tag + "-PKM1"))
                .isEqualTo("UPT Puskesmas Kota, Medan Baru");
        assertThat(count("SELECT count(*) FROM employee.employee WHERE nip IN (?, ?, ?, ?, ?)", ahmad(), rina(), bayu(),
                "P" + tag + "-0001", "H" + tag + "-0002")).isEqualTo(5);
        assertThat(jdbc.queryForMap("SELECT name, rank, position_kind, home_lat, birth_date FROM employee.employee WHERE nip = ?", rina()))
                .containsEntry("name", "dr. Rina Lubis, M.Kes").containsEntry("rank", "III/b").containsEntry("position_kind", "FUNGSIONAL")
                .containsEntry("home_lat", null);
        assertThat(jdbc.queryForObject("SELECT home_lat FROM employee.employee WHERE nip = ?", java.math.BigDecimal.class, ahmad()))
                .isEqualByComparingTo("3.5952");
        assertThat(count("SELECT count(*) FROM employee.position_history h JOIN employee.employee e ON e.id = h.employee_id "
                + "WHERE e.nip = ?", ahmad())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM employee.position_history h JOIN employee.employee e ON e.id = h.employee_id "
                + "WHERE e.nip = ? AND h.end_date IS NULL", ahmad())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM employee.education x JOIN employee.employee e ON e.id = x.employee_id "
                + "WHERE e.nip IN (?, ?, ?)", ahmad(), rina(), "P" + tag + "-0001")).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT t.hours FROM employee.training t JOIN employee.employee e ON e.id = t.employee_id "
                + "WHERE e.nip = ? AND t.kind = 'KEPEMIMPINAN'", Integer.class, ahmad())).isEqualTo(120);
        assertThat(jdbc.queryForList("SELECT actor FROM audit.audit_event WHERE action = 'IMPORT' AND entity_type = 'IMPORT' "
                + "AND entity_key = 'opds' AND summary LIKE ?", String.class, "opds-" + tag + ".csv: 4 accepted%")).containsExactly(ADMIN);
    }

    @Test
    void reimportCountsDuplicatesAndChangedRowsUpdate() {
        post("opds", sample("opds.csv"));
        post("employees", sample("employees.csv"));
        post("positions", sample("positions.csv"));
        jdbc.update("UPDATE employee.employee SET phone = '0812-555-0101' WHERE nip = ?", ahmad());
        jdbc.update("UPDATE orgunit.opd SET latitude = 3.5801, longitude = 98.6602 WHERE code = ?", "T" + tag + "-DINKES");

        assertCounts(post("opds", sample("opds.csv"), "again-" + tag + ".csv"), 200, 0, 4);
        assertCounts(post("employees", sample("employees.csv")), 200, 0, 5);
        assertCounts(post("positions", sample("positions.csv")), 200, 0, 3);
        assertThat(count("SELECT count(*) FROM audit.audit_event WHERE action = 'IMPORT' AND summary LIKE ?", "again-" + tag + "%"))
                .isZero();

        String promoted = sample("employees.csv").replace(",III/d,Kepala Seksi", ",IV/a,Kepala Seksi");
        assertCounts(post("employees", promoted), 200, 1, 4);
        assertThat(jdbc.queryForMap("SELECT rank, phone FROM employee.employee WHERE nip = ?", ahmad()))
                .containsEntry("rank", "IV/a").containsEntry("phone", "0812-555-0101");

        String renamed = sample("opds.csv").replace("Dinas Kesehatan", "Dinas Kesehatan dan KB");
        assertCounts(post("opds", renamed), 200, 1, 3);
        assertThat(jdbc.queryForMap("SELECT name, latitude FROM orgunit.opd WHERE code = ?", "T" + tag + "-DINKES"))
                .containsEntry("name", "Dinas Kesehatan dan KB")
                .hasEntrySatisfying("latitude", v -> assertThat((java.math.BigDecimal) v).isEqualByComparingTo("3.5801"));

        String identicalRepeat = sample("positions.csv") + lines(sample("positions.csv")).get(1) + "\n";
        assertCounts(post("positions", identicalRepeat), 200, 0, 4);
    }

    // ------------------------------------------------------------------ atomicity, dry run

    @Test
    void oneBadRowStoresNothing() {
        String badOpds = sample("opds.csv") + "T" + tag + "-DISDIK,Dinas Pendidikan,kantor,\r\n";
        Reply opds = post("opds", badOpds);
        assertCounts(opds, 422, 0, 0);
        assertThat(opds.rejected()).hasSize(1);
        assertThat(opds.rejected().get(0).get("line").asLong()).isEqualTo(6);
        assertThat(opds.rejected().get(0).get("field").asString()).isEqualTo("kind");
        assertThat(opds.rejected().get(0).get("message").asString())
                .contains("Nilai \"kantor\" pada kolom kind tidak dikenal").contains(" / ").contains("Unknown value \"kantor\" in column kind");
        assertThat(count("SELECT count(*) FROM orgunit.opd WHERE code LIKE ?", "T" + tag + "-%")).isZero();

        post("opds", sample("opds.csv"));
        Reply employees = post("employees", sample("employees-one-bad-row.csv"));
        assertCounts(employees, 422, 0, 0);
        assertThat(employees.rejected()).singleElement().satisfies(r -> {
            assertThat(r.get("line").asLong()).isEqualTo(3);
            assertThat(r.get("field").asString()).isEqualTo("gender");
        });
        assertThat(count("SELECT count(*) FROM employee.employee WHERE nip IN (?, ?, ?)", ahmad(), rina(), "P" + tag + "-0001"))
                .isZero();
        assertThat(count("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' AND entity_key = ?", ahmad())).isZero();
    }

    @Test
    void dryRunValidatesAndStoresNothing() {
        Reply dry = post("opds?dryRun=true", sample("opds.csv"), "dry-" + tag + ".csv");
        assertCounts(dry, 200, 0, 0);
        assertThat(count("SELECT count(*) FROM orgunit.opd WHERE code LIKE ?", "T" + tag + "-%")).isZero();

        Reply dryBad = post("opds?dryRun=true", sample("opds.csv").replace(",UPT,", ",PUSKESMAS,"));
        assertCounts(dryBad, 422, 0, 0);
        // codes are matched without regard to case (interchange.md §2): "upt" is the kind UPT
        assertCounts(post("opds?dryRun=true", sample("opds.csv").replace(",UPT,", ",upt,")), 200, 0, 0);
        assertThat(dryBad.rejected()).hasSize(1);

        assertCounts(post("opds", sample("opds.csv")), 200, 4, 0);
        assertCounts(post("employees?dryRun=true", sample("employees.csv")), 200, 0, 0);
        assertThat(count("SELECT count(*) FROM employee.employee WHERE nip IN (?, ?)", ahmad(), "P" + tag + "-0001")).isZero();
        // A dry run counts what a real import would call duplicates.
        assertCounts(post("opds?dryRun=true", sample("opds.csv").replace("Dinas Kesehatan", "Dinkes")), 200, 0, 3);
        assertThat(jdbc.queryForObject("SELECT name FROM orgunit.opd WHERE code = ?", String.class, "T" + tag + "-DINKES"))
                .isEqualTo("Dinas Kesehatan");
        assertThat(count("SELECT count(*) FROM audit.audit_event WHERE action = 'IMPORT' AND summary LIKE ?", "dry-" + tag + "%")).isZero();
    }

    // ------------------------------------------------------------------ xlsx and unreadable files

    @Test
    void xlsxUploadWorks() throws IOException {
        List<List<String>> opds = lines(sample("opds.csv")).stream().map(ImportApiIT::cells).toList();
        assertCounts(post("opds", xlsx(opds, -1, false), "opds.xlsx"), 200, 4, 0);

        String registration = "9" + seq + "01";
        List<List<String>> employees = new ArrayList<>();
        employees.add(cells(lines(sample("employees.csv")).get(0)));
        employees.add(cells(lines(sample("employees.csv")).get(1)));
        employees.add(Arrays.asList(registration, "Ucok Harahap", "M", "1990-05-06", "NON_ASN_PHT", "T" + tag + "-KEC", "", "",
                "", "", "", "", "", ""));
        // birth_date (column 3) as real date cells, the registration number as a numeric cell
        assertCounts(post("employees", xlsx(employees, 3, true), "pegawai.xlsx"), 200, 2, 0);
        assertThat(jdbc.queryForObject("SELECT birth_date FROM employee.employee WHERE nip = ?", LocalDate.class, registration))
                .isEqualTo(LocalDate.of(1990, 5, 6));
        assertThat(jdbc.queryForObject("SELECT birth_date FROM employee.employee WHERE nip = ?", LocalDate.class, ahmad()))
                .isEqualTo(LocalDate.of(1983, 7, 19));

        List<List<String>> numericNip = List.of(employees.get(0), cells(lines(sample("employees.csv")).get(2)));
        Reply lossy = post("employees", xlsxNumericFirstColumn(numericNip), "nip-angka.xlsx");
        assertCounts(lossy, 422, 0, 0);
        assertThat(lossy.rejected()).singleElement().satisfies(r -> {
            assertThat(r.get("line").asLong()).isEqualTo(2);
            assertThat(r.get("field").asString()).isEqualTo("nip");
            assertThat(r.get("message").asString()).contains("Excel");
        });
    }

    @Test
    void unreadableFilesAre422WithOneProblemAtLineOne() {
        Reply missing = post("opds", "code,name,kind\nT" + tag + "-X,X,DINAS\n");
        assertCounts(missing, 422, 0, 0);
        assertThat(missing.rejected()).singleElement().satisfies(r -> {
            assertThat(r.get("line").asLong()).isEqualTo(1);
            assertThat(r.get("field").asString()).isEqualTo("parent_code");
            assertThat(r.get("message").asString()).contains("parent_code").contains(" / ");
        });
        Reply upperCase = post("opds", "CODE,NAME,KIND,PARENT_CODE\nT" + tag + "-X,X,DINAS,\n");
        assertThat(upperCase.status()).isEqualTo(422);
        assertThat(upperCase.rejected().get(0).get("message").asString()).contains("code, name, kind, parent_code");

        Reply latin1 = post("opds", ("code,name,kind,parent_code\nT" + tag + "-X,Dinas Perhubungan Ñ,DINAS,\n")
                .getBytes(StandardCharsets.ISO_8859_1), "latin1.csv");
        assertCounts(latin1, 422, 0, 0);
        assertThat(latin1.rejected().get(0).get("message").asString()).contains("UTF-8");
        assertThat(latin1.rejected().get(0).get("line").asLong()).isEqualTo(1);

        Reply semicolons = post("opds", "code;name;kind;parent_code\nT" + tag + "-X;X;DINAS;\n");
        assertThat(semicolons.status()).isEqualTo(422);
        assertThat(semicolons.rejected().get(0).get("message").asString()).contains(";");

        assertCounts(post("opds", ""), 422, 0, 0);
        assertCounts(post("opds", new byte[] {'P', 'K', 3, 4, 0, 0, 1}, "broken.xlsx"), 422, 0, 0);
        assertThat(count("SELECT count(*) FROM orgunit.opd WHERE code LIKE ?", "T" + tag + "-%")).isZero();
    }

    // ------------------------------------------------------------------ security and errors

    @Test
    void rolesCredentialsAndErrors() {
        post("opds", sample("opds.csv"));
        post("employees", sample("employees.csv"));
        String officer = "officer-" + tag.toLowerCase(Locale.ROOT);
        String head = "head-" + tag.toLowerCase(Locale.ROOT);
        String employee = "emp-" + tag.toLowerCase(Locale.ROOT);
        users.createUnchecked(new NewUser(officer, USER_PASSWORD, Role.OFFICER, null, null, "Petugas"), false);
        users.createUnchecked(new NewUser(head, USER_PASSWORD, Role.OPD_HEAD, "T" + tag + "-DINKES", null, "Kepala"), false);
        users.createUnchecked(new NewUser(employee, USER_PASSWORD, Role.EMPLOYEE, null, "P" + tag + "-0001", "Sri"), false);

        Reply byOfficer = post("positions", sample("positions.csv"), "positions.csv", officer, USER_PASSWORD);
        assertCounts(byOfficer, 200, 3, 0);
        assertThat(jdbc.queryForList("SELECT actor FROM audit.audit_event WHERE action = 'IMPORT' AND entity_key = 'positions' "
                + "AND actor = ?", String.class, officer)).hasSize(1);

        for (String user : List.of(head, employee)) {
            Reply denied = post("education", sample("education.csv"), "education.csv", user, USER_PASSWORD);
            assertThat(denied.status()).as(user).isEqualTo(403);
            assertThat(denied.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(count("SELECT count(*) FROM employee.education x JOIN employee.employee e ON e.id = x.employee_id "
                + "WHERE e.nip = ?", ahmad())).isZero();

        Reply anonymous = post("opds", sample("opds.csv"), "opds.csv", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(post("opds", sample("opds.csv"), "opds.csv", ADMIN, "wrong-password").status()).isEqualTo(401);

        Reply unknown = post("salaries", "nip\n1\n");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("salaries");

        ResponseEntity<String> noFile = http.post().uri("/api/v1/imports/opds")
                .headers(h -> h.setBasicAuth(ADMIN, adminPassword))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(multipart("other", "x".getBytes(StandardCharsets.UTF_8), "x.csv"))
                .retrieve().toEntity(String.class);
        assertThat(noFile.getStatusCode().value()).isEqualTo(400);
        assertThat(String.valueOf(noFile.getHeaders().getContentType())).isEqualTo("application/problem+json");
        assertThat(noFile.getBody()).contains("\"status\":400").contains("file");
        assertThat(noFile.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();

        ResponseEntity<String> notMultipart = http.post().uri("/api/v1/imports/opds")
                .headers(h -> h.setBasicAuth(ADMIN, adminPassword))
                .contentType(MediaType.TEXT_PLAIN).body(sample("opds.csv")).retrieve().toEntity(String.class);
        assertThat(notMultipart.getStatusCode().value()).isEqualTo(400);

        for (Reply r : List.of(byOfficer, anonymous, unknown)) {
            assertThat(r.headers().get(HttpHeaders.SET_COOKIE)).as("no session cookie").isNull();
        }
    }

    @Test
    void serviceRefusesCallersWithoutAnImportRole() {
        var details = new id.merit.identity.domain.MeritUserDetails(
                new id.merit.shared.CurrentUser("regent", Role.REGENT, null, null), "x", true, false, "Bupati");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.run("opds", "x.csv",
                    target -> java.nio.file.Files.writeString(target, sample("opds.csv")), java.util.Map.of(), false))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(count("SELECT count(*) FROM orgunit.opd WHERE code LIKE ?", "T" + tag + "-%")).isZero();
    }

    // ------------------------------------------------------------------ volume

    @Test
    void fiveThousandEmployeesImportWellUnderAMinute() {
        assertCounts(post("opds", "code,name,kind,parent_code\nT" + tag + "-BIG,Dinas Besar,DINAS,\n"), 200, 1, 0);
        StringBuilder csv = new StringBuilder(String.join(",", List.of("nip", "name", "gender", "birth_date", "employee_type",
                "opd_code", "rank", "position_name", "position_kind", "position_level", "functional_profession", "home_lat",
                "home_lon"))).append('\n');
        LocalDate firstBirthday = LocalDate.of(1960, 1, 1);
        for (int i = 0; i < 5000; i++) {
            LocalDate born = firstBirthday.plusDays(i);
            char gender = i % 2 == 0 ? 'M' : 'F';
            String nip = Nip.compose(born, YearMonth.from(born.plusYears(25)), gender, Integer.parseInt(seq));
            csv.append(nip).append(",Pegawai ").append(i).append(',').append(gender).append(',').append(born)
                    .append(",PNS,T").append(tag).append("-BIG,").append(i % 3 == 0 ? "III/a" : "II/c")
                    .append(",Pelaksana,PELAKSANA,,,").append(i % 4 == 0 ? "-6.2,106.8" : ",").append('\n');
        }

        long started = System.nanoTime();
        Reply first = post("employees", csv.toString(), "big.csv");
        Duration firstTook = Duration.ofNanos(System.nanoTime() - started);
        assertCounts(first, 200, 5000, 0);

        started = System.nanoTime();
        Reply again = post("employees", csv.toString(), "big.csv");
        Duration againTook = Duration.ofNanos(System.nanoTime() - started);
        assertCounts(again, 200, 0, 5000);

        System.out.printf("5000 employees: first import %d ms, re-import %d ms%n", firstTook.toMillis(), againTook.toMillis());
        assertThat(firstTook).isLessThan(Duration.ofSeconds(60));
        assertThat(againTook).isLessThan(Duration.ofSeconds(60));
        assertThat(count("SELECT count(*) FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id WHERE o.code = ?",
                "T" + tag + "-BIG")).isEqualTo(5000);
    }

    // ------------------------------------------------------------------ helpers

    record Reply(int status, String contentType, HttpHeaders headers, JsonNode json) {
        List<JsonNode> rejected() {
            List<JsonNode> out = new ArrayList<>();
            json.get("rejected").forEach(out::add);
            return out;
        }
    }

    private String ahmad() {
        return "198307192008011" + seq;
    }

    private String rina() {
        return "199102232015032" + seq;
    }

    private String bayu() {
        return "199512012024021" + seq;
    }

    private String sample(String name) {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/imports/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{T}}", tag).replace("{{S}}", seq);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String csv) {
        return List.of(csv.split("\r?\n"));
    }

    /** Splits a sample line into cells (the samples quote only values holding a comma). */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private long count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }

    private static void assertCounts(Reply reply, int status, long accepted, long duplicates) {
        assertThat(reply.status()).as("status of %s", reply.json()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.json().get("accepted").isNumber()).isTrue();
        assertThat(reply.json().get("accepted").asLong()).as("accepted of %s", reply.json()).isEqualTo(accepted);
        assertThat(reply.json().get("duplicates").asLong()).as("duplicates of %s", reply.json()).isEqualTo(duplicates);
        assertThat(reply.json().get("rejected").isArray()).isTrue();
        if (status == 200) {
            assertThat(reply.rejected()).as("rejected").isEmpty();
        } else {
            assertThat(reply.rejected()).as("rejected").isNotEmpty();
        }
        assertThat(reply.headers().get(HttpHeaders.SET_COOKIE)).as("no session cookie").isNull();
    }

    private Reply post(String kindAndQuery, String csv) {
        return post(kindAndQuery, csv, kindAndQuery.replaceAll("\\?.*", "") + ".csv");
    }

    private Reply post(String kindAndQuery, String csv, String filename) {
        return post(kindAndQuery, csv.getBytes(StandardCharsets.UTF_8), filename);
    }

    private Reply post(String kindAndQuery, byte[] content, String filename) {
        return post(kindAndQuery, content, filename, ADMIN, adminPassword);
    }

    private Reply post(String kindAndQuery, String csv, String filename, String user, String password) {
        return post(kindAndQuery, csv.getBytes(StandardCharsets.UTF_8), filename, user, password);
    }

    private Reply post(String kindAndQuery, byte[] content, String filename, String user, String password) {
        ResponseEntity<String> response = http.post().uri("/api/v1/imports/" + kindAndQuery)
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, password);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(multipart("file", content, filename))
                .retrieve().toEntity(String.class);
        MediaType type = response.getHeaders().getContentType();
        JsonNode json = response.getBody() == null ? JSON.createObjectNode() : JSON.readTree(response.getBody());
        return new Reply(response.getStatusCode().value(), type == null ? null : type.getType() + "/" + type.getSubtype(),
                response.getHeaders(), json);
    }

    private static MultiValueMap<String, HttpEntity<?>> multipart(String part, byte[] content, String filename) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.formData().name(part).filename(filename).build());
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        MultiValueMap<String, HttpEntity<?>> body = new LinkedMultiValueMap<>();
        body.add(part, new HttpEntity<>(content, headers));
        return body;
    }

    /** A workbook of text cells; column {@code dateColumn} (if ≥ 0) as real date cells, the first column numeric if asked. */
    private static byte[] xlsx(List<List<String>> rows, int dateColumn, boolean numericFirstColumnOfNonNip) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            Sheet sheet = wb.createSheet("Data");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && c == dateColumn) {
                        row.createCell(c).setCellValue(LocalDate.parse(v));
                        row.getCell(c).setCellStyle(date);
                    } else if (r > 0 && c == 0 && numericFirstColumnOfNonNip && v.length() < 15) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A workbook whose first column holds numbers, as Excel does when an 18-digit NIP is typed without a leading quote. */
    private static byte[] xlsxNumericFirstColumn(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (r > 0 && c == 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else if (!v.isEmpty()) {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
