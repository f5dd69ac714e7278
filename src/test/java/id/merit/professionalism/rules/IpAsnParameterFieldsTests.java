package id.merit.professionalism.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.professionalism.rules.IpAsnParameterFields.Change;
import id.merit.professionalism.rules.IpAsnParameterFields.Kind;
import id.merit.professionalism.rules.IpAsnParameterFields.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editable numbers of an IP ASN rule set (issue 13 item 2): ranges at their boundaries, order of the bands, diff. */
class IpAsnParameterFieldsTests {
    static final IpAsnParameters BASE = IpAsnParameters.defaults();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "SCORE, 0, true", "SCORE, 100, true", "SCORE, 100.01, false", "SCORE, -0.01, false", "SCORE, 22.5, true",
            "SCORE, 22.55, true", "SCORE, 22.555, false",
            "HOURS, 0, true", "HOURS, 1000, true", "HOURS, 1001, false", "HOURS, 20.5, false",
            "YEARS, 0, false", "YEARS, 1, true", "YEARS, 10, true", "YEARS, 11, false", "YEARS, 2.5, false",
    })
    void ranges(Kind kind, String value, boolean ok) {
        assertThat(IpAsnParameterFields.inRange(kind, new BigDecimal(value))).isEqualTo(ok);
    }

    @Test
    void flattenAndApplyRoundTrip() {
        Map<String, BigDecimal> flat = IpAsnParameterFields.flatten(BASE);
        assertThat(flat).hasSize(IpAsnParameterFields.FIELDS.size()).containsEntry("qualification.S1", new BigDecimal("15"))
                .containsEntry("technicalPelaksana", new BigDecimal("22.5")).containsEntry("categoryAbove.RENDAH", new BigDecimal("60"));
        IpAsnParameterFields.Applied same = IpAsnParameterFields.apply(BASE, Map.of(), "v2", LocalDate.of(2027, 1, 1), "Perban BKN x");
        assertThat(same.refusals()).isEmpty();
        assertThat(IpAsnParameterFields.diff(BASE, same.parameters())).isEmpty();
        assertThat(same.parameters().label()).isEqualTo("v2");
        assertThat(same.parameters().effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(same.parameters().appliesTo()).isEqualTo(BASE.appliesTo());
    }

    @Test
    void changedNumbersAreTheDiff() {
        IpAsnParameterFields.Applied a = IpAsnParameterFields.apply(BASE,
                Map.of("qualification.S1", "16", "technicalMinHours", "30", "categoryAbove.SANGAT_TINGGI", "92,5", "seminar", " 10 "),
                "v2", LocalDate.of(2027, 1, 1), "x");
        assertThat(a.refusals()).isEmpty();
        assertThat(a.parameters().technicalMinHours()).isEqualTo(30);
        assertThat(IpAsnParameterFields.diff(BASE, a.parameters())).containsExactly(
                new Change("qualification.S1", new BigDecimal("15"), new BigDecimal("16")),
                new Change("technicalMinHours", new BigDecimal("20"), new BigDecimal("30")),
                new Change("categoryAbove.SANGAT_TINGGI", new BigDecimal("90"), new BigDecimal("92.5")));
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
            "qualification.S3, abc, NOT_A_NUMBER",
            "qualification.S3, 101, OUT_OF_RANGE",
            "trainingWindowYears, 0, OUT_OF_RANGE",
            "technicalMinHours, -1, OUT_OF_RANGE",
            "categoryAbove.TINGGI, 90, ORDER",      // Tinggi must be below Sangat Tinggi (90)
            "categoryAbove.RENDAH, 70, ORDER",      // Rendah must be below Sedang (70)
    })
    void refusedValuesNameTheirField(String field, String value, String code) {
        IpAsnParameterFields.Applied a = IpAsnParameterFields.apply(BASE, Map.of(field, value), "v2", LocalDate.of(2027, 1, 1), "x");
        assertThat(a.parameters()).isNull();
        assertThat(a.refusals()).containsExactly(new Refusal(field, code));
    }

    @Test
    void bandsJustBelowTheOneAboveAreAccepted() {
        assertThat(IpAsnParameterFields.apply(BASE, Map.of("categoryAbove.TINGGI", "89.99"), "v", LocalDate.of(2027, 1, 1), "x").refusals()).isEmpty();
    }
}
