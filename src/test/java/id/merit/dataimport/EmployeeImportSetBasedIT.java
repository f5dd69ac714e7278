package id.merit.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.shared.Nip;
import id.merit.support.MeritIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The employees import written set-based (COPY into a stage, one upsert per chunk of 500): exact created / updated /
 * unchanged counts across chunk boundaries, the audit trail (one IMPORT summary naming who and which file, one CREATE or
 * UPDATE record with old and new values per changed employee, nothing for unchanged ones), contact details kept,
 * discipline's registry version bumped by a transfer, and nothing stored by a dry run or a rejected file.
 */
@MeritIntegrationTest
class EmployeeImportSetBasedIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "nip,name,gender,birth_date,employee_type,opd_code,rank,position_name,position_kind,"
            + "position_level,functional_profession,home_lat,home_lon\n";
    /** 5,500 rows: two chunks of the employees import (5,000 and 500). */
    private static final int ROWS = 5500;

    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    JdbcTemplate jdbc;

    private RestClient http;
    private String tag;
    private int seq;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36)
                .toUpperCase(Locale.ROOT);
        // a sequence number no stored NIP born in the test's range uses: a collision would turn creates into updates
        do {
            seq = 1 + ThreadLocalRandom.current().nextInt(999);
        } while (Objects.requireNonNull(jdbc.queryForObject("SELECT count(*) FROM employee.employee WHERE right(nip, 3) = ? "
                + "AND left(nip, 8) BETWEEN '19750101' AND '19901231'", Long.class, String.format("%03d", seq))) > 0);
        JsonNode opds = post("opds", "code,name,kind,parent_code\nS" + tag + "-A,Dinas A,DINAS,\nS" + tag + "-B,Dinas B,DINAS,\n",
                "opds.csv", false);
        assertThat(opds.get("accepted").asLong()).isEqualTo(2);
    }

    @Test
    void createsThenCountsDuplicatesThenUpdatesOnlyTheChangedRowsWithTheirAudit() {
        List<String[]> rows = rows();
        String file = "pegawai-" + tag + ".csv";

        JsonNode first = post("employees", csv(rows), file, false);
        assertCounts(first, ROWS, 0);
        assertThat(countByTag()).isEqualTo(ROWS);
        assertThat(audits("CREATE")).isEqualTo(ROWS);
        Map<String, Object> created = jdbc.queryForMap("SELECT actor, summary, old_values::text AS old, new_values->>'opdCode' AS opd, "
                + "new_values->>'rank' AS rank, new_values->>'homeLat' AS lat FROM audit.audit_event "
                + "WHERE entity_type = 'EMPLOYEE' AND entity_key = ? AND action = 'CREATE'", rows.get(0)[0]);
        assertThat(created).containsEntry("actor", "admin").containsEntry("summary", rows.get(0)[1]).containsEntry("old", null)
                .containsEntry("opd", "S" + tag + "-A").containsEntry("rank", "III/a").containsEntry("lat", "-6.2");
        // the database builds the same record as the per-row path (Employee#snapshot): every field, by the same names
        assertThat(jdbc.queryForList("SELECT jsonb_object_keys(new_values) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' "
                + "AND entity_key = ? AND action = 'CREATE'", String.class, rows.get(0)[0]))
                .containsExactlyInAnyOrder("nip", "name", "gender", "birthDate", "employeeType", "opdCode", "rank", "positionName",
                        "positionKind", "positionLevel", "functionalProfession", "homeLat", "homeLon", "phone", "email");
        assertThat(jdbc.queryForList("SELECT actor FROM audit.audit_event WHERE action = 'IMPORT' AND entity_type = 'IMPORT' "
                + "AND entity_key = 'employees' AND summary = ?", String.class, file + ": " + ROWS + " accepted, 0 duplicates, 0 rejected rows"))
                .containsExactly("admin");
        assertThat(jdbc.queryForObject("SELECT version FROM employee.employee WHERE nip = ?", Integer.class, rows.get(0)[0])).isZero();

        // contact details entered in the registry survive a re-import (the file carries none)
        jdbc.update("UPDATE employee.employee SET phone = '0812-555-0199' WHERE nip = ?", rows.get(700)[0]);
        long registry = registryVersion();
        JsonNode again = post("employees", csv(rows), file, false);
        assertCounts(again, 0, ROWS);
        assertThat(audits("UPDATE")).isZero();
        assertThat(registryVersion()).as("nobody moved").isEqualTo(registry);

        // 10 %: every tenth row promoted (III/a -> III/b); row 5 also transferred to the other OPD
        for (int i = 0; i < ROWS; i += 10) {
            rows.get(i)[6] = "III/b";
        }
        rows.get(5)[5] = "S" + tag + "-B";
        JsonNode changed = post("employees", csv(rows), file, false);
        assertCounts(changed, ROWS / 10 + 1, ROWS - ROWS / 10 - 1);
        assertThat(audits("UPDATE")).isEqualTo(ROWS / 10 + 1);
        assertThat(registryVersion()).as("a transfer bumps discipline's registry version").isGreaterThan(registry);
        Map<String, Object> promoted = jdbc.queryForMap("SELECT old_values->>'rank' AS before, new_values->>'rank' AS after, "
                + "new_values->>'phone' AS phone FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' AND entity_key = ? AND action = 'UPDATE'",
                rows.get(700)[0]);
        assertThat(promoted).containsEntry("before", "III/a").containsEntry("after", "III/b").containsEntry("phone", "0812-555-0199");
        assertThat(jdbc.queryForMap("SELECT old_values->>'opdCode' AS before, new_values->>'opdCode' AS after FROM audit.audit_event "
                + "WHERE entity_type = 'EMPLOYEE' AND entity_key = ? AND action = 'UPDATE'", rows.get(5)[0]))
                .containsEntry("before", "S" + tag + "-A").containsEntry("after", "S" + tag + "-B");
        assertThat(jdbc.queryForMap("SELECT rank, phone, version FROM employee.employee WHERE nip = ?", rows.get(700)[0]))
                .containsEntry("rank", "III/b").containsEntry("phone", "0812-555-0199").containsEntry("version", 1);
        assertThat(jdbc.queryForObject("SELECT version FROM employee.employee WHERE nip = ?", Integer.class, rows.get(1)[0])).isZero();
        assertThat(countIn("S" + tag + "-B")).isEqualTo(1);
    }

    @Test
    void aTransferAloneBumpsTheRegistryVersion() {
        List<String[]> rows = rows().subList(0, 3);
        assertCounts(post("employees", csv(rows), "t.csv", false), 3, 0);
        long registry = registryVersion();
        rows.get(1)[5] = "S" + tag + "-B";
        assertCounts(post("employees", csv(rows), "t.csv", false), 1, 2);
        assertThat(registryVersion()).isEqualTo(registry + 1);
    }

    @Test
    void aDryRunCountsLikeARealImportAndStoresNothing() {
        List<String[]> rows = rows();
        assertCounts(post("employees", csv(rows), "dry.csv", true), 0, 0);
        assertThat(countByTag()).isZero();
        assertThat(audits("CREATE")).isZero();

        assertCounts(post("employees", csv(rows.subList(0, 600)), "half.csv", false), 600, 0);
        rows.get(3)[6] = "III/b";
        assertCounts(post("employees", csv(rows), "dry.csv", true), 0, 599);
        assertThat(countByTag()).isEqualTo(600);
        assertThat(audits("UPDATE")).isZero();
        assertThat(jdbc.queryForObject("SELECT rank FROM employee.employee WHERE nip = ?", String.class, rows.get(3)[0])).isEqualTo("III/a");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE action = 'IMPORT' AND summary LIKE 'dry.csv%' "
                + "AND at > now() - interval '1 minute'", Long.class)).isZero();
    }

    @Test
    void aRejectedRowInTheLastChunkStoresNothing() {
        List<String[]> rows = rows();
        rows.get(ROWS - 1)[5] = "S" + tag + "-NOPE";
        JsonNode reply = post("employees", csv(rows), "bad.csv", false, 422);
        assertThat(reply.get("accepted").asLong()).isZero();
        assertThat(reply.get("rejected")).hasSize(1);
        assertThat(reply.get("rejected").get(0).get("line").asLong()).isEqualTo(ROWS + 1);
        assertThat(countByTag()).isZero();
        assertThat(audits("CREATE")).isZero();
    }

    // ------------------------------------------------------------------ helpers

    /** PNS rows with valid NIPs (born on consecutive days from 1975), all in OPD A, rank III/a, every fourth with a home. */
    private List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        LocalDate firstBirthday = LocalDate.of(1975, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            LocalDate born = firstBirthday.plusDays(i);
            char gender = i % 2 == 0 ? 'M' : 'F';
            String nip = Nip.compose(born, YearMonth.from(born.plusYears(25)), gender, seq);
            rows.add(new String[] {nip, "Pegawai " + tag + " " + i, String.valueOf(gender), born.toString(), "PNS", "S" + tag + "-A",
                    "III/a", "Pelaksana", "PELAKSANA", "", "", i % 4 == 0 ? "-6.2" : "", i % 4 == 0 ? "106.8" : ""});
        }
        return rows;
    }

    private static String csv(List<String[]> rows) {
        StringBuilder out = new StringBuilder(HEADER);
        rows.forEach(r -> out.append(String.join(",", r)).append('\n'));
        return out.toString();
    }

    private long countByTag() {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT count(*) FROM employee.employee WHERE name LIKE ?", Long.class,
                "Pegawai " + tag + " %"));
    }

    private long countIn(String opd) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "SELECT count(*) FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id WHERE o.code = ?", Long.class, opd));
    }

    private long audits(String action) {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE entity_type = 'EMPLOYEE' "
                + "AND action = ? AND summary LIKE ?", Long.class, action, "Pegawai " + tag + " %"));
    }

    private long registryVersion() {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT version FROM discipline.registry_version WHERE id = 1", Long.class));
    }

    private static void assertCounts(JsonNode reply, long accepted, long duplicates) {
        assertThat(reply.get("accepted").asLong()).as("accepted of %s", reply).isEqualTo(accepted);
        assertThat(reply.get("duplicates").asLong()).as("duplicates of %s", reply).isEqualTo(duplicates);
        assertThat(reply.get("rejected")).as("rejected of %s", reply).isEmpty();
    }

    private JsonNode post(String kind, String csv, String filename, boolean dryRun) {
        return post(kind, csv, filename, dryRun, 200);
    }

    private JsonNode post(String kind, String csv, String filename, boolean dryRun, int status) {
        HttpHeaders part = new HttpHeaders();
        part.setContentDisposition(ContentDisposition.formData().name("file").filename(filename).build());
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        MultiValueMap<String, HttpEntity<?>> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), part));
        ResponseEntity<String> response = http.post().uri("/api/v1/imports/" + kind + (dryRun ? "?dryRun=true" : ""))
                .headers(h -> h.setBasicAuth("admin", adminPassword))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as("status of %s", response.getBody()).isEqualTo(status);
        return JSON.readTree(response.getBody());
    }
}
