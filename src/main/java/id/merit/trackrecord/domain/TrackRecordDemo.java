package id.merit.trackrecord.domain;

import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.identity.AccountDirectory;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.CurrentUser;
import id.merit.shared.DemoMode;
import id.merit.shared.Role;
import id.merit.trackrecord.rules.Integrity;
import id.merit.trackrecord.rules.InterviewSource;
import id.merit.trackrecord.rules.Neutrality;
import id.merit.trackrecord.rules.OfficialCategory;
import id.merit.trackrecord.rules.SuperiorVerdict;
import id.merit.trackrecord.rules.TeamBody;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only (after the demo regency, {@code DemoSeeder} runs at order 20): one investigation of six officials with
 * two teams as in seed 004, the demo {@code asesor} account in the first team (so its landing page and "my dossiers" list
 * show work), one dossier complete and one begun; the second team is past its deadline, so BKPSDM's landing page shows
 * an overdue investigation. Runs once: nothing is added when any investigation exists.
 */
@Component
@Order(40)
class TrackRecordDemo implements ApplicationRunner {
    static final String DEMO_ASSESSOR = "asesor";
    private final Environment env;
    private final TrackRecordService service;
    private final EmployeeDirectory registry;
    private final OpdQueries opds;
    private final AccountDirectory accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    TrackRecordDemo(Environment env, TrackRecordService service, EmployeeDirectory registry, OpdQueries opds, AccountDirectory accounts,
                    JdbcTemplate jdbc, TransactionTemplate tx) {
        this.env = env;
        this.service = service;
        this.registry = registry;
        this.opds = opds;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoMode.enabled(env) || !env.getProperty("merit.demo.activity", Boolean.class, true)) {
            return;
        }
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM trackrecord.investigation", Integer.class);
        if (existing == null || existing > 0) {
            return;
        }
        List<EmployeeRef> officials = registry.allRefs().stream().filter(e -> e.employeeType() == EmployeeType.PNS)
                .filter(e -> e.positionKind() == PositionKind.ADMINISTRATOR || e.positionKind() == PositionKind.PENGAWAS)
                .sorted(Comparator.comparing(EmployeeRef::nip)).limit(6).toList();
        if (officials.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        LocalDate today = service.today();
        as("system", Role.ADMIN, () -> tx.executeWithoutResult(s -> {
            long id = service.create(new TrackRecordService.NewInvestigation("Penelusuran rekam jejak calon pejabat " + today.getYear(),
                    "Persiapan evaluasi jabatan dan mutasi pejabat eselon II, eselon III dan lurah.", today.plusDays(21)));
            long first = service.addTeam(id, new TrackRecordService.NewTeam("Kelompok 1", "Ir. H. Fachriza, M.M.",
                    "Asisten I Bidang Pemerintahan dan Kesejahteraan Sosial", null, today.plusDays(14)));
            long second = service.addTeam(id, new TrackRecordService.NewTeam("Kelompok 2", "Drs. H. Muhamad Husni, M.Si.",
                    "Asisten III Bidang Administrasi", null, today.minusDays(1)));
            if (accounts.byUsername(DEMO_ASSESSOR).filter(a -> a.role() == Role.ASSESSOR).isPresent()) {
                service.addMember(id, first, TeamBody.INSPECTORATE, "Tim Penelusuran Rekam Jejak", DEMO_ASSESSOR);
            }
            Set<String> areas = new LinkedHashSet<>();
            for (int i = 0; i < officials.size(); i++) {
                EmployeeRef e = officials.get(i);
                String code = opds.byId(e.opdId()).map(OpdView::code).orElse(null);
                if (code != null && areas.add(code)) {
                    // each unit once (a unit of an investigation belongs to one team); officials of a unit already
                    // assigned join that unit's team
                    service.assignArea(id, i < 3 ? first : second, code);
                }
                ids.add(service.addOfficial(id, e.nip(), e.positionKind() == PositionKind.ADMINISTRATOR ? OfficialCategory.JPT_PRATAMA
                        : OfficialCategory.ADMINISTRATOR));
            }
            ids.add(id);
        }));
        long investigation = ids.remove(ids.size() - 1);
        // the demo assessor's team records a complete dossier and begins a second one
        as(DEMO_ASSESSOR, Role.ASSESSOR, () -> tx.executeWithoutResult(s -> {
            List<TrackRecordService.Assigned> mine = service.assignedTo(DEMO_ASSESSOR, false);
            if (mine.isEmpty()) {
                return;
            }
            long a = mine.get(0).officialId();
            service.recordFindings(investigation, a, new TrackRecordService.Findings("Drs. Bujang H.R., M.M.", SuperiorVerdict.RECOMMENDED,
                    "Disiplin dan mampu memimpin tim.", Neutrality.NEUTRAL, null, Integrity.GOOD, null, new BigDecimal("78.50")));
            service.addInterview(investigation, a, new TrackRecordService.NewInterview(InterviewSource.RT_HEAD, "Bapak Sutrisno",
                    today.minusDays(3), "Aktif dalam kegiatan warga, tidak pernah bermasalah."));
            service.addInterview(investigation, a, new TrackRecordService.NewInterview(InterviewSource.COMMUNITY_FIGURE, "H. Abdullah",
                    today.minusDays(3), "Dikenal jujur dan santun."));
            service.addInterview(investigation, a, new TrackRecordService.NewInterview(InterviewSource.NEIGHBOUR, "Ibu Ratna",
                    today.minusDays(2), "Ramah dan suka membantu tetangga."));
            if (mine.size() > 1) {
                long b = mine.get(1).officialId();
                service.addInterview(investigation, b, new TrackRecordService.NewInterview(InterviewSource.RT_HEAD, "Bapak Hasan",
                        today.minusDays(1), "Jarang terlihat di lingkungan, tidak ada keluhan warga."));
            }
        }));
    }

    private static void as(String username, Role role, Runnable work) {
        CurrentUser user = new CurrentUser(username, role, null, null);
        CurrentUser.Aware principal = () -> user;
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
