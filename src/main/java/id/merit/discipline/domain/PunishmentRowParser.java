package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * One row of the {@code punishments} import (interchange.md §2), checked without touching the database: every column
 * present and well-formed, the NIP known ({@code nipExists}), codes as listed (in any case), the kind one of the
 * level's kinds, ISO dates with effective ≥ decision and end ≥ effective (end may be empty). Every problem of the row is
 * reported, not just the first.
 */
final class PunishmentRowParser implements RowParser<PunishmentRow> {

    static final List<String> COLUMNS = List.of("nip", "level", "kind", "decision_date", "effective_date", "end_date");
    static final String PREFIX = "discipline.import.error.";

    private final Predicate<String> nipExists;

    PunishmentRowParser(Predicate<String> nipExists) {
        this.nipExists = nipExists;
    }

    @Override
    public PunishmentRow parse(RowCheck c) {
        String nip = c.required("nip");
        if (nip != null && !nipExists.test(nip)) {
            c.reject("nip", "import.error.unknownEmployee", RowCheck.echo(nip));
        }
        PunishmentLevel level = c.code("level", PunishmentLevel.class, true);
        PunishmentKind kind = c.code("kind", PunishmentKind.class, true);
        if (level != null && kind != null && !kind.belongsTo(level)) {
            c.reject("kind", PREFIX + "kindNotInLevel", kind.name(), level.name());
        }
        LocalDate decision = c.date("decision_date", true);
        LocalDate effective = c.date("effective_date", true);
        LocalDate end = c.date("end_date", false);
        if (decision != null && effective != null && effective.isBefore(decision)) {
            c.reject("effective_date", PREFIX + "effectiveBeforeDecision", effective.toString(), decision.toString());
        }
        if (effective != null && end != null && end.isBefore(effective)) {
            c.reject("end_date", PREFIX + "endBeforeEffective", end.toString(), effective.toString());
        }
        return c.ok() ? new PunishmentRow(nip, level, kind, decision, effective, end) : null;
    }

    @Override
    public Object key(PunishmentRow row) {
        return List.of(row.nip(), row.decisionDate(), row.kind());
    }

    @Override
    public String keyField() {
        return "kind";
    }

    @Override
    public String keyLabel() {
        return "nip+decision_date+kind";
    }
}
