package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.shared.imports.RowProblem;
import id.merit.shared.imports.TabularFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks one row of the {@code punishments} import (interchange.md §2) without touching the database: every column
 * present and well-formed, the NIP known ({@code nipExists}), codes exactly as listed (case-sensitive), the kind one of the level's kinds, dates ISO with
 * effective ≥ decision and end ≥ effective (end may be empty). Every problem of the row is reported, not just the first.
 */
final class PunishmentRowValidator {

    static final List<String> COLUMNS = List.of("nip", "level", "kind", "decision_date", "effective_date", "end_date");
    static final String PREFIX = "discipline.import.error.";

    private final Predicate<String> nipExists;

    /** A valid row, or the problems of an invalid one. */
    record Result(PunishmentRow row, List<RowProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    PunishmentRowValidator(Predicate<String> nipExists) {
        this.nipExists = nipExists;
    }

    Result validate(TabularFile.TableRow r) {
        long line = r.line();
        List<RowProblem> problems = new ArrayList<>();
        String nip = r.get("nip");
        if (nip == null) {
            problems.add(required(line, "nip"));
        } else if (!nipExists.test(nip)) {
            problems.add(new RowProblem(line, "nip", PREFIX + "nipUnknown", nip));
        }
        PunishmentLevel level = enumValue(PunishmentLevel.class, r.get("level"), line, "level", problems);
        PunishmentKind kind = enumValue(PunishmentKind.class, r.get("kind"), line, "kind", problems);
        if (level != null && kind != null && !kind.belongsTo(level)) {
            problems.add(new RowProblem(line, "kind", PREFIX + "kindNotInLevel", kind.name(), level.name()));
        }
        LocalDate decision = date(r, "decision_date", true, problems);
        LocalDate effective = date(r, "effective_date", true, problems);
        LocalDate end = date(r, "end_date", false, problems);
        if (decision != null && effective != null && effective.isBefore(decision)) {
            problems.add(new RowProblem(line, "effective_date", PREFIX + "effectiveBeforeDecision", effective.toString(), decision.toString()));
        }
        if (effective != null && end != null && end.isBefore(effective)) {
            problems.add(new RowProblem(line, "end_date", PREFIX + "endBeforeEffective", end.toString(), effective.toString()));
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new PunishmentRow(line, nip, level, kind, decision, effective, end), List.of());
    }

    private static RowProblem required(long line, String column) {
        return new RowProblem(line, column, PREFIX + "required", column);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, long line, String column, List<RowProblem> problems) {
        if (value == null) {
            problems.add(required(line, column));
            return null;
        }
        E e = id.merit.shared.imports.Codes.parse(type, value);
        if (e != null) {
            return e;
        }
        problems.add(new RowProblem(line, column, PREFIX + column, value,
                String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }

    private static LocalDate date(TabularFile.TableRow r, String column, boolean required, List<RowProblem> problems) {
        String value = r.get(column);
        if (value == null) {
            if (required) {
                problems.add(required(r.line(), column));
            }
            return null;
        }
        try {
            return TabularFile.date(value);
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(r.line(), column, PREFIX + "date", value));
            return null;
        }
    }
}
