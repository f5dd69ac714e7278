package id.merit.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentRecord;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.PunishmentRecord;
import id.merit.discipline.PunishmentSource;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import id.merit.talent.rules.TalentClassifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The reasons as sentences in both languages: labels instead of codes, local dates and decimals, no stray quotes. */
class TalentWordingTests {

    static TalentWording wording() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/talent", "i18n/assessment", "i18n/discipline");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return new TalentWording(m);
    }

    static final TalentClassifier.Result KEPT_OUT = TalentClassifier.classify(new TalentClassifier.Inputs(2025, EmployeeType.PNS,
            SkpPredicate.SANGAT_BAIK, null, new AssessmentRecord("N", LocalDate.of(2025, 6, 10), AssessmentPurpose.SELECTION,
                    new BigDecimal("67.50"), new BigDecimal("85.00")), 12,
            List.of(new PunishmentRecord(1, "N", PunishmentLevel.SEDANG, PunishmentKind.TUKIN_CUT, 6, LocalDate.of(2025, 2, 3),
                    LocalDate.of(2025, 2, 17), LocalDate.of(2025, 8, 17), PunishmentSource.IMPORT, null))));

    @Test
    void indonesian() {
        List<String> r = wording().reasons(KEPT_OUT.reasons(), TalentService.INDONESIAN);

        assertThat(r).hasSize(4);
        assertThat(r.get(0)).startsWith("Tidak ada penilaian kinerja tahunan tahun 2024;");
        assertThat(r.get(1)).contains("tahun 2025 hanya 12 JP", "kurang dari 20 JP");
        assertThat(r.get(2)).contains("JPM 67,5 dari asesmen Seleksi tanggal 10 Juni 2025 di bawah 68");
        assertThat(r.get(3)).contains("tingkat Sedang (Pemotongan tunjangan kinerja 25%", "3 Februari 2025");
        assertThat(String.join(" ", r)).doesNotContain("{", "TUKIN_CUT", "SEDANG", "SELECTION", "2.025");
    }

    @Test
    void english() {
        List<String> r = wording().reasons(KEPT_OUT.reasons(), Locale.ENGLISH);

        assertThat(r.get(2)).contains("JPM 67.5 from the Selection assessment of 10 June 2025 is below 68", "position's");
        assertThat(r.get(3)).contains("Moderate (sedang)", "3 February 2025");
        assertThat(String.join(" ", r)).doesNotContain("{", "''");
    }

    @Test
    void aMappingAssessmentIsSaidToBeOne() {
        TalentClassifier.Result mapping = TalentClassifier.classify(new TalentClassifier.Inputs(2025, EmployeeType.PNS,
                SkpPredicate.SANGAT_BAIK, SkpPredicate.BAIK, new AssessmentRecord("N", LocalDate.of(2025, 6, 10), AssessmentPurpose.MAPPING,
                        new BigDecimal("81.25"), new BigDecimal("85.00")), 24, List.of()));

        assertThat(mapping.talentPool()).isTrue();
        assertThat(wording().reasons(mapping.reasons(), TalentService.INDONESIAN)).singleElement().asString()
                .startsWith("Catatan: JPM 81,25 berasal dari asesmen pemetaan tanggal 10 Juni 2025");
    }
}
