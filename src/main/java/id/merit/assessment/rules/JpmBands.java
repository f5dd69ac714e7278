package id.merit.assessment.rules;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.JpmBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The two JPM schemes of rules-defaults.md "JPM bands", never mixed: the assessment's purpose picks the scheme.
 * <ul>
 * <li>SELECTION (uji kompetensi; Berita Negara 2020 No. 35, regulations.md §5.3 scheme A): ≥ 80 MEMENUHI_SYARAT,
 * ≥ 68 MASIH_MEMENUHI_SYARAT, else KURANG_MEMENUHI_SYARAT.</li>
 * <li>MAPPING (pemetaan; Peraturan BRIN 3/2023 Ps 33, scheme B): ≥ 90 OPTIMAL, ≥ 78 CUKUP_OPTIMAL, else
 * KURANG_OPTIMAL.</li>
 * </ul>
 */
public final class JpmBands {

    /** The lower bounds of the two upper bands of each scheme (configurable, versioned by {@code effectiveFrom}). */
    public record Parameters(LocalDate effectiveFrom, String regulation, BigDecimal selectionMs, BigDecimal selectionMms,
                             BigDecimal mappingOptimal, BigDecimal mappingCukupOptimal) {
        public Parameters {
            Objects.requireNonNull(effectiveFrom);
            if (selectionMms.compareTo(selectionMs) > 0 || mappingCukupOptimal.compareTo(mappingOptimal) > 0) {
                throw new IllegalArgumentException("JPM band bounds must not decrease");
            }
        }
    }

    /** rules-defaults.md "JPM bands". */
    public static final Parameters DEFAULTS = new Parameters(LocalDate.of(2020, 1, 1),
            "Selection: Berita Negara 2020 No. 35 (uji kompetensi); mapping: Peraturan BRIN 3/2023 Ps 33",
            new BigDecimal("80"), new BigDecimal("68"), new BigDecimal("90"), new BigDecimal("78"));

    private JpmBands() {
    }

    public static JpmBand band(AssessmentPurpose purpose, BigDecimal jpm) {
        return band(DEFAULTS, purpose, jpm);
    }

    public static JpmBand band(Parameters p, AssessmentPurpose purpose, BigDecimal jpm) {
        Objects.requireNonNull(jpm, "jpm");
        return switch (purpose) {
            case SELECTION -> jpm.compareTo(p.selectionMs()) >= 0 ? JpmBand.MEMENUHI_SYARAT
                    : jpm.compareTo(p.selectionMms()) >= 0 ? JpmBand.MASIH_MEMENUHI_SYARAT : JpmBand.KURANG_MEMENUHI_SYARAT;
            case MAPPING -> jpm.compareTo(p.mappingOptimal()) >= 0 ? JpmBand.OPTIMAL
                    : jpm.compareTo(p.mappingCukupOptimal()) >= 0 ? JpmBand.CUKUP_OPTIMAL : JpmBand.KURANG_OPTIMAL;
        };
    }
}
