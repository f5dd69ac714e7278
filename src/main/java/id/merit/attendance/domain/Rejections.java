package id.merit.attendance.domain;

import id.merit.shared.imports.ImportOutcome;
import id.merit.shared.imports.RowProblem;
import java.util.ArrayList;
import java.util.List;

/** Rejected rows of one import: the first {@value #CAP} are listed, all are counted. */
final class Rejections {
    static final int CAP = 1000;
    private final List<RowProblem> listed = new ArrayList<>();
    private long total;

    void add(long line, String field, String messageKey, Object... args) {
        total++;
        if (listed.size() < CAP) {
            listed.add(new RowProblem(line, field, messageKey, args));
        }
    }

    boolean any() {
        return total > 0;
    }

    long total() {
        return total;
    }

    ImportOutcome outcome(long accepted, long duplicates) {
        return new ImportOutcome(accepted, duplicates, List.copyOf(listed), total);
    }
}
