package id.merit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.MeritApplication;
import id.merit.support.Http;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo mode on its own fresh embedded PostgreSQL (a small regency): the generator is deterministic, NIPs are valid,
 * every demo account logs in with the published password, and the activity went through the real import handlers.
 */
class DemoSeedIT {
    static ConfigurableApplicationContext app;
    static JdbcTemplate jdbc;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        int dbPort;
        try (ServerSocket s = new ServerSocket(0)) {
            dbPort = s.getLocalPort();
        }
        app = new SpringApplicationBuilder(MeritApplication.class).run("--spring.datasource.url=", "--merit.embedded-db.data-dir=",
                "--merit.embedded-db.port=" + dbPort, "--merit.demo.enabled=true", "--merit.admin.password=", "--server.port=0",
                "--merit.demo.asn=400", "--merit.demo.honorary=150");
        jdbc = app.getBean(JdbcTemplate.class);
        http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void seedsTheRegencyWithValidNipsAndHistories() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.employee", Integer.class)).isEqualTo(550);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orgunit.opd", Integer.class)).isEqualTo(new DemoRegency(20260101L).opds().size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orgunit.opd WHERE kind = 'KELURAHAN'", Integer.class)).isGreaterThan(10);
        java.util.List<java.util.Map<String, Object>> pns = jdbc.queryForList(
                "SELECT nip, birth_date, gender FROM employee.employee WHERE employee_type IN ('PNS','CPNS')");
        assertThat(pns).hasSizeGreaterThan(250);
        for (java.util.Map<String, Object> r : pns) {
            assertThat(id.merit.shared.Nip.validatePns((String) r.get("nip"), ((java.sql.Date) r.get("birth_date")).toLocalDate(),
                    ((String) r.get("gender")).charAt(0))).as((String) r.get("nip")).isEmpty();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.employee WHERE employee_type LIKE 'NON_ASN%'", Integer.class)).isEqualTo(150);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT employee_id) FROM employee.position_history", Integer.class)).isEqualTo(550);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee.employee WHERE home_lat IS NULL", Integer.class)).isZero();
    }

    @Test
    void everyDemoAccountLogsInWithThePublishedPassword() {
        for (String user : new String[] {"admin", "petugas", "kadinkes", "bupati", "asesor", "pegawai"}) {
            int status = http.get("/api/v1/employees/none", user, "Merit#Demo2026").statusCode();
            assertThat(status).as(user).isIn(403, 404);
        }
        String nip = jdbc.queryForObject("SELECT nip FROM identity.app_user WHERE username = 'pegawai'", String.class);
        assertThat(http.get("/api/v1/employees/" + nip, "pegawai", "Merit#Demo2026").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/employees/" + nip, "kadinkes", "Merit#Demo2026").statusCode()).isEqualTo(200);
    }

    @Test
    void disciplineHistoryCameThroughTheImport() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM discipline.punishment", Integer.class)).isGreaterThan(150);
    }

    @Test
    void assessmentsCameThroughTheImportForAboutAThirdOfThePns() {
        int pns = jdbc.queryForObject("SELECT count(*) FROM employee.employee WHERE employee_type = 'PNS'", Integer.class);
        int assessed = jdbc.queryForObject("SELECT count(DISTINCT employee_id) FROM assessment.assessment", Integer.class);
        assertThat(assessed).isBetween(pns / 5, pns * 2 / 5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assessment.assessment a JOIN employee.employee e ON e.id = a.employee_id "
                + "WHERE e.employee_type <> 'PNS'", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT purpose FROM assessment.assessment", String.class))
                .containsExactlyInAnyOrder("MAPPING", "SELECTION");
    }

    @Test
    void anExistingDemoDatabaseWithoutAssessmentsGetsTheSameOnes() throws Exception {
        String before = jdbc.queryForObject("SELECT string_agg(e.nip || a.assessment_date || a.purpose || a.jpm || a.potential_score, ';' "
                + "ORDER BY e.nip, a.assessment_date, a.purpose) FROM assessment.assessment a JOIN employee.employee e ON e.id = a.employee_id",
                String.class);
        jdbc.update("DELETE FROM assessment.assessment");

        app.getBean(DemoSeeder.class).run(new org.springframework.boot.DefaultApplicationArguments());

        assertThat(jdbc.queryForObject("SELECT string_agg(e.nip || a.assessment_date || a.purpose || a.jpm || a.potential_score, ';' "
                + "ORDER BY e.nip, a.assessment_date, a.purpose) FROM assessment.assessment a JOIN employee.employee e ON e.id = a.employee_id",
                String.class)).isNotEmpty().isEqualTo(before);
        // and once they exist, a restart adds nothing
        app.getBean(DemoSeeder.class).run(new org.springframework.boot.DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assessment.assessment", Integer.class)).isEqualTo(before.split(";").length);
    }

    @Test
    void skpHistoryCameThroughTheImportForPnsAndPpppkOnly() {
        Integer rated = jdbc.queryForObject("SELECT count(*) FROM performance.evaluation WHERE year = 2025 AND period = 'ANNUAL'",
                Integer.class);
        assertThat(rated).isGreaterThan(300);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id
                 WHERE e.employee_type NOT IN ('PNS','PPPK')""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.evaluation WHERE year = 2023 AND results_rating IS NOT NULL",
                Integer.class)).as("2023 is historical: predicates only").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.evaluation WHERE year = 2024 AND results_rating IS NULL",
                Integer.class)).isZero();
        Integer sangatBaik = jdbc.queryForObject(
                "SELECT count(*) FROM performance.evaluation WHERE year = 2025 AND period = 'ANNUAL' AND predicate = 'SANGAT_BAIK'", Integer.class);
        Integer baik = jdbc.queryForObject(
                "SELECT count(*) FROM performance.evaluation WHERE year = 2025 AND period = 'ANNUAL' AND predicate = 'BAIK'", Integer.class);
        assertThat(sangatBaik).isBetween(rated / 25, rated / 5);
        assertThat(baik).isGreaterThan(rated / 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.evaluation WHERE predicate IN ('BUTUH_PERBAIKAN','KURANG')",
                Integer.class)).isPositive();
    }

    @Test
    void anOlderDemoDatabaseGetsTheSkpHistoryOnTheNextStart() throws Exception {
        Integer before = jdbc.queryForObject("SELECT count(*) FROM performance.evaluation", Integer.class);
        jdbc.update("DELETE FROM performance.evaluation");
        app.getBean(DemoSeeder.class).run(null);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.evaluation", Integer.class)).isEqualTo(before);
        app.getBean(DemoSeeder.class).run(null);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM performance.evaluation", Integer.class)).as("only when empty").isEqualTo(before);
    }

    @Test
    void generatorIsDeterministic() {
        var a = new DemoRegency(7).staff(50, 20);
        var b = new DemoRegency(7).staff(50, 20);
        assertThat(a).isEqualTo(b);
        assertThat(new DemoRegency(8).staff(50, 20)).isNotEqualTo(a);
    }
}
