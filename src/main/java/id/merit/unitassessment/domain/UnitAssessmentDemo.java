package id.merit.unitassessment.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.DemoMode;
import id.merit.unitassessment.rules.Aspect;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only (after the demo regency, {@code DemoSeeder} runs at order 20): the previous year's assessment team
 * (one member per body) and a few innovations and awards for about half the top-level OPDs, each with a one-page PDF
 * as evidence, generated from {@code merit.demo.seed} so every demo database shows the same league. Runs once: nothing
 * is added when any team member exists.
 */
@Component
@Order(30)
class UnitAssessmentDemo implements ApplicationRunner {
    private static final String[] INNOVATIONS = {"Layanan perizinan daring", "Antrean pelayanan berbasis aplikasi", "Arsip digital terpadu",
            "Pengaduan masyarakat lewat WhatsApp", "Jemput bola layanan kependudukan", "Dasbor kinerja harian"};
    private static final String[] AWARDS = {"Penghargaan pelayanan publik tingkat provinsi", "Zona integritas WBK",
            "Juara inovasi daerah", "Opini keuangan terbaik tingkat kabupaten"};
    private final Environment env;
    private final OpdQueries opds;
    private final UnitAssessmentStore store;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    UnitAssessmentDemo(Environment env, OpdQueries opds, UnitAssessmentStore store, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.env = env;
        this.opds = opds;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoMode.enabled(env) || !env.getProperty("merit.demo.activity", Boolean.class, true)) {
            return;
        }
        Integer members = jdbc.queryForObject("SELECT count(*) FROM unitassessment.team_member", Integer.class);
        List<OpdView> tops = opds.tree().stream().filter(o -> o.parentId() == null).toList();
        if (members == null || members > 0 || tops.isEmpty()) {
            return;
        }
        int year = LocalDate.now(clock).getYear() - 1;
        Random random = new Random(env.getProperty("merit.demo.seed", Long.class, 20260101L) + 8);
        var now = clock.instant();
        long inspector = store.addMember(year, TeamBody.INSPECTORATE, "Ir. Hendra Wijaya", "Auditor Ahli Madya", "system", now);
        long bkd = store.addMember(year, TeamBody.BKD, "Sri Rahayu, S.Sos.", "Analis SDM Aparatur Ahli Muda", "system", now);
        long bureau = store.addMember(year, TeamBody.ORGANISATION_BUREAU, "Agus Salim, S.H.", "Analis Kelembagaan", "system", now);
        long[] team = {inspector, bkd, bureau};
        int entries = 0;
        for (OpdView o : tops) {
            if (random.nextInt(100) >= 55) {
                continue;
            }
            int innovations = 1 + random.nextInt(2);
            for (int i = 0; i < innovations; i++) {
                String title = INNOVATIONS[random.nextInt(INNOVATIONS.length)];
                store.addEntry(year, o.id(), Aspect.INNOVATION, title, null, 20 + 10 * random.nextInt(6), team[random.nextInt(3)],
                        "inovasi-" + o.code().toLowerCase() + "-" + (i + 1) + ".pdf", "application/pdf", pdf(title), "system", now);
                entries++;
            }
            if (random.nextBoolean()) {
                String title = AWARDS[random.nextInt(AWARDS.length)];
                store.addEntry(year, o.id(), Aspect.AWARDS, title, null, 25 + 25 * random.nextInt(3), team[random.nextInt(3)],
                        "penghargaan-" + o.code().toLowerCase() + ".pdf", "application/pdf", pdf(title), "system", now);
                entries++;
            }
        }
        audit.event(AuditAction.CREATE, UnitAssessmentService.AUDIT_TYPE, "demo " + year, "demo team of 3 and " + entries + " records");
    }

    /** A minimal one-page PDF naming the record (valid enough for a viewer; the content check needs only "%PDF-"). */
    static byte[] pdf(String title) {
        String text = title.replaceAll("[()\\\\]", " ");
        String stream = "BT /F1 14 Tf 56 780 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + stream.length() + ">>stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }
}
