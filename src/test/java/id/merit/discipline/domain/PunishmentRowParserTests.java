package id.merit.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowProblem;
import id.merit.dataimport.TabularFile;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rejection of the {@code punishments} import (interchange.md §2): nip must exist, codes as listed (in any case),
 * kind must belong to level (PP 94/2021 Pasal 8; PP 53/2010 Pasal 7 ayat (3) for the transitional sedang kinds),
 * ISO dates, effective ≥ decision, end ≥ effective or empty.
 */
class PunishmentRowParserTests {

    static final String NIP = "198503122010011002";
    private final PunishmentRowParser parser = new PunishmentRowParser(Set.of(NIP)::contains);

    @ParameterizedTest(name = "{0},{1},{2},{3},{4},{5} -> {6} {7}")
    @CsvSource(nullValues = "-", value = {
            // nip
            "-,                  RINGAN, TEGURAN_LISAN,    2025-03-03, 2025-03-17, -,          nip,            import.error.required",
            "199001012015011001, RINGAN, TEGURAN_LISAN,    2025-03-03, 2025-03-17, -,          nip,            import.error.unknownEmployee",
            // level: missing, unknown in any case (codes are matched without regard to case, interchange.md §2)
            NIP + ",             -,      TEGURAN_LISAN,    2025-03-03, 2025-03-17, -,          level,          import.error.required",
            NIP + ",             RENDAH, TEGURAN_LISAN,    2025-03-03, 2025-03-17, -,          level,          import.error.code",
            NIP + ",             rendah, TEGURAN_LISAN,    2025-03-03, 2025-03-17, -,          level,          import.error.code",
            // kind: missing, unknown, not a kind of the level
            NIP + ",             RINGAN, -,                2025-03-03, 2025-03-17, -,          kind,           import.error.required",
            NIP + ",             SEDANG, POTONG_TUKIN,     2025-03-03, 2025-03-17, -,          kind,           import.error.code",
            NIP + ",             RINGAN, TUKIN_CUT,        2025-03-03, 2025-03-17, 2025-09-17, kind,           kindNotInLevel",
            NIP + ",             SEDANG, TEGURAN_TERTULIS, 2025-03-03, 2025-03-17, -,          kind,           kindNotInLevel",
            NIP + ",             BERAT,  PENURUNAN_PANGKAT,2025-03-03, 2025-03-17, 2026-03-17, kind,           kindNotInLevel",
            NIP + ",             SEDANG, PEMBERHENTIAN,    2025-03-03, 2025-03-17, -,          kind,           kindNotInLevel",
            // dates: missing, not ISO, not a real date
            NIP + ",             RINGAN, TEGURAN_LISAN,    -,          2025-03-17, -,          decision_date,  import.error.required",
            NIP + ",             RINGAN, TEGURAN_LISAN,    03/03/2025, 2025-03-17, -,          decision_date,  import.error.date",
            NIP + ",             RINGAN, TEGURAN_LISAN,    2025-03-03, -,          -,          effective_date, import.error.required",
            NIP + ",             RINGAN, TEGURAN_LISAN,    2025-03-03, 2025-02-30, -,          effective_date, import.error.date",
            NIP + ",             SEDANG, TUKIN_CUT,        2025-03-03, 2025-03-17, 2025-9-17,  end_date,       import.error.date",
            // order of the dates
            NIP + ",             RINGAN, TEGURAN_LISAN,    2025-03-03, 2025-03-02, -,          effective_date, effectiveBeforeDecision",
            NIP + ",             SEDANG, TUKIN_CUT,        2025-03-03, 2025-03-17, 2025-03-16, end_date,       endBeforeEffective",
    })
    void rejects(String nip, String level, String kind, String decision, String effective, String end, String field, String code) {
        Parsed r = parse(row(7, nip, level, kind, decision, effective, end));

        assertThat(r.valid()).isFalse();
        assertThat(r.row()).isNull();
        assertThat(r.problems()).extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, field, code.contains(".") ? code : "discipline.import.error." + code));
    }

    @ParameterizedTest(name = "{1}/{2} {3}..{4}..{5} -> months {6}")
    @CsvSource(nullValues = "-", value = {
            "RINGAN, TEGURAN_LISAN,         2025-03-03, 2025-03-17, -,          -",
            "RINGAN, PERNYATAAN_TIDAK_PUAS, 2025-03-03, 2025-03-03, 2025-03-03, -",
            "SEDANG, TUKIN_CUT,             2025-03-03, 2025-03-17, 2025-09-17, 6",
            "SEDANG, TUKIN_CUT,             2025-03-03, 2025-03-17, 2026-03-17, 12",
            "SEDANG, TUKIN_CUT,             2025-03-03, 2025-03-17, 2025-10-01, -",
            "SEDANG, TUKIN_CUT,             2025-03-03, 2025-03-17, -,          -",
            "SEDANG, PENUNDAAN_KGB,         2021-01-04, 2021-01-18, 2022-01-18, 12",
            "BERAT,  PEMBERHENTIAN,         2025-03-03, 2025-03-17, -,          -",
    })
    void acceptsValidRowsWithEffectiveOnTheDecisionDayAndEndOnTheEffectiveDayAllowed(PunishmentLevel level, PunishmentKind kind,
            LocalDate decision, LocalDate effective, LocalDate end, Integer months) {
        Parsed r = parse(row(2, NIP, level.name(), kind.name(), decision.toString(),
                effective.toString(), end == null ? null : end.toString()));

        assertThat(r.problems()).isEmpty();
        assertThat(r.row()).isEqualTo(new PunishmentRow(NIP, level, kind, decision, effective, end));
        assertThat(r.row().months()).isEqualTo(months);
    }

    @Test
    void reportsEveryProblemOfARow() {
        Parsed r = parse(row(3, "nobody", "RINGAN", "PEMBERHENTIAN", "2025-13-01", "x", "2025-01-01"));

        assertThat(r.problems()).extracting(RowProblem::field)
                .containsExactly("nip", "kind", "decision_date", "effective_date");
        assertThat(r.problems().get(1).args()).containsExactly("PEMBERHENTIAN", "RINGAN");
    }

    /** What the parser made of a row: the row when valid, and the problems. */
    record Parsed(PunishmentRow row, List<RowProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private Parsed parse(TabularFile.TableRow tableRow) {
        RowCheck check = new RowCheck(tableRow);
        PunishmentRow row = parser.parse(check);
        return new Parsed(row, check.problems());
    }

    static TabularFile.TableRow row(long line, String nip, String level, String kind, String decision, String effective, String end) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> values = java.util.Arrays.asList(nip, level, kind, decision, effective, end);
        for (int i = 0; i < PunishmentRowParser.COLUMNS.size(); i++) {
            m.put(PunishmentRowParser.COLUMNS.get(i), values.get(i) == null ? "" : values.get(i));
        }
        return new TabularFile.TableRow(line, m);
    }
}
