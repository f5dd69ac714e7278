package id.merit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Issue 9 item 5: one way to write dates, times, years and numbers on every page. */
class FormatsTests {
    static final Locale ID = Locale.forLanguageTag("id");

    static Formats formats(String zone) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/discipline");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Formats(zone, messages);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesInIndonesianOrEnglishForm() {
        LocalDate d = LocalDate.of(2026, 12, 4);
        LocaleContextHolder.setLocale(ID);
        assertThat(formats("Asia/Jakarta").date(d)).isEqualTo("4 Desember 2026");
        assertThat(formats("Asia/Jakarta").dayDate(d)).isEqualTo("Jumat, 4 Desember 2026");
        assertThat(formats("Asia/Jakarta").shortDate(d)).isEqualTo("04-12-2026");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats("Asia/Jakarta").date(d)).isEqualTo("4 December 2026");
        assertThat(formats("Asia/Jakarta").shortDate(d)).isEqualTo("04-12-2026");
    }

    /** The same moment (03:15 UTC) in each of Indonesia's three zones. */
    @ParameterizedTest
    @CsvSource({"Asia/Jakarta, 04-12-2026 10:15 WIB", "Asia/Pontianak, 04-12-2026 10:15 WIB",
            "Asia/Makassar, 04-12-2026 11:15 WITA", "Asia/Jayapura, 04-12-2026 12:15 WIT"})
    void timesInTheInstancesZone(String zone, String expected) {
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 4, 3, 15, 0, 0, ZoneOffset.UTC);
        assertThat(formats(zone).dateTime(utc)).isEqualTo(expected);
        assertThat(formats(zone).dateTime(utc.toInstant())).isEqualTo(expected);
    }

    /** Issue 9 item 6: the zone an administrator set in the instance profile wins over {@code merit.time-zone}. */
    @Test
    void theProfilesZoneWinsOverTheProperty() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<java.time.ZoneId>> set =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Optional.empty());
        Formats f = new Formats("Asia/Jakarta", messages, set::get);
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 4, 3, 15, 0, 0, ZoneOffset.UTC);
        assertThat(f.dateTime(utc)).isEqualTo("04-12-2026 10:15 WIB"); // nothing set yet: the property
        set.set(java.util.Optional.of(java.time.ZoneId.of("Asia/Jayapura")));
        assertThat(f.dateTime(utc)).isEqualTo("04-12-2026 12:15 WIT");
        assertThat(f.zoneName()).isEqualTo("WIT");
    }

    @Test
    void countsWithTheLocalesGroupingAndNothingForNull() {
        LocaleContextHolder.setLocale(ID);
        assertThat(formats("Asia/Jakarta").number(3000)).isEqualTo("3.000");
        assertThat(formats("Asia/Jakarta").decimal(2.456, 1)).isEqualTo("2,5");
        assertThat(formats("Asia/Jakarta").number(null)).isEmpty();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats("Asia/Jakarta").number(3000)).isEqualTo("3,000");
    }

    @Test
    void messageArgumentsOfAnyShape() {
        LocaleContextHolder.setLocale(ID);
        Formats f = formats("Asia/Jakarta");
        assertThat(f.msg("paging.pageOf", new Object[] {1, 4})).isEqualTo("Halaman 1 dari 4");
        assertThat(f.msg("paging.pageOf", List.of(1, 4))).isEqualTo("Halaman 1 dari 4");
        assertThat(f.msg("home.welcome", "Siti")).isEqualTo("Selamat datang, Siti");
        assertThat(f.msg("error.404.title", null)).isEqualTo("Tidak ditemukan");
        assertThat(f.msg("no.such.key", null)).isEqualTo("??no.such.key??");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "stage|OPENED|Dibuka",
            "sanction|TUKIN_CUT 6|Pemotongan tunjangan kinerja 25% selama 6 bulan",
            "sanction|TEGURAN_LISAN|Teguran lisan",
            "expectedLevel|BERAT|Berat",
            "bapDate|2025-03-12|12 Maret 2025",
            "summonsNumber|800/1/SP/2025|800/1/SP/2025",
            "stage||—"})
    void auditedValuesInWords(String field, String value, String expected) {
        LocaleContextHolder.setLocale(ID);
        assertThat(formats("Asia/Jakarta").auditValue(field, value)).isEqualTo(expected);
    }

    @Test
    void auditSummariesInWords() {
        LocaleContextHolder.setLocale(ID);
        Formats f = formats("Asia/Jakarta");
        assertThat(f.auditSummary("OPENED → SUMMONED")).isEqualTo("Dibuka → Dipanggil");
        assertThat(f.auditSummary("∅ → OPENED")).isEqualTo("— → Dibuka");
        assertThat(f.auditSummary("Impor OPD 12 baris")).isEqualTo("Impor OPD 12 baris");
        assertThat(f.auditField("bapDate")).isEqualTo("Tanggal BAP");
    }
}
