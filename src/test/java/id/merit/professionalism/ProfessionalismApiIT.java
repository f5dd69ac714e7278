package id.merit.professionalism;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.shared.Nip;
import id.merit.support.MeritIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * interchange.md §3 "Professionalism index (IP ASN)" and "Rankings" over HTTP on PostgreSQL, with records loaded
 * through the imports (opds, employees, education, trainings, punishments) and SKP rows inserted by SQL: a worked
 * example per position group, 422 for CPNS and non-ASN, the employee / OPD-head scope, and the rankings of 2025.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfessionalismApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Rahasia#2026x";

    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    id.merit.professionalism.domain.IndexStore store;

    RestClient http;
    String t;
    /** A: PNS pelaksana in the OPD; B: PNS administrator in its sub-unit; C: CPNS; D: non-ASN; E: PNS of another OPD; F: PPPK guru. */
    String a, b, e;

    @BeforeAll
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port).defaultStatusHandler(status -> true, (request, response) -> { }).build();
        t = "Q" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
        int seq = ThreadLocalRandom.current().nextInt(1, 990);
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 5000));
        a = Nip.compose(born, YearMonth.of(2000, 3), 'M', seq);
        b = Nip.compose(born, YearMonth.of(2001, 3), 'F', seq);
        String c = Nip.compose(born, YearMonth.of(2024, 3), 'M', seq);
        e = Nip.compose(born, YearMonth.of(2002, 3), 'M', seq);
        upload("opds", """
                code,name,kind,parent_code
                T-DINAS,Dinas Uji IP ASN,DINAS,
                T-UPT,UPT Uji IP ASN,UPT,T-DINAS
                T-LAIN,Badan Lain IP ASN,BADAN,
                """);
        upload("employees", """
                nip,name,gender,birth_date,employee_type,opd_code,rank,position_name,position_kind,position_level,functional_profession,home_lat,home_lon
                %1$s,Ani T,M,%6$s,PNS,T-DINAS,III/a,Pengadministrasi Umum,PELAKSANA,,,,
                %2$s,Budi T,F,%6$s,PNS,T-UPT,III/d,Kepala UPT,ADMINISTRATOR,,,,
                %3$s,Citra T,M,%6$s,CPNS,T-DINAS,III/a,Calon Analis,PELAKSANA,,,,
                T-PHL,Dedi T,M,1990-01-01,NON_ASN_PHL,T-DINAS,,Petugas Kebersihan,PELAKSANA,,,,
                %4$s,Eko T,M,%6$s,PNS,T-LAIN,II/c,Pengemudi,PELAKSANA,,,,
                T-GURU,Fitri T,F,1988-05-05,PPPK,T-LAIN,,Guru Ahli Pertama,FUNGSIONAL,AHLI_PERTAMA,GURU,,
                """.formatted(a, b, c, e, "", born));
        upload("education", """
                nip,level,institution,major,graduation_date
                %1$s,SMA,SMAN 1,IPA,1998-06-01
                %1$s,S1,Universitas X,Hukum,2003-08-01
                %2$s,S2,Universitas Y,Administrasi,2010-02-01
                %3$s,SMA,SMAN 2,IPS,1999-06-01
                T-GURU,D4,Politeknik Z,Pendidikan,2010-09-01
                """.formatted(a, b, e));
        upload("trainings", """
                nip,kind,name,hours,end_date
                %1$s,TEKNIS,Pelatihan Arsip Digital,20,2025-05-10
                %1$s,TEKNIS,Pelatihan Lama,40,2023-12-31
                %2$s,KEPEMIMPINAN,PKA Angkatan II,240,2015-10-01
                %2$s,TEKNIS,Pengadaan Barang dan Jasa,24,2024-03-01
                %2$s,SEMINAR,Seminar Reformasi Birokrasi,4,2025-11-20
                """.formatted(a, b));
        upload("punishments", """
                nip,level,kind,decision_date,effective_date,end_date
                %1$s,RINGAN,TEGURAN_LISAN,2023-06-01,2023-06-01,
                %2$s,SEDANG,TUKIN_CUT,2025-03-03,2025-03-03,2025-09-03
                %3$s,RINGAN,TEGURAN_TERTULIS,2025-02-03,2025-02-03,
                """.formatted(a, b, e));
        annual(a, "BAIK");
        annual(b, "SANGAT_BAIK");
        annual(e, "BAIK");
        user("emp", "EMPLOYEE", null, a);
        user("head", "OPD_HEAD", t + "-DINAS", null);
        user("assessor", "ASSESSOR", null, null);
        user("regent", "REGENT", null, null);
    }

    @Test
    void workedExamplePelaksana() {
        // S1 15 + pelaksana technical 20 JP in 2025 22.5 (the 40 JP of 2023 is outside Y−1..Y) + BAIK 25
        // + no punishment in 2024–2025 (the 2023 reprimand is outside) 5 = 67.5, RENDAH (regulations.md §2.3 vector 2)
        JsonNode j = getOk("/api/v1/employees/" + a + "/professionalism-index/2025", "admin", adminPassword);
        assertThat(j.get("nip").asString()).isEqualTo(a);
        assertThat(j.get("year").asInt()).isEqualTo(2025);
        assertThat(j.get("qualification").isNumber()).isTrue();
        assertThat(j.get("qualification").decimalValue()).isEqualByComparingTo("15");
        assertThat(j.get("competency").decimalValue()).isEqualByComparingTo("22.5");
        assertThat(j.get("performance").decimalValue()).isEqualByComparingTo("25");
        assertThat(j.get("discipline").decimalValue()).isEqualByComparingTo("5");
        assertThat(j.get("total").isNumber()).isTrue();
        assertThat(j.get("total").decimalValue()).isEqualByComparingTo("67.5");
        assertThat(j.get("category").asString()).isEqualTo("RENDAH");
        List<String> explanation = texts(j.get("explanation"));
        assertThat(explanation).hasSize(4);
        assertThat(explanation.get(0)).contains("S1 Universitas X, 2003 → 15");
        assertThat(explanation.get(1)).contains("Pelaksana").contains("20 JP").contains("22,5");
        assertThat(explanation.get(2)).contains("Baik").contains("25");
        assertThat(explanation.get(3)).contains("tidak pernah");
        assertThat(texts(j.get("missingData"))).isEmpty();
    }

    @Test
    void workedExampleAdministratorWithAPunishment() {
        // S2 20 + PKA 15 + technical 24 JP in 2024 15 + seminar 2025 10 + SANGAT_BAIK 30 + SEDANG in 2025 2 = 92
        JsonNode j = getOk("/api/v1/employees/" + b + "/professionalism-index/2025", "admin", adminPassword);
        assertThat(j.get("competency").decimalValue()).isEqualByComparingTo("40");
        assertThat(j.get("discipline").decimalValue()).isEqualByComparingTo("2");
        assertThat(j.get("total").decimalValue()).isEqualByComparingTo("92");
        assertThat(j.get("category").asString()).isEqualTo("SANGAT_TINGGI");
        assertThat(texts(j.get("explanation")).get(3)).contains("Sedang");
    }

    @Test
    void missingDataIsNamedForAPppkWithoutSkp() {
        // D4 15 + guru profession 15 + no SKP 0 + no punishment 5 = 35
        JsonNode j = getOk("/api/v1/employees/" + t + "-GURU/professionalism-index/2025", "admin", adminPassword);
        assertThat(j.get("total").decimalValue()).isEqualByComparingTo("35");
        assertThat(j.get("category").asString()).isEqualTo("SANGAT_RENDAH");
        assertThat(texts(j.get("missingData"))).singleElement().asString().contains("SKP");
    }

    @Test
    void cpnsAndNonAsnAreAnsweredWith422() {
        for (String nip : List.of(jdbc.queryForObject("SELECT nip FROM employee.employee WHERE name = 'Citra T' AND opd_id = "
                + "(SELECT id FROM orgunit.opd WHERE code = ?)", String.class, t + "-DINAS"), t + "-PHL")) {
            ResponseEntity<String> r = get("/api/v1/employees/" + nip + "/professionalism-index/2025", "admin", adminPassword);
            assertThat(r.getStatusCode().value()).as(nip).isEqualTo(422);
            assertThat(r.getHeaders().getContentType().toString()).contains("application/problem+json");
            JsonNode p = JSON.readTree(r.getBody());
            assertThat(p.get("status").asInt()).isEqualTo(422);
            assertThat(p.get("detail").asString()).contains("IP ASN");
        }
    }

    @Test
    void scopeEmployeeOwnOpdHeadOwnOpdAssessorNone() {
        String path = "/api/v1/employees/%s/professionalism-index/2025";
        assertThat(get(path.formatted(a), t + "emp", PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(get(path.formatted(b), t + "emp", PASSWORD).getStatusCode().value()).isEqualTo(403);
        assertThat(get(path.formatted(b), t + "head", PASSWORD).getStatusCode().value()).isEqualTo(200); // sub-unit
        assertThat(get(path.formatted(e), t + "head", PASSWORD).getStatusCode().value()).isEqualTo(403);
        assertThat(get(path.formatted(a), t + "assessor", PASSWORD).getStatusCode().value()).isEqualTo(403);
        assertThat(get(path.formatted(a), t + "regent", PASSWORD).getStatusCode().value()).isEqualTo(200);
        assertThat(get(path.formatted(t + "-NOBODY"), "admin", adminPassword).getStatusCode().value()).isEqualTo(404);
        assertThat(get(path.formatted(a), null, null).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void rankingsOfEmployeesAndOpds() {
        store.compute(2025); // other tests may have stored 2025 before these records existed
        JsonNode list = getOk("/api/v1/rankings/professionalism-index/2025?opd=" + t + "-DINAS&limit=10", "admin", adminPassword);
        assertThat(list.size()).isEqualTo(2); // the CPNS and the non-ASN are not ranked; the sub-unit is included
        assertThat(list.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(list.get(0).get("nip").asString()).isEqualTo(b);
        assertThat(list.get(0).get("name").asString()).isEqualTo("Budi T");
        assertThat(list.get(0).get("opdCode").asString()).isEqualTo(t + "-UPT");
        assertThat(list.get(0).get("total").decimalValue()).isEqualByComparingTo("92");
        assertThat(list.get(0).get("category").asString()).isEqualTo("SANGAT_TINGGI");
        assertThat(list.get(1).get("rank").asInt()).isEqualTo(2);
        assertThat(list.get(1).get("nip").asString()).isEqualTo(a);
        assertThat(getOk("/api/v1/rankings/professionalism-index/2025?opd=" + t + "-DINAS&limit=1", "admin", adminPassword).size()).isEqualTo(1);

        // an OPD head: their OPD without asking, another OPD refused; employees and assessors refused
        JsonNode own = getOk("/api/v1/rankings/professionalism-index/2025", t + "head", PASSWORD);
        assertThat(texts(own, "nip")).containsExactly(b, a);
        assertThat(get("/api/v1/rankings/professionalism-index/2025?opd=" + t + "-LAIN", t + "head", PASSWORD).getStatusCode().value())
                .isEqualTo(403);
        assertThat(get("/api/v1/rankings/professionalism-index/2025", t + "emp", PASSWORD).getStatusCode().value()).isEqualTo(403);
        assertThat(get("/api/v1/rankings/opds/2025", t + "assessor", PASSWORD).getStatusCode().value()).isEqualTo(403);

        // OPDs by the mean of their ASN staff, sub-units included: (92 + 67.5) / 2 = 79.75; (33 + 35) / 2 = 34.00
        JsonNode opds = getOk("/api/v1/rankings/opds/2025", t + "regent", PASSWORD);
        JsonNode dinas = find(opds, t + "-DINAS");
        JsonNode lain = find(opds, t + "-LAIN");
        assertThat(dinas.get("employees").asInt()).isEqualTo(2);
        assertThat(dinas.get("meanIndex").decimalValue()).isEqualByComparingTo("79.75");
        assertThat(dinas.get("name").asString()).isEqualTo("Dinas Uji IP ASN");
        assertThat(lain.get("meanIndex").decimalValue()).isEqualByComparingTo("34");
        assertThat(dinas.get("rank").asInt()).isLessThan(lain.get("rank").asInt());
        assertThat(find(opds, t + "-UPT")).isNull(); // sub-units count under their top-level OPD
        JsonNode headOpds = getOk("/api/v1/rankings/opds/2025", t + "head", PASSWORD);
        assertThat(texts(headOpds, "opdCode")).containsExactly(t + "-DINAS");

        // the one-pass bulk path stores what the per-employee path computes, with the rule set that produced it
        for (String nip : List.of(a, b, e, t + "-GURU")) {
            JsonNode one = getOk("/api/v1/employees/" + nip + "/professionalism-index/2025", "admin", adminPassword);
            var stored = jdbc.queryForMap("SELECT qualification, competency, performance, discipline, total, category, rule_set "
                    + "FROM professionalism.index WHERE year = 2025 AND nip = ?", nip);
            assertThat((java.math.BigDecimal) stored.get("competency")).as(nip).isEqualByComparingTo(one.get("competency").decimalValue());
            assertThat((java.math.BigDecimal) stored.get("total")).as(nip).isEqualByComparingTo(one.get("total").decimalValue());
            assertThat(stored.get("category")).as(nip).isEqualTo(one.get("category").asString());
            assertThat((String) stored.get("rule_set")).isNotBlank();
        }
    }

    @Test
    void pagesShowTheHistoryAndTheRankings() {
        store.compute(2025);
        id.merit.support.UiSession head = new id.merit.support.UiSession(port);
        assertThat(head.login(t + "head", PASSWORD)).isEqualTo("/");
        String page = head.get("/employees/" + b).body();
        assertThat(page).contains("id=\"employee-ipasn\"").contains("id=\"ipasn-history\"").contains("S2 Universitas Y, 2010 → 20")
                .contains("92,00").contains("Sangat Tinggi").doesNotContain("SANGAT_TINGGI");
        String cpns = jdbc.queryForObject("SELECT nip FROM employee.employee WHERE name = 'Citra T' AND opd_id = "
                + "(SELECT id FROM orgunit.opd WHERE code = ?)", String.class, t + "-DINAS");
        assertThat(head.get("/employees/" + cpns).body()).contains("id=\"ipasn-not-measured\"").doesNotContain("id=\"ipasn-history\"");

        String ranking = head.get("/professionalism/2025").body();
        assertThat(ranking).contains("Budi T").contains("Ani T").doesNotContain("Eko T").doesNotContain("recompute-form");
        assertThat(head.get("/professionalism/2025?opd=" + t + "-LAIN").statusCode()).isEqualTo(403);

        id.merit.support.UiSession admin = new id.merit.support.UiSession(port);
        assertThat(admin.login("admin", adminPassword)).isEqualTo("/");
        String all = admin.get("/professionalism/2025?opd=" + t + "-LAIN").body();
        assertThat(all).contains("Eko T").contains("recompute-form").contains("Dinas Uji IP ASN");
    }

    @Test
    void theRankingFiltersByPositionKindAndExportsToXlsx() throws Exception {
        store.compute(2025);
        id.merit.support.UiSession head = new id.merit.support.UiSession(port);
        assertThat(head.login(t + "head", PASSWORD)).isEqualTo("/");
        String administrators = head.get("/professionalism/2025?kind=ADMINISTRATOR").body();
        assertThat(administrators).contains("Budi T", "id=\"ranking-export\"", "kind=ADMINISTRATOR").doesNotContain("Ani T", ">ADMINISTRATOR<");

        var all = head.getBytes("/professionalism/2025/export.xlsx");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(all.body()))) {
            var people = wb.getSheetAt(0);
            assertThat(people.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Pegawai");
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= people.getLastRowNum(); r++) {
                names.add(people.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(names).containsExactly("Budi T", "Ani T"); // the OPD head's OPD only, best first
            assertThat(people.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(92.0);
            assertThat(people.getRow(1).getCell(9).getStringCellValue()).isEqualTo("Sangat Tinggi");
            var league = wb.getSheetAt(1);
            assertThat(league.getLastRowNum()).isEqualTo(1);
            assertThat(league.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Dinas Uji IP ASN");
            assertThat(league.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(79.75);
        }
        var pelaksana = head.getBytes("/professionalism/2025/export.xlsx?opd=" + t + "-DINAS&kind=PELAKSANA");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(pelaksana.body()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("Ani T");
        }
        assertThat(head.getBytes("/professionalism/2025/export.xlsx?opd=" + t + "-LAIN").statusCode()).isEqualTo(403);

        id.merit.support.UiSession admin = new id.merit.support.UiSession(port);
        assertThat(admin.login("admin", adminPassword)).isEqualTo("/");
        var lain = admin.getBytes("/professionalism/2025/export.xlsx?opd=" + t + "-LAIN");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(lain.body()))) {
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= wb.getSheetAt(0).getLastRowNum(); r++) {
                names.add(wb.getSheetAt(0).getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(names).contains("Eko T").doesNotContain("Budi T", "Ani T");
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(1); // the league narrowed to the OPD asked for
            assertThat(wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Badan Lain IP ASN");
        }
    }

    // ---------------------------------------------------------------- helpers

    static JsonNode find(JsonNode array, String opdCode) {
        for (JsonNode n : array) {
            if (n.get("opdCode").asString().equals(opdCode)) {
                return n;
            }
        }
        return null;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.get(field).asString()));
        return list;
    }

    JsonNode getOk(String path, String user, String password) {
        ResponseEntity<String> r = get(path, user, password);
        assertThat(r.getStatusCode().value()).as("%s %s", path, r.getBody()).isEqualTo(200);
        return JSON.readTree(r.getBody());
    }

    ResponseEntity<String> get(String path, String user, String password) {
        return http.get().uri(path).headers(h -> {
            if (user != null) {
                h.setBasicAuth(user, password);
            }
        }).retrieve().toEntity(String.class);
    }

    static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    void annual(String nip, String predicate) {
        jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, predicate) SELECT id, 2025, 'ANNUAL', ? "
                + "FROM employee.employee WHERE nip = ?", predicate, nip);
    }

    void user(String name, String role, String opdCode, String nip) {
        String body = """
                {"username":"%s","password":"%s","role":"%s","opdCode":%s,"nip":%s}""".formatted(t + name, PASSWORD, role,
                opdCode == null ? "null" : "\"" + opdCode + "\"", nip == null ? "null" : "\"" + nip + "\"");
        ResponseEntity<String> r = http.post().uri("/api/v1/users").headers(h -> h.setBasicAuth("admin", adminPassword))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
        assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(201);
    }

    JsonNode upload(String kind, String csv) {
        HttpHeaders part = new HttpHeaders();
        part.setContentDisposition(ContentDisposition.formData().name("file").filename(kind + ".csv").build());
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        MultiValueMap<String, HttpEntity<?>> body = new LinkedMultiValueMap<>();
        body.add("file", new HttpEntity<>(csv.replace("T-", t + "-").getBytes(StandardCharsets.UTF_8), part));
        ResponseEntity<String> response = http.post().uri("/api/v1/imports/" + kind).headers(h -> h.setBasicAuth("admin", adminPassword))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as("%s %s", kind, response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }
}
