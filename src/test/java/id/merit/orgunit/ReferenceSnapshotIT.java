package id.merit.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.support.MeritIntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The OPD tree and post catalogue kept in memory ({@code ReferenceSnapshot}) never show anything but the committed
 * tables: changes made with plain SQL (not through the services) are seen at once, the subtrees equal the recursive
 * query they replaced, and a change rolled back leaves no trace.
 */
@MeritIntegrationTest
class ReferenceSnapshotIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpdQueries opds;
    @Autowired
    PostQueries posts;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private String t;

    @BeforeEach
    void setUp() {
        t = "RS" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36)
                .toUpperCase(Locale.ROOT);
    }

    @AfterEach
    void tearDown() {
        jdbc.update("DELETE FROM orgunit.post WHERE code LIKE ?", t + "%");
        jdbc.update("DELETE FROM orgunit.opd WHERE parent_id IN (SELECT id FROM orgunit.opd WHERE code LIKE ?)", t + "%");
        jdbc.update("DELETE FROM orgunit.opd WHERE code LIKE ?", t + "%");
    }

    @Test
    void plainSqlChangesAreSeenAtOnce() {
        assertThat(opds.tree()).as("warm the snapshot").isNotNull();
        long root = insertOpd(t + "-ROOT", "Dinas Uji " + t, null);
        long child = insertOpd(t + "-SUB", "Bidang Uji " + t, root);

        assertThat(opds.tree()).extracting(OpdView::code).contains(t + "-ROOT", t + "-SUB");
        assertThat(opds.subtreeIds(t + "-ROOT")).containsExactlyInAnyOrder(root, child);
        assertThat(opds.byCode(t + "-SUB")).get().extracting(OpdView::parentCode, OpdView::depth).containsExactly(t + "-ROOT", 0);

        jdbc.update("UPDATE orgunit.opd SET name = ? WHERE id = ?", "Bidang Baru " + t, child);
        assertThat(opds.byId(child)).get().extracting(OpdView::name).isEqualTo("Bidang Baru " + t);

        jdbc.update("UPDATE orgunit.opd SET parent_id = NULL WHERE id = ?", child);
        assertThat(opds.subtreeIds(t + "-ROOT")).containsExactly(root);

        jdbc.update("DELETE FROM orgunit.opd WHERE id = ?", child);
        assertThat(opds.byCode(t + "-SUB")).isEmpty();
        assertThat(opds.subtreeIds(t + "-SUB")).isEmpty();
    }

    @Test
    void subtreesEqualTheRecursiveQuery() {
        long root = insertOpd(t + "-A", "Dinas A " + t, null);
        long mid = insertOpd(t + "-B", "Bidang B " + t, root);
        insertOpd(t + "-C", "Seksi C " + t, mid);
        for (OpdView o : opds.tree()) {
            List<Long> expected = jdbc.queryForList("""
                    WITH RECURSIVE sub AS (SELECT id FROM orgunit.opd WHERE code = ?
                      UNION SELECT o.id FROM orgunit.opd o JOIN sub s ON o.parent_id = s.id)
                    SELECT id FROM sub""", Long.class, o.code());
            assertThat(opds.subtreeIds(o.code())).as(o.code()).isEqualTo(new HashSet<>(expected));
        }
        assertThat(opds.subtreeIds(t + "-A")).hasSize(3);
    }

    @Test
    void theCatalogueFollowsPlainSqlAndItsOpd() {
        long opd = insertOpd(t + "-P", "Dinas P " + t, null);
        assertThat(posts.active()).extracting(PostView::code).doesNotContain(t + "-POST");
        jdbc.update("INSERT INTO orgunit.post (code, opd_id, name, position_kind, slots) VALUES (?, ?, 'Kepala Uji', 'ADMINISTRATOR', 1)",
                t + "-POST", opd);
        assertThat(posts.active()).extracting(PostView::code).contains(t + "-POST");
        assertThat(posts.byCode(t + "-POST")).get().extracting(PostView::opdName).isEqualTo("Dinas P " + t);

        jdbc.update("UPDATE orgunit.opd SET name = ? WHERE id = ?", "Dinas P Baru " + t, opd);
        assertThat(posts.byCode(t + "-POST")).get().extracting(PostView::opdName).isEqualTo("Dinas P Baru " + t);

        jdbc.update("UPDATE orgunit.post SET retired_on = current_date WHERE code = ?", t + "-POST");
        assertThat(posts.active()).extracting(PostView::code).doesNotContain(t + "-POST");
        assertThat(posts.all()).extracting(PostView::code).contains(t + "-POST");
    }

    @Test
    void aRolledBackChangeLeavesNoTrace() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            insertOpd(t + "-GONE", "Dinas Batal " + t, null);
            assertThat(opds.byCode(t + "-GONE")).as("seen inside its own transaction").isPresent();
            status.setRollbackOnly();
        });
        assertThat(opds.byCode(t + "-GONE")).isEmpty();
        assertThat(opds.tree()).extracting(OpdView::code).doesNotContain(t + "-GONE");
    }

    @Test
    void handedOutListsAreCopies() {
        List<OpdView> tree = opds.tree();
        int size = tree.size();
        tree.clear();
        assertThat(opds.tree()).hasSize(size);
    }

    private long insertOpd(String code, String name, Long parent) {
        return jdbc.queryForObject("INSERT INTO orgunit.opd (code, name, kind, parent_id) VALUES (?, ?, 'DINAS', ?) RETURNING id",
                Long.class, code, name, parent);
    }
}
