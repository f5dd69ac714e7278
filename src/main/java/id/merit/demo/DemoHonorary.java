package id.merit.demo;

import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.performance.HonoraryEvaluations;
import id.merit.shared.DemoMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A few yearly evaluations of demo honorary (non-ASN) staff for the current year (every tenth, deterministic from the
 * demo seed), after {@link DemoSeeder} has stored the staff and their attendance; once, when none is stored yet.
 */
@Component
@Order(30)
class DemoHonorary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHonorary.class);
    private static final List<String> SKILLS = List.of("ADMINISTRATION", "IT_OPERATOR", "FINANCE", "TEACHING", "HEALTH",
            "FIELD_TECHNICAL", "DRIVER", "SECURITY", "CLEANING");

    private final Environment env;
    private final EmployeeDirectory registry;
    private final HonoraryEvaluations evaluations;
    private final Clock clock;

    DemoHonorary(Environment env, EmployeeDirectory registry, HonoraryEvaluations evaluations, Clock clock) {
        this.env = env;
        this.registry = registry;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoMode.enabled(env) || evaluations.anyRecorded()) {
            return;
        }
        List<EmployeeRef> honorary = registry.allRefs().stream().filter(e -> !e.employeeType().isAsn())
                .sorted(Comparator.comparing(EmployeeRef::nip)).toList();
        if (honorary.isEmpty()) {
            return;
        }
        Random random = new Random(env.getProperty("merit.demo.seed", Long.class, 20260101L) ^ 0x484f4eL);
        List<HonoraryEvaluations.Entry> entries = new ArrayList<>();
        for (int i = 0; i < honorary.size(); i += 10) {
            int roll = random.nextInt(100);
            String recommendation = roll < 70 ? "CONTINUE" : roll < 90 ? "CONTINUE_WITH_COACHING" : "END";
            int duties = switch (recommendation) {
                case "CONTINUE" -> 3 + random.nextInt(2);
                case "CONTINUE_WITH_COACHING" -> 2;
                default -> 1 + random.nextInt(2);
            };
            int conduct = recommendation.equals("CONTINUE") ? 3 + random.nextInt(2) : 1 + random.nextInt(3);
            String reasons = switch (recommendation) {
                case "CONTINUE" -> "Tugas dilaksanakan sesuai penugasan dan kehadiran baik.";
                case "CONTINUE_WITH_COACHING" -> "Tugas belum sepenuhnya sesuai penugasan; perlu pembinaan oleh atasan.";
                default -> "Tugas tidak dilaksanakan dan sering tidak hadir tanpa keterangan.";
            };
            String first = SKILLS.get(random.nextInt(SKILLS.size()));
            String second = SKILLS.get(random.nextInt(SKILLS.size()));
            entries.add(new HonoraryEvaluations.Entry(honorary.get(i).nip(), duties, conduct,
                    first.equals(second) ? List.of(first) : List.of(first, second), recommendation, reasons));
        }
        int year = LocalDate.now(clock).getYear();
        int stored = evaluations.recordAll(year, entries, "demo");
        log.info("Demo data: {} honorary staff evaluations of {} stored", stored, year);
    }
}
