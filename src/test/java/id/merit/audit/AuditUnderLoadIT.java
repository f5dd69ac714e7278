package id.merit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeCommands;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeType;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import id.merit.shared.Role;
import id.merit.support.TestUsers;
import id.merit.support.UsesTestDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 7: audited page views must not need a second pooled connection. With a pool of 3 and 12 concurrent views, an
 * audit write in its own transaction ({@code REQUIRES_NEW}) deadlocks: every thread holds one connection and waits for
 * another until the (here 3 s) connection timeout fails it. Each view must complete and be recorded, including views
 * made inside a read-only transaction (which PostgreSQL refuses to INSERT into: they are queued).
 */
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=3000"})
@UsesTestDatabase
class AuditUnderLoadIT {

    static final int VIEWS = 12;

    @Autowired
    OpdCommands opds;
    @Autowired
    EmployeeCommands employees;
    @Autowired
    EmployeeQueries queries;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    String nip;

    @BeforeEach
    void setUp() {
        TestUsers.runAs(Role.ADMIN, null, null);
        String s = String.valueOf(System.nanoTime() % 1_000_000);
        opds.upsert(new OpdData("POOL" + s, "Dinas Pool " + s, OpdKind.DINAS, null, null, null, null));
        LocalDate born = LocalDate.of(1988, 2, 3);
        nip = Nip.compose(born, YearMonth.of(2012, 1), 'M', (int) (Long.parseLong(s) % 998) + 1);
        employees.upsert(new EmployeeData(nip, "Andi Pool", Gender.M, born, EmployeeType.PNS, "POOL" + s, "III/a", "Analis",
                PositionKind.PELAKSANA, null, null, null, null));
    }

    @AfterEach
    void tearDown() {
        TestUsers.clear();
    }

    @Test
    void concurrentEmployeePageViewsBeyondThePoolSizeAllCompleteAndAreAudited() throws Exception {
        long before = views(nip);
        List<Object> done = concurrently(() -> queries.get(nip).nip());
        assertThat(done).hasSize(VIEWS).containsOnly(nip);
        assertThat(views(nip)).isEqualTo(before + VIEWS);
    }

    @Test
    void viewsInsideReadOnlyTransactionsAreQueuedAndWritten() throws Exception {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        String key = "RO-" + nip;
        List<Object> done = concurrently(() -> readOnly.execute(s -> {
            jdbc.queryForObject("SELECT 1", Integer.class); // the transaction has begun READ ONLY
            audit.viewed("EMPLOYEE", key);
            return key;
        }));
        assertThat(done).hasSize(VIEWS);
        audit.flush();
        assertThat(views(key)).isEqualTo(VIEWS);
        assertThat(jdbc.queryForList("SELECT DISTINCT actor FROM audit.audit_event WHERE entity_key = ?", String.class, key))
                .containsExactly("admin");
    }

    @Test
    void anEventOutsideAnyTransactionIsWrittenInItsOwn() {
        audit.event(AuditAction.VIEW, "EXPORT", "no-tx-" + nip, "outside a transaction");
        assertThat(views("no-tx-" + nip)).isEqualTo(1);
    }

    private long views(String key) {
        return jdbc.queryForObject("SELECT count(*) FROM audit.audit_event WHERE action = 'VIEW' AND entity_key = ?", Long.class, key);
    }

    /** Runs the task {@link #VIEWS} times at once, as the admin, and returns the results (a failure fails the test). */
    private List<Object> concurrently(Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(VIEWS);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < VIEWS; i++) {
                futures.add(pool.submit(() -> {
                    TestUsers.runAs(Role.ADMIN, null, null);
                    try {
                        return task.call();
                    } finally {
                        TestUsers.clear();
                    }
                }));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
