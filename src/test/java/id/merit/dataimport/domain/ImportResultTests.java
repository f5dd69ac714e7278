package id.merit.dataimport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.RowProblem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportResultTests {

    private static final List<RowProblem> TWO_PROBLEMS_ON_ONE_LINE_AND_ONE_MORE = List.of(
            new RowProblem(3, "nip", "x"), new RowProblem(3, "name", "y"), new RowProblem(9, "nip", "z"));

    @ParameterizedTest(name = "atomic={0} dryRun={1} unreadable={2} rows={3} accepted={4} duplicates={5} -> {6}")
    @CsvSource({
            // stored attendance-like import: rows neither stored nor duplicates, whatever the (capped) list holds
            "false, false, false, 5000, 3000, 1000, 1000",
            // its dry run stores nothing (accepted 0), so the listed lines count
            "false, true,  false, 5000,    0, 1000,    2",
            // rows not reported by the handler
            "false, false, false,   -1,    0,    0,    2",
            // atomic kinds: the listed lines
            "true,  false, false,   12,    0,    0,    2",
            // an unreadable file: its one problem
            "false, false, true,     0,    0,    0,    2",
    })
    void rejectedRows(boolean atomic, boolean dryRun, boolean unreadable, long rows, long accepted, long duplicates, long expected) {
        ImportResult r = new ImportResult("k", "f.csv", dryRun, atomic, unreadable,
                new ImportOutcome(accepted, duplicates, TWO_PROBLEMS_ON_ONE_LINE_AND_ONE_MORE, rows));
        assertThat(r.rejectedRows()).isEqualTo(expected);
    }
}
