package id.merit.performance.domain;

import id.merit.employee.EmployeeDirectory;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code performance} import kind (interchange.md §2), atomic and idempotent: each row is an upsert of
 * {@code performance.evaluation} (source IMPORT) that changes nothing — and counts as a duplicate — when the stored
 * values are the same.
 */
@Component
class PerformanceImport extends MasterDataImport<PerformanceRowParser.Row> {

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
        Map<String, Boolean> known = new HashMap<>();
        return new PerformanceRowParser(nip -> known.computeIfAbsent(nip, n -> employees.ref(n).isPresent()),
                LocalDate.now(clock).getYear());
    }

    @Override
    protected Written write(PerformanceRowParser.Row row) {
        return writer.upsertImported(row) ? Written.CHANGED : Written.UNCHANGED;
    }
}
