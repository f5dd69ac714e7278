package id.merit.attendance.domain;

import id.merit.shared.imports.ImportOutcome;
import id.merit.shared.imports.ImportRequest;
import id.merit.shared.imports.TabularFile;
import id.merit.shared.imports.TabularFile.TableRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The atomic (master-data) import of interchange.md §2 for the attendance kinds {@code holidays}, {@code device-users}
 * and {@code absences}: every row is checked first; the rows are then upserted in one transaction by a statement that
 * changes nothing for an identical row (update count 0 = duplicate). Any rejected row, or a dry run, rolls everything
 * back (accepted 0). A row repeating an earlier row's key in the same file is a duplicate when identical, otherwise
 * rejected. The import endpoint (dataimport) records stored imports in the audit trail.
 */
@Component
class MasterDataImport {

    /** One checked row: its in-file key and the upsert's parameters. */
    record Parsed(long line, Object key, Object[] params) {
    }

    /** Checks a row; returns null (after adding rejections) when it is bad. */
    @FunctionalInterface
    interface RowParser {
        Parsed parse(TableRow row, Rejections rejections);
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DataVersion version;

    MasterDataImport(JdbcTemplate jdbc, PlatformTransactionManager txManager, DataVersion version) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
        // REQUIRED, not REQUIRES_NEW: callers (the import endpoint, import jobs, the demo seeder) hold no transaction, so
        // each import is its own unit of work; a caller that does hold one is joined instead of taking a second pooled
        // connection, which under load deadlocks the pool (issue 7)
        this.version = version;
    }

    /**
     * @param upsertSql      an INSERT … ON CONFLICT … DO UPDATE … WHERE changed; one {@code ?} per parameter
     * @param movesFigures   whether stored rows change attendance figures (bumps {@link DataVersion})
     */
    ImportOutcome run(ImportRequest request, List<String> columns, RowParser parser, String upsertSql, boolean movesFigures) {
        Rejections rejections = new Rejections();
        List<Parsed> rows = new ArrayList<>();
        Map<Object, Parsed> seen = new HashMap<>();
        long[] repeated = {0};
        TabularFile.Header header = TabularFile.read(request.file(), columns, row -> {
            rejections.row();
            Parsed p = parser.parse(row, rejections);
            if (p == null) {
                return;
            }
            Parsed earlier = seen.putIfAbsent(p.key(), p);
            if (earlier == null) {
                rows.add(p);
            } else if (Arrays.equals(earlier.params(), p.params())) {
                repeated[0]++;
            } else {
                rejections.add(p.line(), null, "attendance.import.conflictingRow", earlier.line());
            }
        });
        if (!header.missing().isEmpty()) {
            header.missing().forEach(c -> rejections.add(1, c, "attendance.import.missingColumn", c));
            return rejections.outcome(0, 0);
        }
        boolean store = !request.dryRun() && !rejections.any();
        long changed = tx.execute(status -> {
            long n = 0;
            for (int from = 0; from < rows.size(); from += 5000) {
                List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + 5000)).stream().map(Parsed::params).toList();
                n += Arrays.stream(jdbc.batchUpdate(upsertSql, batch)).filter(c -> c > 0).count();
            }
            if (!store) {
                status.setRollbackOnly();
            } else if (n > 0 && movesFigures) {
                version.bump();
            }
            return n;
        });
        long duplicates = rows.size() - changed + repeated[0];
        return rejections.outcome(store ? changed : 0, duplicates);
    }
}
