package id.merit.performance.domain;

import id.merit.employee.EmployeeDirectory;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code performance} import kind (interchange.md §2), atomic and idempotent: each row is an upsert of
 * {@code performance.evaluation} (source IMPORT) that changes nothing — and counts as a duplicate — when the stored
 * values are the same. Set-based (issue 12 item 10): the NIPs are checked against one read of every NIP, and each chunk
 * of {@link #CHUNK} rows is written by one statement ({@link PerformanceWriter#upsertImported}).
 */
@Component
class PerformanceImport extends MasterDataImport<PerformanceRowParser.Row> {

    static final int CHUNK = 5000;

    private final EmployeeDirectory employees;
    private final PerformanceWriter writer;
    private final Clock clock;

    PerformanceImport(EmployeeDirectory employees, PerformanceWriter writer, Clock clock,
                      PlatformTransactionManager transactions) {
        super(transactions, () -> {
        });
        this.employees = employees;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "performance";
    }

    @Override
    protected List<String> columnList() {
        return PerformanceRowParser.COLUMNS;
    }

    @Override
    protected RowParser<PerformanceRowParser.Row> parser(ImportRequest request) {
        Set<String> known = new HashSet<>();
        employees.allRefs().forEach(e -> known.add(e.nip()));
        return new PerformanceRowParser(known::contains, LocalDate.now(clock).getYear());
    }

    @Override
    protected int chunkSize() {
        return CHUNK;
    }

    @Override
    protected boolean[] writeChunk(List<PerformanceRowParser.Row> rows) {
        return writer.upsertImported(rows);
    }
}
