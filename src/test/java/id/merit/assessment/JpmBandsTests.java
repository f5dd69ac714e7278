package id.merit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.assessment.rules.JpmBands;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JpmBandsTests {

    // rules-defaults.md "JPM bands"; regulations.md §5.3 scheme A (uji kompetensi, Berita Negara 2020 No. 35):
    // ≥ 80 MS, 68 – < 80 MMS, < 68 KMS.
    @ParameterizedTest(name = "SELECTION {0} → {1}")
    @CsvSource({
            "100,    MEMENUHI_SYARAT",
            "90,     MEMENUHI_SYARAT",
            "80,     MEMENUHI_SYARAT",
            "80.00,  MEMENUHI_SYARAT",
            "79.99,  MASIH_MEMENUHI_SYARAT",
            "79.9,   MASIH_MEMENUHI_SYARAT",
            "77.9,   MASIH_MEMENUHI_SYARAT",
            "68,     MASIH_MEMENUHI_SYARAT",
            "67.99,  KURANG_MEMENUHI_SYARAT",
            "67.9,   KURANG_MEMENUHI_SYARAT",
            "0,      KURANG_MEMENUHI_SYARAT",
    })
    void selection(BigDecimal jpm, JpmBand expected) {
        assertThat(JpmBands.band(AssessmentPurpose.SELECTION, jpm)).isEqualTo(expected);
    }

    // regulations.md §5.3 scheme B (pemetaan, Peraturan BRIN 3/2023 Ps 33): ≥ 90 Optimal, 78 – < 90 Cukup Optimal,
    // < 78 Kurang Optimal. 80 and 68 are NOT bounds here (the schemes are never mixed).
    @ParameterizedTest(name = "MAPPING {0} → {1}")
    @CsvSource({
            "100,    OPTIMAL",
            "90,     OPTIMAL",
            "89.99,  CUKUP_OPTIMAL",
            "80,     CUKUP_OPTIMAL",
            "79.9,   CUKUP_OPTIMAL",
            "78,     CUKUP_OPTIMAL",
            "77.99,  KURANG_OPTIMAL",
            "77.9,   KURANG_OPTIMAL",
            "68,     KURANG_OPTIMAL",
            "67.9,   KURANG_OPTIMAL",
            "0,      KURANG_OPTIMAL",
    })
    void mapping(BigDecimal jpm, JpmBand expected) {
        assertThat(JpmBands.band(AssessmentPurpose.MAPPING, jpm)).isEqualTo(expected);
    }

    @Test
    void eachBandBelongsToTheSchemeOfItsPurpose() {
        for (AssessmentPurpose purpose : AssessmentPurpose.values()) {
            for (String jpm : new String[]{"0", "67.99", "68", "77.99", "78", "79.99", "80", "89.99", "90", "100"}) {
                assertThat(JpmBands.band(purpose, new BigDecimal(jpm)).purpose()).isEqualTo(purpose);
            }
        }
    }
}
