package id.merit.demo;

import id.merit.assessment.AssessmentQueries;
import id.merit.employee.EmployeeBundle;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.identity.NewUser;
import id.merit.identity.AccountCommands;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.PostCommands;
import id.merit.orgunit.OpdQueries;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.PeriodCommands;
import id.merit.shared.DemoMode;
import id.merit.shared.Role;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo regency once, on the first start in demo mode (an empty registry). The demo accounts, all with
 * the password {@link DemoMode#DEMO_PASSWORD}, are listed in the README.
 */
@Component
@Order(20)
class DemoSeeder implements ApplicationRunner {
    private final java.time.Clock clock;
    static final String OPD_HEAD_OPD = "DINKES";
    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private final Environment env;
    private final OpdCommands opdCommands;
    private final PostCommands postCommands;
    private final OpdQueries opds;
    private final EmployeeCommands employees;
    private final AccountCommands users;
    private final TransactionTemplate tx;
    private final List<ImportHandler> importers;
    private final EmployeeDirectory registry;
    private final AssessmentQueries assessments;
    private final PerformanceQueries performance;
    private final PeriodCommands periods;

    DemoSeeder(Environment env, OpdCommands opdCommands, PostCommands postCommands, OpdQueries opds, EmployeeCommands employees,
               AccountCommands users, TransactionTemplate tx, List<ImportHandler> importers, EmployeeDirectory registry,
               AssessmentQueries assessments, PerformanceQueries performance, PeriodCommands periods, java.time.Clock clock) {
        this.clock = clock;
        this.periods = periods;
        this.registry = registry;
        this.assessments = assessments;
        this.performance = performance;
        this.postCommands = postCommands;
        this.importers = importers;
        this.env = env;
        this.opdCommands = opdCommands;
        this.opds = opds;
        this.employees = employees;
        this.users = users;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoMode.enabled(env)) {
            return;
        }
        long seed = env.getProperty("merit.demo.seed", Long.class, 20260101L);
        if (!opds.tree().isEmpty()) {
            // an existing demo database from before the assessments were generated gets them once
            if (assessments.count() == 0 && env.getProperty("merit.demo.activity", Boolean.class, true)) {
                asSystem(() -> runImport("assessments", assessmentsCsv(seed), Map.of()));
            }
            // a demo database created before the performance module: add the SKP history once
            if (!performance.anyRecorded()) {
                asSystem(() -> seedPerformance(seed));
            }
            asSystem(this::openCurrentPeriod);
            return;
        }
        long started = System.nanoTime();
        int asn = env.getProperty("merit.demo.asn", Integer.class, 3000);
        int honorary = env.getProperty("merit.demo.honorary", Integer.class, 1500);
        DemoRegency regency = new DemoRegency(seed);
        DemoPosts posts = new DemoPosts(regency.opds());
        List<EmployeeBundle> staff = posts.link(regency.staff(asn, honorary));
        tx.executeWithoutResult(s -> {
            regency.opds().forEach(opdCommands::upsert);
            posts.posts().forEach(postCommands::upsert);
            for (int from = 0; from < staff.size(); from += 5000) {
                employees.bulkLoad(staff.subList(from, Math.min(staff.size(), from + 5000)), "demo regency seed " + seed);
            }
            accounts(staff);
        });
        log.info("Demo regency seeded: {} OPDs, {} staff in {} ms", regency.opds().size(), staff.size(),
                (System.nanoTime() - started) / 1_000_000);
        asSystem(() -> seedPerformance(seed));
        asSystem(this::openCurrentPeriod);
        if (env.getProperty("merit.demo.activity", Boolean.class, true)) {
            activity(new DemoActivity(seed, staff), staff, seed);
        }
    }

    /** Runs {@code work} as a system administrator: imports check roles (audit actor "system"). */
    private static void asSystem(Runnable work) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("system", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(Role.ADMIN.authority()))));
        try {
            work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** The current year's ANNUAL SKP period, open until 31 January of the next year (PP 30/2019 Ps 42), so OPD heads can rate. */
    private void openCurrentPeriod() {
        int year = LocalDate.now(clock).getYear();
        periods.openAnnualIfAbsent(year, LocalDate.of(year + 1, 1, 31));
    }

    /** The SKP history of the stored PNS and PPPK ({@link DemoPerformance}), through the {@code performance} import. */
    private void seedPerformance(long seed) {
        Map<Long, LocalDate> since = registry.firstPositionStarts();
        List<DemoPerformance.Member> members = registry.allRefs().stream()
                .map((EmployeeRef e) -> new DemoPerformance.Member(e.nip(), e.employeeType(), since.get(e.id()))).toList();
        runImport("performance", new DemoPerformance(seed).csv(members), Map.of());
    }

    /** Holidays, punches, excuses and the discipline history, through the same import handlers other systems use. */
    private void activity(DemoActivity activity, List<EmployeeBundle> staff, long seed) {
        long started = System.nanoTime();
        asSystem(() -> {
            importActivity(activity, staff);
            runImport("assessments", assessmentsCsv(seed), Map.of());
        });
        log.info("Demo activity imported for {} tracked staff in {} ms", activity.trackedCount(), (System.nanoTime() - started) / 1_000_000);
    }

    private void importActivity(DemoActivity activity, List<EmployeeBundle> staff) {
        LocalDate until = LocalDate.now(clock);
        StringBuilder absences = new StringBuilder();
        String attlog = activity.attlog(LocalDate.of(until.getYear(), 1, 1), until, absences);
        runImport("holidays", activity.holidaysCsv(), Map.of());
        runImport("device-users", activity.deviceUsersCsv(), Map.of());
        runImport("absences", absences.toString(), Map.of());
        runImport("attlog", attlog, Map.of("device_sn", DemoActivity.DEVICE));
        runImport("punishments", activity.punishmentsCsv(staff), Map.of());
    }

    /** Imports check roles: run them as a system administrator (audit actor "system"). */
    /** Assessments for about 30 % of the stored PNS (by NIP, so the same on a fresh seed and an existing database). */
    private String assessmentsCsv(long seed) {
        List<String> pns = registry.allRefs().stream().filter(e -> e.employeeType() == EmployeeType.PNS).map(EmployeeRef::nip)
                .sorted().toList();
        return new DemoAssessments(seed).csv(pns);
    }

    private void runImport(String kind, String content, Map<String, String> params) {
        ImportHandler handler = importers.stream().filter(h -> h.kind().equals(kind)).findFirst().orElse(null);
        if (handler == null) {
            log.warn("Demo data: no import handler for '{}', skipped", kind);
            return;
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        ImportOutcome outcome = handler.run(new ImportRequest(kind, kind + ".csv", () -> new java.io.ByteArrayInputStream(bytes), params, false));
        if (!outcome.rejected().isEmpty()) {
            log.warn("Demo data '{}': {} rows rejected, first: {}", kind, outcome.rejected().size(), outcome.rejected().get(0));
        }
        log.info("Demo data '{}': {} accepted, {} duplicates", kind, outcome.accepted(), outcome.duplicates());
    }

    private void accounts(List<EmployeeBundle> staff) {
        String pw = DemoMode.DEMO_PASSWORD;
        String employeeNip = staff.stream().map(EmployeeBundle::employee)
                .filter(e -> e.employeeType() == EmployeeType.PNS && e.opdCode().startsWith(OPD_HEAD_OPD)
                        && e.positionKind() == PositionKind.FUNGSIONAL)
                .findFirst().orElse(staff.get(0).employee()).nip();
        users.createSystemAccount(new NewUser("petugas", pw, Role.OFFICER, null, null, "Petugas BKPSDM"), true);
        users.createSystemAccount(new NewUser("kadinkes", pw, Role.OPD_HEAD, OPD_HEAD_OPD, null, "Kepala Dinas Kesehatan"), true);
        users.createSystemAccount(new NewUser("bupati", pw, Role.REGENT, null, null, "Bupati"), true);
        users.createSystemAccount(new NewUser("asesor", pw, Role.ASSESSOR, null, null, "Tim Penelusuran Rekam Jejak"), true);
        users.createSystemAccount(new NewUser("pegawai", pw, Role.EMPLOYEE, null, employeeNip, "Pegawai Contoh"), true);
    }
}
