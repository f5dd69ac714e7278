package id.merit.employee.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeType;
import id.merit.employee.rules.DataCompleteness.Input;
import id.merit.employee.rules.DataCompleteness.Item;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per item of {@link DataCompleteness} (docs/rules.md "Data completeness"), with the 2-year training boundary.
 * RANK applies to PNS/CPNS only (PP 11/2017 jo. PP 17/2020); RECENT_TRAINING to ASN only (UU 20/2023 Ps 49,
 * PP 17/2020 Ps 203: at least 20 JP of competency development a year).
 */
class DataCompletenessTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest(name = "{0} edu={1} pos={2} phone={3} email={4} rank={5} training={6} -> {7}% missing [{8}]")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // everything present
            "PNS;        true;  true;  0812;  a@b.id; III/a; 2025-06-01; 100; ''",
            // each item missing on its own: 6 applicable items for a PNS, 5/6 = 83
            "PNS;        false; true;  0812;  a@b.id; III/a; 2025-06-01; 83;  EDUCATION",
            "PNS;        true;  false; 0812;  a@b.id; III/a; 2025-06-01; 83;  POSITION",
            "PNS;        true;  true;  null;  a@b.id; III/a; 2025-06-01; 83;  PHONE",
            "PNS;        true;  true;  '  ';  a@b.id; III/a; 2025-06-01; 83;  PHONE",
            "PNS;        true;  true;  0812;  null;   III/a; 2025-06-01; 83;  EMAIL",
            "PNS;        true;  true;  0812;  a@b.id; null;  2025-06-01; 83;  RANK",
            "CPNS;       true;  true;  0812;  a@b.id; '';    2025-06-01; 83;  RANK",
            // the 2-year training boundary: 2024-12-05 still counts, 2024-12-04 does not
            "PNS;        true;  true;  0812;  a@b.id; III/a; 2024-12-05; 100; ''",
            "PNS;        true;  true;  0812;  a@b.id; III/a; 2024-12-04; 83;  RECENT_TRAINING",
            "PNS;        true;  true;  0812;  a@b.id; III/a; null;       83;  RECENT_TRAINING",
            // PPPK: no rank item (5 applicable), training still required
            "PPPK;       true;  true;  0812;  a@b.id; null;  2025-06-01; 100; ''",
            "PPPK;       true;  true;  0812;  a@b.id; null;  null;       80;  RECENT_TRAINING",
            "PPPK_PARUH_WAKTU; true; true; 0812; a@b.id; null; null;     80;  RECENT_TRAINING",
            // honorary staff: neither rank nor training (4 applicable)
            "NON_ASN_PHT; true; true;  0812;  a@b.id; null;  null;       100; ''",
            "NON_ASN_PHL; true; true;  null;  null;   null;  null;       50;  PHONE EMAIL",
            // nothing at all for a PNS: 0 %, every item in order
            "PNS;        false; false; null;  null;   null;  null;       0;   EDUCATION POSITION PHONE EMAIL RANK RECENT_TRAINING",
    })
    void listsWhatIsMissing(EmployeeType type, boolean edu, boolean pos, String phone, String email, String rank, LocalDate training,
                            int percent, String missing) {
        var result = DataCompleteness.evaluate(new Input(type, edu, pos, phone, email, rank, training), TODAY);
        List<Item> expected = missing.isBlank() ? List.of() : Arrays.stream(missing.trim().split("\\s+")).map(Item::valueOf).toList();
        assertThat(result.missing()).containsExactlyElementsOf(expected);
        assertThat(result.percent()).isEqualTo(percent);
        assertThat(result.complete()).isEqualTo(expected.isEmpty());
    }
}
