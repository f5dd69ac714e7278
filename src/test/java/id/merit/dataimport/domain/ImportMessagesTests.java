package id.merit.dataimport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.dataimport.RowProblem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The dataimport bundles: same keys in both languages, valid MessageFormat, "Indonesian / English" rendering. */
class ImportMessagesTests {

    private static final Properties ID = load("i18n/dataimport.properties");
    private static final Properties EN = load("i18n/dataimport_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(EN.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ID.stringPropertyNames());
        assertThat(ID.stringPropertyNames()).allSatisfy(k -> assertThat(ID.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyMessageIsAValidPatternWithTheSameArguments() {
        for (String key : ID.stringPropertyNames()) {
            MessageFormat id = new MessageFormat(ID.getProperty(key), Locale.ROOT);
            MessageFormat en = new MessageFormat(EN.getProperty(key), Locale.ROOT);
            assertThat(en.getFormatsByArgumentIndex()).as(key).hasSameSizeAs(id.getFormatsByArgumentIndex());
            // A single quote would swallow the rest of a message that has arguments.
            assertThat(ID.getProperty(key) + EN.getProperty(key)).as(key).doesNotContain("'");
        }
    }

    @Test
    void problemsRenderInIndonesianAndEnglish() {
        ImportMessages messages = new ImportMessages(messageSource());

        assertThat(messages.bilingual(new RowProblem(7, "kind", "import.error.code", "kind", "dinas", "DINAS, BADAN")))
                .isEqualTo("Nilai \"dinas\" pada kolom kind tidak dikenal; pilihan: DINAS, BADAN. / "
                        + "Unknown value \"dinas\" in column kind; allowed: DINAS, BADAN.");
        assertThat(messages.bilingual(new RowProblem(2, "nip", "nip.error.SEQUENCE")))
                .isEqualTo("Nomor urut NIP (digit 16–18) tidak boleh 000. / The NIP sequence number (digits 16–18) cannot be 000.");
        assertThat(messages.localized(new RowProblem(1, null, "import.error.unclosedQuote", "1234"), Locale.ENGLISH))
                .isEqualTo("The quote opened on line 1234 is never closed.");
        assertThat(messages.localized(new RowProblem(1, null, "import.error.duplicateKey", "nip", 12L), ImportMessages.INDONESIAN))
                .isEqualTo("Kunci nip sudah ada di baris 12 dengan nilai berbeda.");
    }

    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/dataimport");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(Objects.requireNonNull(ImportMessagesTests.class.getClassLoader()
                .getResourceAsStream(resource)), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
