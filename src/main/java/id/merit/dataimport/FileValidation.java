package id.merit.dataimport;

import id.merit.dataimport.TabularFile.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pass 1 of a master-data import: validates every row completely and keeps the parsed rows for pass 2. The same
 * key twice in one file counts as a duplicate when both rows are identical and rejects the later row otherwise.
 * Pure Java (no Spring).
 */
public final class FileValidation<T> implements Consumer<TableRow> {

    /** A valid row and the line it came from. */
    public record Parsed<T>(long line, T value) {
    }

    private final RowParser<T> parser;
    private final List<Parsed<T>> rows = new ArrayList<>();
    private final Map<Object, Parsed<T>> byKey = new HashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private long rowCount;
    private long duplicates;

    public FileValidation(RowParser<T> parser) {
        this.parser = parser;
    }

    @Override
    public void accept(TableRow row) {
        rowCount++;
        RowCheck check = new RowCheck(row);
        if (row.extraCells() > 0) {
            check.reject(null, "import.error.extraCells", String.valueOf(row.extraCells()));
            problems.addAll(check.problems());
            return;
        }
        T value = parser.parse(check);
        if (!check.ok() || value == null) {
            problems.addAll(check.problems());
            return;
        }
        Parsed<T> earlier = byKey.get(parser.key(value));
        if (earlier == null) {
            Parsed<T> parsed = new Parsed<>(row.line(), value);
            byKey.put(parser.key(value), parsed);
            rows.add(parsed);
        } else if (earlier.value().equals(value)) {
            duplicates++;
        } else {
            problems.add(new RowProblem(row.line(), parser.keyField(), "import.error.duplicateKey", parser.keyLabel(),
                    String.valueOf(earlier.line())));
        }
    }

    /** Runs the whole-file checks; call once after the last row. */
    public FileValidation<T> finish() {
        problems.addAll(parser.finish(List.copyOf(rows)));
        problems.sort(Comparator.comparingLong(RowProblem::line));
        return this;
    }

    public List<Parsed<T>> rows() {
        return rows;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public boolean rejected() {
        return !problems.isEmpty();
    }

    /** Rows repeated identically within the file. */
    public long duplicates() {
        return duplicates;
    }

    public long rowCount() {
        return rowCount;
    }
}
