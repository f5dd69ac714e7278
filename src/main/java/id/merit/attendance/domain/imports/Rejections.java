package id.merit.attendance.domain.imports;

import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.RowProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Rejected rows of one import and the rows read. At most {@value #CAP} problems are listed: when there are more, the
 * last entry is a note at the first line left out, saying how many more were rejected and the total.
 */
final class Rejections {
    static final int CAP = 1000;
    private final List<RowProblem> listed = new ArrayList<>();
    private long total;
    private long firstOmittedLine;
    private long rows;

    void add(long line, String field, String messageKey, Object... args) {
        total++;
        if (listed.size() < CAP - 1) {
            listed.add(new RowProblem(line, field, messageKey, args));
        } else if (firstOmittedLine == 0) {
            firstOmittedLine = line;
            listed.add(new RowProblem(line, field, messageKey, args));
        }
    }

    /** Counts a data row read (valid or not). */
    void row() {
        rows++;
    }

    boolean any() {
        return total > 0;
    }

    long total() {
        return total;
    }

    ImportOutcome outcome(long accepted, long duplicates) {
        List<RowProblem> out = new ArrayList<>(listed);
        if (total > CAP) {
            out.set(CAP - 1, new RowProblem(firstOmittedLine, null, "attendance.import.moreRejected", total - (CAP - 1), total));
        }
        return new ImportOutcome(accepted, duplicates, out, rows);
    }
}
