package id.merit.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import id.merit.selection.rules.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored eligibility sentences keep their key, dates, numbers and text, and codes as label keys (never the raw code). */
class SentenceCodecTests {

    @Test
    void roundTrip() {
        Sentence s = new Sentence("selection.reason.discipline.running", List.of(PunishmentLevel.SEDANG, LocalDate.of(2024, 5, 2), 1826L,
                "2025", EmployeeType.PPPK, SkpPredicate.BUTUH_PERBAIKAN, "a\u001fb"));
        SentenceCodec.Decoded d = SentenceCodec.decode(SentenceCodec.encode(s));
        assertThat(d.key()).isEqualTo("selection.reason.discipline.running");
        assertThat(d.args()).containsExactly(new SentenceCodec.Label("discipline.level.SEDANG"), LocalDate.of(2024, 5, 2), 1826L, "2025",
                new SentenceCodec.Label("employeeType.PPPK"), new SentenceCodec.Label("selection.predicate.BUTUH_PERBAIKAN"), "a b");
    }

    @Test
    void aSentenceWithoutArguments() {
        SentenceCodec.Decoded d = SentenceCodec.decode(SentenceCodec.encode(new Sentence("selection.reason.age.unknown", List.of())));
        assertThat(d.key()).isEqualTo("selection.reason.age.unknown");
        assertThat(d.args()).isEmpty();
    }
}
