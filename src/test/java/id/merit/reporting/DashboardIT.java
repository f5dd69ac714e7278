package id.merit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.identity.NewUser;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.PostCommands;
import id.merit.shared.CurrentUser;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.UiSession;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The regent's dashboard on the whole application and real PostgreSQL: each figure equals a plain SQL count over the
 * same database (staff by type, vacant post slots, SKP compliance, the IP ASN mean and distribution), the page links
 * every figure to the list behind it, the workbook opens with POI and holds the same figures, and the roles without
 * the dashboard (OPD head, employee, assessor) are refused. The fixture adds its own OPD, staff, posts and SKP rows so
 * that every figure is above zero; the counts are compared on the whole database, whatever other tests added.
 */
@MeritIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT {

    static final int YEAR = 2025;
    static final String OPD = "DASHIT-A";
    static final String PASSWORD = "Rahasia#2026x";
    static final String RATED = Nip.compose(LocalDate.of(1979, 4, 2), YearMonth.of(2005, 3), 'F', 941);
    static final String UNRATED = Nip.compose(LocalDate.of(1983, 6, 7), YearMonth.of(2009, 2), 'M', 942);
    static final String PPPK = "DASHIT-PPPK-1";
    static final String PHL = "DASHIT-PHL-1";
    /** A key Administrator post of one slot nobody holds, and a pool member eligible for it today (ready now). */
    static final String KEY_POST = "DASHIT-KEY";
    static final String READY = Nip.compose(LocalDate.of(1985, 1, 10), YearMonth.of(2009, 3), 'F', 946);

    @LocalServerPort
    int port;
    @Value("${merit.admin.password}")
    String adminPassword;
    @Autowired
    OpdCommands opds;
    @Autowired
    PostCommands posts;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    id.merit.performance.ComplianceQueries compliance;
    @Autowired
    Clock clock;

    @BeforeAll
    void fixture() {
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        opds.upsert(new OpdCommands.OpdData(OPD, "Dinas Uji Dasbor", OpdKind.DINAS, null, null, null, null));
        employee(RATED, "Dewi Dasbor", Gender.F, LocalDate.of(1979, 4, 2), EmployeeType.PNS);
        employee(UNRATED, "Budi Dasbor", Gender.M, LocalDate.of(1983, 6, 7), EmployeeType.PNS);
        employee(PPPK, "Putri Dasbor", Gender.F, LocalDate.of(1990, 3, 3), EmployeeType.PPPK);
        employee(PHL, "Harun Dasbor", Gender.M, LocalDate.of(1992, 8, 8), EmployeeType.NON_ASN_PHL);
        // a post of 3 slots with one holder (2 vacant) and a full post of 1 slot
        posts.upsert(new PostCommands.PostData("DASHIT-P1", OPD, "Analis Dasbor", "PELAKSANA", null, null, 3, false, null));
        posts.upsert(new PostCommands.PostData("DASHIT-P2", OPD, "Pengolah Dasbor", "PELAKSANA", null, null, 1, false, null));
        employees.upsertPosition(RATED, new PositionRecord("Analis Dasbor", PositionKind.PELAKSANA, null, OPD, LocalDate.of(2020, 1, 2), null, "DASHIT-P1"));
        employees.upsertPosition(UNRATED, new PositionRecord("Pengolah Dasbor", PositionKind.PELAKSANA, null, OPD, LocalDate.of(2020, 1, 2), null, "DASHIT-P2"));
        evaluation(RATED, "SANGAT_BAIK");
        evaluation(PPPK, "BAIK");
        evaluation(PHL, "BAIK"); // non-ASN: not part of the compliance figure
        // succession: a vacant key post and a ready-now candidate (S1, Pengawas since 2015, SANGAT_BAIK in 2025 and BAIK before,
        // JPM 75 / potential 85, 24 JP of training in 2025: box 9, in the talent pool, eligible for Administrator today)
        posts.upsert(new PostCommands.PostData(KEY_POST, OPD, "Kepala Bidang Dasbor", "ADMINISTRATOR", null, null, 1, true, null));
        employees.upsert(new EmployeeData(READY, "Nina Siap Dasbor", Gender.F, LocalDate.of(1985, 1, 10), EmployeeType.PNS, OPD, "III/c",
                "Kepala Seksi", PositionKind.PENGAWAS, null, null, null, null));
        employees.upsertEducation(READY, new id.merit.employee.EducationRecord(id.merit.employee.EducationLevel.S1, "Universitas Bengkulu",
                "Hukum", LocalDate.of(2007, 8, 1)));
        employees.upsertPosition(READY, new PositionRecord("Kepala Seksi", PositionKind.PENGAWAS, null, OPD, LocalDate.of(2015, 1, 5), null, null));
        employees.upsertTraining(READY, new id.merit.employee.TrainingRecord(id.merit.employee.TrainingKind.TEKNIS, "Pelatihan Kepemimpinan", 24,
                LocalDate.of(2025, 9, 12)));
        evaluation(READY, "SANGAT_BAIK");
        for (int y = 2022; y < YEAR; y++) {
            jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, predicate) SELECT id, ?, 'ANNUAL', 'BAIK' "
                    + "FROM employee.employee WHERE nip = ?", y, READY);
        }
        jdbc.update("INSERT INTO assessment.assessment (employee_id, assessment_date, purpose, jpm, potential_score) "
                + "SELECT id, DATE '2025-05-10', 'SELECTION', 75, 85 FROM employee.employee WHERE nip = ?", READY);
        // a track-record investigation past its deadline with one official whose dossier is not complete
        jdbc.update("INSERT INTO trackrecord.investigation (title, purpose, deadline, created_by) VALUES ('Penelusuran Dasbor', 'Uji', ?, 'test')",
                LocalDate.now(clock).minusDays(3));
        jdbc.update("""
                INSERT INTO trackrecord.official (investigation_id, employee_id, nip, name, opd_id, category, created_by)
                SELECT i.id, e.id, e.nip, e.name, e.opd_id, 'ADMINISTRATOR', 'test' FROM trackrecord.investigation i, employee.employee e
                WHERE i.title = 'Penelusuran Dasbor' AND e.nip = ?""", UNRATED);
        users.createUnchecked(new NewUser("dashit-regent", PASSWORD, Role.REGENT, null, null, "Bupati"), false);
        users.createUnchecked(new NewUser("dashit-officer", PASSWORD, Role.OFFICER, null, null, "Petugas"), false);
        users.createUnchecked(new NewUser("dashit-head", PASSWORD, Role.OPD_HEAD, OPD, null, "Kepala"), false);
        users.createUnchecked(new NewUser("dashit-emp", PASSWORD, Role.EMPLOYEE, null, RATED, "Dewi"), false);
        users.createUnchecked(new NewUser("dashit-assessor", PASSWORD, Role.ASSESSOR, null, null, "Asesor"), false);
        SecurityContextHolder.clearContext();
    }

    void employee(String nip, String name, Gender g, LocalDate born, EmployeeType type) {
        employees.upsert(new EmployeeData(nip, name, g, born, type, OPD, type.isCivilServant() ? "III/b" : null, "Analis",
                PositionKind.PELAKSANA, null, null, null, null));
    }

    void evaluation(String nip, String predicate) {
        jdbc.update("INSERT INTO performance.evaluation (employee_id, year, period, predicate) SELECT id, ?, 'ANNUAL', ? "
                + "FROM employee.employee WHERE nip = ?", YEAR, predicate, nip);
    }

    UiSession as(String user) {
        UiSession s = new UiSession(port);
        assertThat(s.login(user, PASSWORD)).isEqualTo("/");
        return s;
    }

    @Test
    void everyFigureOnThePageEqualsAPlainSqlCount() {
        HttpResponse<String> page = as("dashit-regent").get("/dashboard/" + YEAR);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();

        // staff by type (Indonesian number format: 1.234)
        Map<String, Long> byType = new HashMap<>();
        jdbc.query("SELECT employee_type, count(*) FROM employee.employee GROUP BY employee_type", rs -> {
            byType.put(rs.getString(1), rs.getLong(2));
        });
        for (EmployeeType t : EmployeeType.values()) {
            assertThat(html).as(t.name()).contains("data-type=\"" + t.name() + "\">" + id(byType.getOrDefault(t.name(), 0L)) + "<");
            assertThat(html).contains("href=\"/employees?type=" + t.name() + "\"");
        }
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        long honorary = byType.getOrDefault("NON_ASN_PHT", 0L) + byType.getOrDefault("NON_ASN_PHL", 0L);
        assertThat(figure(html, "fig-staff")).isEqualTo(id(total));
        assertThat(figure(html, "fig-honorary")).isEqualTo(id(honorary));
        assertThat(honorary).isPositive();

        // vacancies: per active post max(0, slots − holders today)
        long vacant = vacantSlots();
        assertThat(vacant).isGreaterThanOrEqualTo(2);
        assertThat(figure(html, "fig-vacant")).isEqualTo(id(vacant));
        assertThat(html).contains("href=\"/opds/" + OPD + "/posts\"");

        // SKP compliance: ASN with an ANNUAL evaluation of the year / ASN
        long asn = total - honorary;
        long evaluated = evaluatedAsn();
        String percent = BigDecimal.valueOf(evaluated * 100).divide(BigDecimal.valueOf(asn), 1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        assertThat(figure(html, "fig-skp")).isEqualTo(percent + " %");
        assertThat(html).contains(id(evaluated) + " dari " + id(asn) + " ASN");

        // IP ASN mean and distribution from the stored year
        long measured = jdbc.queryForObject("SELECT count(*) FROM professionalism.index WHERE year = ?", Long.class, YEAR);
        BigDecimal mean = jdbc.queryForObject("SELECT round(avg(total), 2) FROM professionalism.index WHERE year = ?", BigDecimal.class, YEAR);
        assertThat(measured).isPositive();
        assertThat(figure(html, "fig-ipasn")).isEqualTo(mean.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ','));
        jdbc.query("SELECT category, count(*) FROM professionalism.index WHERE year = ? GROUP BY category", rs -> {
            assertThat(html).contains("data-category=\"" + rs.getString(1) + "\">" + id(rs.getLong(2)) + "<");
        }, YEAR);

        // honorary evaluations of the year by recommendation (every configured code shown, 0 when none)
        Map<String, Long> byRecommendation = new HashMap<>();
        jdbc.query("SELECT h.recommendation, count(*) FROM performance.honorary_evaluation h JOIN employee.employee e ON e.id = h.employee_id "
                + "WHERE h.year = ? AND e.employee_type IN ('NON_ASN_PHT','NON_ASN_PHL') GROUP BY 1", rs -> {
            byRecommendation.put(rs.getString(1), rs.getLong(2));
        }, YEAR);
        for (String code : java.util.List.of("CONTINUE", "CONTINUE_WITH_COACHING", "END")) {
            assertThat(html).as(code).contains("data-recommendation=\"" + code + "\">" + id(byRecommendation.getOrDefault(code, 0L)) + "<");
        }
        // pembiaran: the compliance module's flagged OPDs, each linking to its compliance page
        java.util.List<id.merit.performance.ComplianceRow> neglected = compliance.neglected(YEAR);
        if (neglected.isEmpty()) {
            assertThat(html).contains("Tidak ada kepala OPD yang ditandai pembiaran");
        } else {
            assertThat(html).contains("data-total=\"" + neglected.size() + "\"");
            assertThat(html).contains("href=\"/performance/compliance/" + YEAR + "/opds/" + neglected.get(0).opdCode() + "\"");
        }

        // drill-downs
        assertThat(html).contains("href=\"/professionalism/" + YEAR + "\"").contains("href=\"/talent/" + YEAR + "/boxes/9\"")
                .contains("href=\"/discipline/recommendations/relief?year=" + YEAR + "\"")
                .contains("href=\"/dashboard/" + YEAR + "?format=xlsx\"");
        // when the figures were computed and how long they are kept (0 s in the tests' configuration)
        assertThat(html).containsPattern("id=\"dashboard-computed-at\">Angka dihitung \\d{2}-\\d{2}-\\d{4} \\d{2}[:.]\\d{2} W\\w+; dasbor ini disimpan hingga 0 detik");
        assertThat(html).containsPattern("href=\"/professionalism/" + YEAR + "\\?opd=[^\"]+\"");
        // the regent cannot open BKPSDM's SKP workspace: no link to it
        assertThat(html).doesNotContain("/performance/" + YEAR);
        // discipline by month and level: the year's punishments by decision date, each month drilling to the statistics
        long punished = jdbc.queryForObject("SELECT count(*) FROM discipline.punishment WHERE decision_date BETWEEN ? AND ?", Long.class,
                java.time.LocalDate.of(YEAR, 1, 1), java.time.LocalDate.of(YEAR, 12, 31));
        assertThat(html).contains("data-total=\"" + punished + "\"").contains("href=\"/discipline/stats?year=" + YEAR + "\"")
                .contains("data-series-names=\"Ringan|Sedang|Berat\"");
        // charts: IP ASN distribution and SKP compliance, no raw codes shown
        // the investigation past its deadline, with its dossier count and a link to its summary
        long investigation = jdbc.queryForObject("SELECT id FROM trackrecord.investigation WHERE title = 'Penelusuran Dasbor'", Long.class);
        assertThat(html).contains("href=\"/track-records/" + investigation + "/summary\"").contains("0 dari 1 berkas lengkap")
                .contains("Melewati tenggat");
        assertThat(html).contains("data-chart=\"bar\"").contains("data-chart=\"doughnut\"").doesNotContain(">SANGAT_BAIK<");
    }

    @Test
    void bkpsdmGetsTheSameFiguresWithTheSkpListLinked() {
        HttpResponse<String> page = as("dashit-officer").get("/dashboard/" + YEAR);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/performance/" + YEAR + "\"");
        assertThat(figure(page.body(), "fig-vacant")).isEqualTo(id(vacantSlots()));
    }

    @Test
    void theBareAddressAndTheYearSelectorOpenAYear() {
        UiSession s = as("dashit-regent");
        HttpResponse<String> bare = s.get("/dashboard");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/" + LocalDate.now(clock).getYear());
        assertThat(s.get("/dashboard?year=" + YEAR).headers().firstValue("Location").orElseThrow()).endsWith("/dashboard/" + YEAR);
        assertThat(s.get("/dashboard/" + (LocalDate.now(clock).getYear() + 1)).statusCode()).isEqualTo(404);
    }

    @Test
    void theWorkbookOpensWithPoiAndHoldsTheFigures() throws Exception {
        HttpResponse<byte[]> r = as("dashit-regent").getBytes("/dashboard/" + YEAR + "?format=xlsx");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet summary = wb.getSheetAt(0);
            Map<String, Double> figures = new HashMap<>();
            for (Row row : summary) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            long total = jdbc.queryForObject("SELECT count(*) FROM employee.employee", Long.class);
            long phl = jdbc.queryForObject("SELECT count(*) FROM employee.employee WHERE employee_type = 'NON_ASN_PHL'", Long.class);
            assertThat(figures).containsEntry("Jumlah pegawai", (double) total).containsEntry("Non-ASN PHL", (double) phl)
                    .containsEntry("Formasi kosong", (double) vacantSlots())
                    .containsEntry("ASN dengan SKP tahunan", (double) evaluatedAsn())
                    .containsEntry("Pegawai diukur",
                            (double) jdbc.queryForObject("SELECT count(*) FROM professionalism.index WHERE year = ?", Long.class, YEAR));
            assertThat(figures).containsKeys("Bintang (9)", "Pejabat yang ketidakhadirannya perlu ditindak", "Kepatuhan SKP (%)");
            Sheet league = wb.getSheetAt(1);
            long opdsRanked = jdbc.queryForObject("SELECT count(*) FROM professionalism.opd_index WHERE year = ?", Long.class, YEAR);
            assertThat(league.getLastRowNum()).isEqualTo((int) opdsRanked);
        }
    }

    @Test
    void thePdfPrintsTheFiguresWithItsChartsAsImages() throws Exception {
        HttpResponse<byte[]> r = as("dashit-regent").getBytes("/dashboard/" + YEAR + "?format=pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            long total = jdbc.queryForObject("SELECT count(*) FROM employee.employee", Long.class);
            assertThat(text).contains("Dasbor " + YEAR).contains("Hukuman disiplin per bulan").contains("Kepatuhan SKP tahunan")
                    .contains(String.format(java.util.Locale.forLanguageTag("id"), "%,d", total));
            int images = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("the SKP and discipline charts at least").isGreaterThanOrEqualTo(2);
        }
        assertThat(as("dashit-head").getBytes("/dashboard/" + YEAR + "?format=pdf").statusCode()).isEqualTo(403);
    }

    @Autowired
    id.merit.talent.domain.SuccessionService succession;

    /** The talent module's board of every key post for the year (what the succession page shows BKPSDM), read as an administrator. */
    id.merit.talent.domain.SuccessionService.Board board() {
        MeritUserDetails admin = new MeritUserDetails(new CurrentUser("admin", Role.ADMIN, null, null), "x", true, false, "ADMIN");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            return succession.board(YEAR);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static long readyNow(id.merit.talent.domain.SuccessionService.Plan p) {
        return p.successors().stream().filter(s -> s.readiness().name().equals("READY_NOW")).count();
    }

    @Test
    void theSuccessionPanelCountsVacantKeyPostsAndTheirReadySuccessorsAndDrillsDown() {
        UiSession regent = as("dashit-regent");
        String html = regent.get("/dashboard/" + YEAR).body();
        // vacant key posts: plain SQL over the catalogue (active key posts with fewer holders today than slots)
        LocalDate today = LocalDate.now(clock);
        long vacantKey = jdbc.queryForObject("""
                SELECT count(*) FROM orgunit.post p
                  LEFT JOIN (SELECT post_code, count(*) AS n FROM employee.position_history
                              WHERE post_code IS NOT NULL AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)
                              GROUP BY post_code) h ON h.post_code = p.code
                 WHERE p.retired_on IS NULL AND p.key_post AND coalesce(h.n, 0) < p.slots""", Long.class, today, today);
        assertThat(vacantKey).isPositive();
        assertThat(figure(html, "fig-succession-vacant")).isEqualTo(id(vacantKey));
        // the ready counts: the talent module's ranking behind the succession page
        var b = board();
        long vacantReady = b.plans().stream().filter(p -> p.vacant() && readyNow(p) > 0).count();
        long retiring = b.plans().stream().filter(id.merit.talent.domain.SuccessionService.Plan::retiringSoon).count();
        long retiringReady = b.plans().stream().filter(p -> p.retiringSoon() && readyNow(p) > 0).count();
        assertThat(b.plans().stream().filter(id.merit.talent.domain.SuccessionService.Plan::vacant).count()).isEqualTo(vacantKey);
        assertThat(vacantReady).isPositive();
        assertThat(figure(html, "fig-succession-vacant-ready")).isEqualTo(id(vacantReady));
        assertThat(figure(html, "fig-succession-retiring")).isEqualTo(id(retiring));
        assertThat(figure(html, "fig-succession-retiring-ready")).isEqualTo(id(retiringReady));
        assertThat(html).contains(id(vacantKey) + " jabatan kunci lowong, " + id(vacantReady) + " dengan calon pengganti siap sekarang");

        // the fixture's post: its row shows the ranking's counts and links to the post's ranked candidates
        var key = b.plans().stream().filter(p -> p.post().code().equals(KEY_POST)).findFirst().orElseThrow();
        assertThat(key.successors()).anyMatch(s -> s.nip().equals(READY) && s.readiness().name().equals("READY_NOW"));
        int row = html.indexOf("data-post=\"" + KEY_POST + "\"");
        assertThat(row).as("the fixture's post is listed (vacant posts without a ready successor come first, at most ten rows)").isPositive();
        String tr = html.substring(row, html.indexOf("</tr>", row));
        String postLink = "/talent/succession/posts/" + KEY_POST + "?year=" + YEAR;
        assertThat(tr).contains("href=\"" + postLink + "\"", "Kepala Bidang Dasbor", "Lowong")
                .contains("ready-now\" href=\"" + postLink + "\">" + readyNow(key) + "<")
                .contains("ready-soon\" href=\"" + postLink + "\">" + (key.successors().size() - readyNow(key)) + "<");
        String post = regent.get(postLink).body();
        assertThat(post).contains("data-nip=\"" + READY + "\" data-readiness=\"READY_NOW\"");

        // every headline number opens a list of exactly that many posts
        assertThat(html).contains("href=\"/talent/succession?year=" + YEAR + "&amp;flag=VACANT&amp;ready=READY_NOW\"");
        assertThat(posts(regent, "flag=VACANT")).isEqualTo(vacantKey);
        assertThat(posts(regent, "flag=VACANT&ready=READY_NOW")).isEqualTo(vacantReady);
        assertThat(posts(regent, "flag=RETIRING")).isEqualTo(retiring);
        assertThat(posts(regent, "flag=RETIRING&ready=READY_NOW")).isEqualTo(retiringReady);
        assertThat(regent.get("/talent/succession?year=" + YEAR + "&flag=VACANT&ready=READY_NOW").body())
                .contains("id=\"post-" + KEY_POST + "\"", "Hanya jabatan kunci yang lowong");
    }

    /** How many post sections the succession page lists with these filters. */
    long posts(UiSession s, String filter) {
        HttpResponse<String> r = s.get("/talent/succession?year=" + YEAR + "&" + filter);
        assertThat(r.statusCode()).as(filter).isEqualTo(200);
        return r.body().split("class=\"mb-4 succession-post\"", -1).length - 1;
    }

    @Test
    void theWorkbookAndThePdfCarryTheSuccessionPanel() throws Exception {
        var b = board();
        long vacant = b.plans().stream().filter(id.merit.talent.domain.SuccessionService.Plan::vacant).count();
        long vacantReady = b.plans().stream().filter(p -> p.vacant() && readyNow(p) > 0).count();
        HttpResponse<byte[]> x = as("dashit-regent").getBytes("/dashboard/" + YEAR + "?format=xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            Map<String, Double> figures = new HashMap<>();
            for (Row row : wb.getSheetAt(0)) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(figures).containsEntry("Jabatan kunci lowong", (double) vacant)
                    .containsEntry("Lowong, ada calon siap sekarang", (double) vacantReady);
            Sheet posts = wb.getSheet("Suksesi jabatan kunci");
            assertThat(posts).isNotNull();
            boolean found = false;
            for (Row row : posts) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(KEY_POST)) {
                    found = true;
                    assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Ya");
                    assertThat(row.getCell(5).getNumericCellValue()).isPositive();
                }
            }
            assertThat(found).as(KEY_POST + " in the succession sheet").isTrue();
            assertThat(posts.getLastRowNum()).isEqualTo((int) b.plans().stream().filter(p -> p.vacant() || p.retiringSoon()).count());
        }
        HttpResponse<byte[]> r = as("dashit-regent").getBytes("/dashboard/" + YEAR + "?format=pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Jabatan kunci lowong dan calon pengganti")
                    .contains(id(vacant) + " jabatan kunci lowong, " + id(vacantReady) + " dengan calon pengganti siap sekarang");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dashit-head", "dashit-emp", "dashit-assessor"})
    void rolesWithoutTheDashboardAreRefused(String user) {
        UiSession s = as(user);
        assertThat(s.get("/dashboard/" + YEAR).statusCode()).isEqualTo(403);
        assertThat(s.get("/dashboard/" + YEAR + "?format=xlsx").statusCode()).isEqualTo(403);
        assertThat(s.get("/dashboard").statusCode()).isEqualTo(403);
    }

    long vacantSlots() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.queryForObject("""
                SELECT coalesce(sum(greatest(p.slots - coalesce(h.n, 0), 0)), 0) FROM orgunit.post p
                  LEFT JOIN (SELECT post_code, count(*) AS n FROM employee.position_history
                              WHERE post_code IS NOT NULL AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)
                              GROUP BY post_code) h ON h.post_code = p.code
                 WHERE p.retired_on IS NULL""", Long.class, today, today);
    }

    long evaluatedAsn() {
        return jdbc.queryForObject("""
                SELECT count(*) FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id
                 WHERE v.year = ? AND v.period = 'ANNUAL' AND e.employee_type NOT IN ('NON_ASN_PHT', 'NON_ASN_PHL')""", Long.class, YEAR);
    }

    /** The big number of the headline card with this id. */
    static String figure(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isPositive();
        int start = html.indexOf("fs-3 fw-semibold\">", at) + "fs-3 fw-semibold\">".length();
        return html.substring(start, html.indexOf('<', start)).strip();
    }

    /** Indonesian grouping: 12.345. */
    static String id(long n) {
        return String.format(java.util.Locale.forLanguageTag("id-ID"), "%,d", n);
    }
}
